import Foundation
import MeetingKit
import TerminalUI

/// The projector's screen: large, plain and readable from the back of the room, from 80x24 to 300x80.
public enum ProjectorView {
    public static func render(_ model: ProjectorModel, width: Int, height: Int, ascii: Bool = false) -> Grid {
        var grid = Grid(width: width, height: height)
        guard width >= ConsoleView.minimumSize.width, height >= ConsoleView.minimumSize.height else {
            let text = "Enlarge the window to 80x24 (it is \(width)x\(height))"
            grid.put(text, x: max(0, (width - DisplayWidth.of(text)) / 2), y: height / 2, limit: width, role: .warning, ascii: ascii)
            return grid
        }
        let parts = grid.bounds.split(.vertical, [.length(1), .length(1), .length(1), .fill(1), .length(1)])
        statusBar(model, ascii: ascii).render(into: &grid, parts[0], ascii: ascii)
        itemLine(model, into: &grid, parts[1], ascii: ascii)
        let body = parts[3]
        if let motion = model.shownMotion {
            if model.state.isConfidential(.motion(motion)) {
                centred("Confidential item", into: &grid, body, role: .confidential, ascii: ascii)
            } else {
                motionPanel(motion, model, into: &grid, body, ascii: ascii)
            }
        } else {
            agendaPanel(model, into: &grid, body, ascii: ascii)
        }
        let keys = "q quit   v vote display: \(model.voteDisplay.label)   a attendance \(model.showAttendance ? "shown" : "hidden")   (read-only)"
        grid.put(keys, x: 1, y: parts[4].y, limit: width - 2, role: .dim, ascii: ascii)
        return grid
    }

    static func statusBar(_ model: ProjectorModel, ascii: Bool) -> StatusBar {
        let state = model.state
        var left: [(text: String, role: StyleRole)] = [("\(state.constitution.body.rawValue) meeting \(model.meetingNumber)", .title)]
        if let title = state.details?.title { left.append((title, .statusBar)) }
        let quorum = state.quorum
        var right: [(text: String, role: StyleRole)] = []
        if let since = model.notFollowing { right.append(("NOT FOLLOWING: last update \(since)", .warning)) }
        right.append((quorum.summary, quorum.isQuorate ? .quorumOK : .quorumLost))
        right.append((ConsoleView.clock(model.now, model.timeZone), .statusBar))
        return StatusBar(left: left, right: right)
    }

    /// The current item and its timer; a confidential item shows only that it is one (N4).
    static func itemLine(_ model: ProjectorModel, into grid: inout Grid, _ area: Rect, ascii: Bool) {
        let state = model.state
        guard let item = state.currentItem.flatMap(state.item) else {
            grid.put(state.openedAt == nil ? "The meeting has not yet opened" : "No item open", x: 1, y: area.y, limit: area.width - 2, role: .dim, ascii: ascii)
            return
        }
        let used = AgendaScreen.minutesUsed(state, now: model.now)[item.id] ?? 0
        let timer = item.allottedMinutes.map { "\(used) of \($0) min" } ?? "\(used) min"
        let title = state.isConfidential(.item(item.id)) ? "Item \(item.id): Confidential item" : "Item \(item.id): \(item.title)"
        let overTime = item.allottedMinutes.map { used > $0 } ?? false
        grid.put(title, x: 1, y: area.y, limit: area.width - DisplayWidth.of(timer) - 4, role: .header, ascii: ascii)
        grid.put(timer, x: area.maxX - DisplayWidth.of(timer) - 1, y: area.y, limit: DisplayWidth.of(timer), role: overTime ? .warning : .normal, ascii: ascii)
    }

    static func motionPanel(_ motion: MotionRecord, _ model: ProjectorModel, into grid: inout Grid, _ area: Rect, ascii: Bool) {
        let state = model.state
        let voting = state.openVote == motion.id
        if voting && model.voteDisplay == .hidden {
            centred("A vote is being taken", into: &grid, area, role: .title, ascii: ascii)
            return
        }
        let parts = area.split(.vertical, [.length(1), .length(3), .length(1), .length(1), .fill(1), .length(1), .length(1)])
        var heading = "Motion \(motion.id)"
        if state.constitution.votesAreIndicative { heading = "INDICATIVE VOTE · " + heading }
        grid.put(heading, x: 1, y: parts[0].y, limit: area.width - 2, role: .header, ascii: ascii)
        for (offset, line) in TextFit.wrap(motion.draft.text, to: area.width - 2, maxLines: 3).enumerated() {
            grid.put(line, x: 1, y: parts[1].y + offset, limit: area.width - 2, role: .title, ascii: ascii)
        }
        grid.put("Rule: \(motion.rule.description)", x: 1, y: parts[2].y, limit: area.width - 2, role: .dim, ascii: ascii)
        guard let tally = state.tally(of: motion.id) else { return }
        let cast = tally.inFavour + tally.against + tally.abstentions
        if voting && model.voteDisplay == .afterClose {
            centred("VOTING · \(cast) of \(cast + tally.notVoted) seats have voted", into: &grid, parts[4], role: .warning, ascii: ascii)
            return
        }
        let status = voting ? "VOTE OPEN · yet to vote: \(tally.notVoted)" : "VOTE CLOSED"
        grid.put(status, x: 1, y: parts[3].y, limit: area.width - 2, role: voting ? .warning : .normal, ascii: ascii)
        // Who voted how, only where the constitution makes votes named in public.
        // The digits keep at least two-fold size (11 rows); the names get what is left.
        let names = state.constitution.votesNamedInPublic ? namedVotes(motion, state) : []
        let columnWidth = min(area.width - 2, (names.map(DisplayWidth.of).max() ?? 0) + 3)
        let columns = max(1, (area.width - 2) / max(1, columnWidth))
        let nameRows = min((names.count + columns - 1) / columns, max(0, parts[4].height - 11))
        let tallyParts = parts[4].split(.vertical, [.fill(1), .length(nameRows)])
        tallyDigits(tally, into: &grid, tallyParts[0], ascii: ascii)
        if nameRows * columns >= names.count {
            for (index, name) in names.enumerated() {
                grid.put(name, x: 1 + (index / nameRows) * columnWidth, y: tallyParts[1].y + index % nameRows, limit: columnWidth - 1, role: .normal, ascii: ascii)
            }
        } else if nameRows > 0 {
            // Part of a named vote would mislead: all of it, or a word on where to see it.
            grid.put("Who voted how: a larger window shows every name", x: 1, y: tallyParts[1].y, limit: area.width - 2, role: .dim, ascii: ascii)
        }
        if let outcome = motion.result?.outcome {
            grid.put("\(outcome.word): \(outcome.reason)", x: 1, y: parts[6].y, limit: area.width - 2, role: outcome.carried ? .voteFor : .voteAgainst, ascii: ascii)
        }
    }

