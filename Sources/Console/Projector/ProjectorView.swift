import Foundation
import MeetingKit
import TerminalUI

/// The projector's screen: large, plain and readable from the back of the room. A band across the top,
/// growing with the window, holds what the room checks at a glance: the item, its timer and the quorum.
/// Below it, the motion and its tally, or the agenda. No key hints: the room has no keyboard (`?` shows
/// them to whoever runs the projector).
public enum ProjectorView {
    public static func render(_ model: ProjectorModel, width: Int, height: Int, ascii: Bool = false) -> Grid {
        var grid = Grid(width: width, height: height)
        guard width >= ConsoleView.minimumSize.width, height >= ConsoleView.minimumSize.height else {
            compact(model, into: &grid, ascii: ascii)
            return grid
        }
        // The band grows with the window as the outcome does (#24): from about 60 rows its block letters
        // are twice their smallest size, as the outcome's are, and the digits below keep their room.
        let band = max(4, min(24, height / 4 - 2))
        let parts = grid.bounds.split(.vertical, [.length(1), .length(band), .length(1), .fill(1)])
        statusBar(model, ascii: ascii).render(into: &grid, parts[0], ascii: ascii)
        headline(model, into: &grid, parts[1], ascii: ascii)
        let body = parts[3]
        if model.state.closedAt != nil {
            ProjectorPanels.agenda(model, into: &grid, body, ascii: ascii)
        } else if let motion = model.motionBeforeTheRoom {
            ProjectorPanels.motion(motion, model, into: &grid, body, ascii: ascii)
        } else {
            ProjectorPanels.agenda(model, into: &grid, body, ascii: ascii)
        }
        if model.showHelp {
            HelpOverlay.render(
                ProjectorKeys.help(model), title: "Projector keys (read-only)", closedBy: ProjectorKeys.helpClosers,
                scrolledBy: nil, into: &grid, grid.bounds, ascii: ascii)
        }
        return grid
    }

    static func statusBar(_ model: ProjectorModel, ascii: Bool) -> StatusBar {
        let state = model.state
        let left = ConsoleView.meetingLabel(state, number: model.meetingNumber)
        var right: [(text: String, role: StyleRole)] = []
        if let warning = model.notFollowing { right.append((warning, .warning)) }
        right.append((ConsoleView.clock(model.now, model.timeZone), .statusBar))
        return StatusBar(left: left, right: right)
    }

    /// The item with its title, the timer, and the quorum, each as large as its share of the band allows.
    static func headline(_ model: ProjectorModel, into grid: inout Grid, _ area: Rect, ascii: Bool) {
        let state = model.state
        let columns = area.split(.horizontal, [.fill(1), .length(area.width / 6), .length(area.width * 2 / 5)])
        let (item, timer, quorum) = (columns[0], columns[1], columns[2])
        if state.closedAt != nil {
            grid.put(
                model.noItemLine, x: item.x + 1, y: item.y + item.height / 2, limit: item.width - 2, role: .title,
                ascii: ascii)
            grid.fill(quorum, role: .warning)
            BlockText.render("CLOSED", into: &grid, quorum.inset(1), role: .warning, ascii: ascii)
            return
        }
        guard let current = state.currentItem.flatMap(state.item) else {
            grid.put(
                model.noItemLine, x: item.x + 1, y: item.y + item.height / 2, limit: item.width - 2, role: .dim,
                ascii: ascii)
            if let notice = model.notice, state.openedAt == nil, item.height / 2 + 1 < item.height {
                grid.put(
                    notice, x: item.x + 1, y: item.y + item.height / 2 + 1, limit: item.width - 2, role: .header,
                    ascii: ascii)
            }
            quorumPanel(state.quorum, into: &grid, quorum, ascii: ascii)
            return
        }
        grid.put("Item \(current.id)", x: item.x + 1, y: item.y, limit: item.width - 2, role: .header, ascii: ascii)
        // N4: the projection has already put a confidential item's title away.
        let title = current.title
        let below = Rect(x: item.x + 1, y: item.y + 1, width: item.width - 2, height: item.height - 1)
        // Large when the window has room and the font every letter; otherwise as text, wrapped.
        let large = title.uppercased()
        if BlockText.canDraw(large), BlockText.scale(for: large, width: below.width, height: below.height) > 0 {
            BlockText.render(large, into: &grid, below, role: .title, maxScale: 3, ascii: ascii)
        } else {
            for (offset, line) in TextFit.wrap(title, to: below.width, maxLines: below.height).enumerated() {
                grid.put(line, x: below.x, y: below.y + offset, limit: below.width, role: .title, ascii: ascii)
            }
        }
        let used = state.minutesUsed(now: model.now)[current.id] ?? 0
        let overTime = current.allottedMinutes.map { used > $0 } ?? false
        let figure = current.allottedMinutes.map { "\(used)/\($0)" } ?? "\(used)"
        let timerParts = timer.split(.vertical, [.fill(1), .length(1)])
        let role: StyleRole = overTime ? .warning : .title
        if BlockText.scale(for: figure, width: timerParts[0].width, height: timerParts[0].height) > 0 {
            BlockText.render(figure, into: &grid, timerParts[0], role: role, maxScale: 3, ascii: ascii)
            centred(
                current.allottedMinutes == nil ? "minutes" : "of minutes allotted", into: &grid, timerParts[1],
                role: role, ascii: ascii)
        } else {
            centred(
                current.allottedMinutes.map { "\(used) of \($0) min" } ?? "\(used) min", into: &grid, timer, role: role,
                ascii: ascii)
        }
        quorumPanel(state.quorum, into: &grid, quorum, ascii: ascii)
    }