    /// "Early Years' Settings (Ann Early) FOR", seat by seat in the constitution's order; a vote its voter
    /// changed says so (V1, A4).
    static func namedVotes(_ motion: MotionRecord, _ state: MeetingState) -> [String] {
        state.constitution.seats.compactMap { seat in
            guard let ballot = motion.ballots[seat.id] else { return nil }
            let changed = motion.changes(of: seat.id).last.map { " (changed from \($0.from.word.uppercased()))" } ?? ""
            return "\(seat.partner) (\(state.constitution.displayName(ballot.voter))) \(ballot.choice.word.uppercased())\(changed)"
        }
    }

    /// For, against and abstain in block digits, side by side, each over its label.
    static func tallyDigits(_ tally: Tally, into grid: inout Grid, _ area: Rect, ascii: Bool) {
        let columns = area.split(.horizontal, [.fill(1), .fill(1), .fill(1)])
        for (column, (label, value, role)) in zip(columns, [("For", tally.inFavour, StyleRole.voteFor), ("Against", tally.against, .voteAgainst), ("Abstain", tally.abstentions, .voteAbstain)]) {
            let digits = Rect(x: column.x + 1, y: column.y, width: max(0, column.width - 2), height: max(0, column.height - 1))
            BlockDigits.render("\(value)", into: &grid, digits, role: role, ascii: ascii)
            grid.put(label, x: column.x + max(0, (column.width - label.count) / 2), y: column.maxY - 1, limit: column.width, role: role, ascii: ascii)
        }
    }

    static func agendaPanel(_ model: ProjectorModel, into grid: inout Grid, _ area: Rect, ascii: Bool) {
        let state = model.state
        let attendanceRows = model.showAttendance ? 4 : 0
        let parts = area.split(.vertical, [.fill(1), .length(attendanceRows)])
        let used = AgendaScreen.minutesUsed(state, now: model.now)
        var y = parts[0].y + 1
        grid.put("Agenda", x: 1, y: parts[0].y, limit: area.width - 2, role: .header, ascii: ascii)
        for item in state.agenda where y < parts[0].maxY {
            let mark = item.id == state.currentItem ? (ascii ? "> " : "▶ ") : "  "
            let title = state.isConfidential(.item(item.id)) ? "Confidential item" : item.title
            let time = item.allottedMinutes.map { " (\(used[item.id] ?? 0) of \($0) min)" } ?? ""
            grid.put("\(mark)\(item.id)  \(title)\(time)", x: 1, y: y, limit: area.width - 2, role: item.id == state.currentItem ? .title : .normal, ascii: ascii)
            y += 1
        }
        if state.agenda.isEmpty { grid.put("No agenda yet", x: 3, y: y, limit: area.width - 4, role: .dim, ascii: ascii) }
        guard model.showAttendance else { return }
        let holders = state.voteHolders
        let proxies = state.constitution.seats.compactMap { seat -> String? in
            guard case .held(let person, .proxy)? = holders[seat.id] else { return nil }
            return "\(seat.partner) (\(state.constitution.displayName(person)))"
        }
        let quorum = state.quorum
        grid.put("Attendance: \(quorum.seatsRepresented) of \(quorum.votingSeats) voting seats represented", x: 1, y: parts[1].y + 1, limit: area.width - 2, role: .header, ascii: ascii)
        grid.put("Proxies acting: " + (proxies.isEmpty ? "none" : proxies.joined(separator: ", ")), x: 1, y: parts[1].y + 2, limit: area.width - 2, role: .normal, ascii: ascii)
    }

    static func centred(_ text: String, into grid: inout Grid, _ area: Rect, role: StyleRole, ascii: Bool) {
        grid.put(text, x: area.x + max(0, (area.width - DisplayWidth.of(text)) / 2), y: area.y + area.height / 2, limit: area.width, role: role, ascii: ascii)
    }
}