    /// QUORATE or NOT QUORATE on its colour, with the count of seats under it (Q2, Q3).
    static func quorumPanel(_ quorum: QuorumStatus, into grid: inout Grid, _ area: Rect, ascii: Bool) {
        let role: StyleRole = quorum.isQuorate ? .quorumOK : .quorumLost
        let word = quorum.light
        grid.fill(area, role: role)
        let inner = area.inset(1)
        let parts = inner.split(.vertical, [.fill(1), .length(1)])
        if BlockText.scale(for: word, width: parts[0].width, height: parts[0].height) > 0 {
            BlockText.render(word, into: &grid, parts[0], role: role, maxScale: 3, ascii: ascii)
            centred(quorum.detail, into: &grid, parts[1], role: role, ascii: ascii)
        } else {
            let middle = area.y + max(0, area.height / 2 - 1)
            centred(
                word, into: &grid, Rect(x: area.x, y: middle, width: area.width, height: 1), role: role, ascii: ascii)
            // A narrow panel gives the count without the rule's wording.
            let detail =
                DisplayWidth.of(quorum.detail) <= area.width - 2 || quorum.rule == .allCoreMembers
                ? quorum.detail : quorum.seatCount
            centred(
                detail, into: &grid, Rect(x: area.x, y: middle + 1, width: area.width, height: 1), role: role,
                ascii: ascii)
        }
    }

    /// Below 80x24 the room still sees the essentials, one line each, for as many lines as there are.
    static func compact(_ model: ProjectorModel, into grid: inout Grid, ascii: Bool) {
        let state = model.state
        var lines: [(String, StyleRole)] = [
            (state.constitution.meetingName(model.meetingNumber), .title)
        ]
        if let closed = state.closedAt {
            lines.append(("CLOSED at \(ConsoleView.clock(closed, model.timeZone))", .warning))
        } else {
            lines.append(
                (
                    state.quorum.light + " " + state.quorum.detail,
                    state.quorum.isQuorate ? .quorumOK : .quorumLost
                ))
        }
        if let item = state.currentItem.flatMap(state.item), state.closedAt == nil {
            lines.append(("Item \(item.id): " + item.title, .header))
        }
        if let motion = model.motionBeforeTheRoom, let tally = state.tally(of: motion.id) {
            lines.append(("Motion \(motion.id): \(motion.draft.text)", .normal))
            let voting = state.openVote == motion.id
            if voting && model.voteDisplay != .live {
                lines.append((ProjectorModel.tallyWhenClosed, .warning))
            } else {
                lines.append(("For \(tally.inFavour)  Against \(tally.against)  Abstain \(tally.abstentions)", .title))
                if voting {
                    let yet = state.seatsYetToVote(on: motion.id).compactMap { state.constitution.seat($0)?.partner }
                    lines.append(("Yet to vote: " + (yet.isEmpty ? "none" : yet.joined(separator: ", ")), .warning))
                }
            }
            if let outcome = motion.result?.outcome {
                lines.append((outcome.word, outcome.carried ? .voteFor : .voteAgainst))
            }
        }
        // Each line wraps rather than lose its end; what the window cannot hold is left for a larger one.
        let wrapped = lines.flatMap { line in
            DisplayWidth.of(line.0) <= grid.width
                ? [line] : TextFit.wrap(line.0, to: max(1, grid.width), maxLines: .max).map { ($0, line.1) }
        }
        for (row, line) in wrapped.prefix(grid.height).enumerated() {
            grid.put(line.0, x: 0, y: row, limit: grid.width, role: line.1, ascii: ascii)
        }
    }

    static func centred(_ text: String, into grid: inout Grid, _ area: Rect, role: StyleRole, ascii: Bool) {
        grid.put(
            text, x: area.x + max(0, (area.width - DisplayWidth.of(text)) / 2), y: area.y + area.height / 2,
            limit: area.width, role: role, ascii: ascii)
    }
}
