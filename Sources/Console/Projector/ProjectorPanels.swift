import Foundation
import MeetingKit
import TerminalUI

/// What fills the projector below its band: the motion with its tally and outcome, or the agenda.
enum ProjectorPanels {
    static func motion(
        _ motion: MotionRecord, _ model: ProjectorModel, into grid: inout Grid, _ area: Rect, ascii: Bool
    ) {
        let state = model.state
        let voting = state.openVote == motion.id
        if voting && model.voteDisplay == .hidden {
            ProjectorView.centred(ProjectorModel.voteBeingTaken, into: &grid, area, role: .title, ascii: ascii)
            return
        }
        // The outcome in block letters takes a quarter of the panel (at least its five rows and the reason),
        // the digits the rest.
        let outcomeRows = motion.result == nil ? 0 : max(6, min(16, area.height / 4))
        // The rule wraps rather than lose its end ("a tie is not carried"), on two rows at most (#24).
        let rule = TextFit.wrap("Rule: \(motion.rule.description)", to: area.width - 2, maxLines: 2)
        let text = motion.draft.text + (motion.amendments.isEmpty ? state.correctionMark(motion.sequence) : "")
        let textLines = TextFit.wrap(text, to: area.width - 2, maxLines: 3)
        // The motion's text takes only the rows it needs, so the tally and the seats yet to vote keep theirs.
        let parts = area.split(
            .vertical,
            [.length(1), .length(textLines.count + 1), .length(rule.count), .length(1), .fill(1), .length(outcomeRows)])
        grid.put(
            state.constitution.motionHeading(motion.id), x: 1, y: parts[0].y, limit: area.width - 2, role: .header,
            ascii: ascii)
        for (offset, line) in textLines.enumerated() {
            grid.put(line, x: 1, y: parts[1].y + offset, limit: area.width - 2, role: .title, ascii: ascii)
        }
        for (offset, line) in rule.enumerated() {
            grid.put(line, x: 1, y: parts[2].y + offset, limit: area.width - 2, role: .dim, ascii: ascii)
        }
        guard let tally = state.tally(of: motion.id) else { return }
        if voting && model.voteDisplay == .afterClose {
            ProjectorView.centred(
                ProjectorModel.votingProgress(tally), into: &grid, parts[4], role: .warning, ascii: ascii)
            return
        }
        let status = voting ? "VOTE OPEN · yet to vote: \(tally.notVoted)" : "VOTE CLOSED"
        grid.put(status, x: 1, y: parts[3].y, limit: area.width - 2, role: voting ? .warning : .normal, ascii: ascii)
        // Who voted how, only where the constitution makes votes named in public: each name in the column of
        // its own vote, under that vote's label (#24). While the vote is open the seats yet to vote are named.
        // The digits keep at least two-fold size (11 rows); the names get what is left.
        let columns = parts[4].split(.horizontal, [.fill(1), .fill(1), .fill(1)])
        // A name wider than its column wraps under itself, indented, rather than lose the voter's name (#24).
        let groups = (state.constitution.votesNamedInPublic ? namedVotes(motion, state) : [[], [], []]).enumerated().map
        { index, names in
            names.flatMap { name in
                TextFit.wrap(name, to: max(1, columns[index].width - 3), maxLines: 3).enumerated().map {
                    $0.offset == 0 ? $0.element : " " + $0.element
                }
            }
        }
        let yetToVote =
            voting ? state.seatsYetToVote(on: motion.id).compactMap { state.constitution.seat($0)?.partner } : []
        let yetLines =
            yetToVote.isEmpty
            ? [] : TextFit.wrap("Yet to vote: " + yetToVote.joined(separator: ", "), to: area.width - 2, maxLines: 3)
        let listRows = groups.map(\.count).max() ?? 0
        // Where the names do not fit beside digits of two-fold size, the digits drop to their smallest (5 rows
        // and the label) before any name is left out: at 80x24 the room still reads who voted how (#24).
        // Last of all the digits become one line of text ("For 4"), so a long motion at 80x24 still names them.
        let needed = listRows + yetLines.count
        let digitRows = parts[4].height - 11 >= needed ? 11 : parts[4].height - 6 >= needed ? 6 : 1
        let room = max(0, parts[4].height - digitRows)
        let fits = listRows + yetLines.count <= room
        // Where every name does not fit, the seats yet to vote still do, with a word on where to see the
        // rest where there is a row for it.
        let yetFit = !fits && !yetLines.isEmpty && yetLines.count <= room
        let noteRows = yetFit && listRows > 0 && yetLines.count < room ? 1 : 0
        let belowRows = fits ? listRows + yetLines.count : yetFit ? yetLines.count + noteRows : min(room, 1)
        let tallyParts = parts[4].split(.vertical, [.fill(1), .length(belowRows)])
        tallyDigits(tally, into: &grid, tallyParts[0], ascii: ascii)
        if fits {
            for (column, names) in zip(columns, groups) {
                // The list centred under its label as a block, no wider than its column.
                let width = min(column.width - 2, names.map(DisplayWidth.of).max() ?? 0)
                let x = column.x + max(1, (column.width - width) / 2)
                for (row, name) in names.enumerated() {
                    grid.put(name, x: x, y: tallyParts[1].y + row, limit: width, role: .normal, ascii: ascii)
                }
            }
            for (offset, line) in yetLines.enumerated() {
                grid.put(
                    line, x: 1, y: tallyParts[1].y + listRows + offset, limit: area.width - 2, role: .warning,
                    ascii: ascii)
            }
        } else if yetFit {
            for (offset, line) in yetLines.enumerated() {
                grid.put(line, x: 1, y: tallyParts[1].y + offset, limit: area.width - 2, role: .warning, ascii: ascii)
            }
            if noteRows > 0 {
                grid.put(
                    ProjectorModel.namesNeedRoom, x: 1, y: tallyParts[1].y + yetLines.count,
                    limit: area.width - 2, role: .dim, ascii: ascii)
            }
        } else if belowRows > 0, listRows + yetLines.count > 0 {
            // Part of a named vote would mislead: all of it, or a word on where to see it.
            grid.put(
                ProjectorModel.namesNeedRoom, x: 1, y: tallyParts[1].y, limit: area.width - 2,
                role: .dim, ascii: ascii)
        }
        if let result = motion.result {
            let role: StyleRole = result.outcome.carried ? .voteFor : .voteAgainst
            let outcomeParts = parts[5].split(.vertical, [.fill(1), .length(1)])
            BlockText.render(result.outcome.word, into: &grid, outcomeParts[0], role: role, ascii: ascii)
            let reason = result.outcome.reason + state.correctionMark(result.sequence)
            ProjectorView.centred(reason, into: &grid, outcomeParts[1], role: role, ascii: ascii)
        }
    }

    /// For, against and abstain, the seats that voted each way in the constitution's order: "Early Years'
    /// Settings (Ann Early)"; a vote its voter changed says from what (V1, A4). The vote itself is the
    /// column's label, so it cannot stand under another.
    static func namedVotes(_ motion: MotionRecord, _ state: MeetingState) -> [[String]] {
        var groups: [[String]] = [[], [], []]
        for seat in state.constitution.seats {
            guard let ballot = motion.ballots[seat.id] else { continue }
            let changed = motion.changes(of: seat.id).last.map { " (changed from \($0.from.word.uppercased()))" } ?? ""
            // A place still to be named adds nothing to the seat's own name.
            let voter =
                state.constitution.people[ballot.voter]?.isNamed == true
                ? " (\(state.constitution.displayName(ballot.voter)))" : ""
            let column: Int =
                switch ballot.choice {
                case .inFavour: 0
                case .against: 1
                case .abstain: 2
                }
            groups[column].append("\(seat.partner)\(voter)\(changed)")
        }
        return groups
    }

    /// For, against and abstain in block digits, side by side, each over its label.
    static func tallyDigits(_ tally: Tally, into grid: inout Grid, _ area: Rect, ascii: Bool) {
        let columns = area.split(.horizontal, [.fill(1), .fill(1), .fill(1)])
        for (column, (label, value, role)) in zip(
            columns,
            [
                ("For", tally.inFavour, StyleRole.voteFor), ("Against", tally.against, .voteAgainst),
                ("Abstain", tally.abstentions, .voteAbstain),
            ])
        {
            guard column.height >= 6 else {
                let text = "\(label) \(value)"
                grid.put(
                    text, x: column.x + max(0, (column.width - text.count) / 2), y: column.maxY - 1,
                    limit: column.width,
                    role: role, ascii: ascii)
                continue
            }
            let digits = Rect(
                x: column.x + 1, y: column.y, width: max(0, column.width - 2), height: max(0, column.height - 1))
            BlockText.render("\(value)", into: &grid, digits, role: role, ascii: ascii)
            grid.put(
                label, x: column.x + max(0, (column.width - label.count) / 2), y: column.maxY - 1, limit: column.width,
                role: role, ascii: ascii)
        }
    }

    static func agenda(_ model: ProjectorModel, into grid: inout Grid, _ area: Rect, ascii: Bool) {
        let state = model.state
        let attendanceRows = model.showAttendance ? 4 : 0
        let parts = area.split(.vertical, [.fill(1), .length(attendanceRows)])
        let used = state.minutesUsed(now: model.now)
        var y = parts[0].y + 1
        grid.put("Agenda", x: 1, y: parts[0].y, limit: area.width - 2, role: .header, ascii: ascii)
        for item in state.agenda where y < parts[0].maxY {
            let mark = item.id == state.currentItem && state.closedAt == nil ? (ascii ? "> " : "▶ ") : "  "
            let title = item.title
            let time = item.allottedMinutes.map { " (\(used[item.id] ?? 0) of \($0) min)" } ?? ""
            grid.put(
                "\(mark)\(item.id)  \(title)\(time)", x: 1, y: y, limit: area.width - 2,
                role: item.id == state.currentItem ? .title : .normal, ascii: ascii)
            y += 1
        }
        if state.agenda.isEmpty {
            grid.put("No agenda yet", x: 3, y: y, limit: area.width - 4, role: .dim, ascii: ascii)
        }
        guard model.showAttendance else { return }
        let holders = state.voteHolders
        let proxies = state.constitution.seats.compactMap { seat -> String? in
            guard case .held(let person, .proxy)? = holders[seat.id] else { return nil }
            return "\(seat.partner) (\(state.constitution.displayName(person)))"
        }
        let quorum = state.quorum
        grid.put(
            "Attendance: \(quorum.seatsRepresentedLine)", x: 1,
            y: parts[1].y + 1, limit: area.width - 2, role: .header, ascii: ascii)
        grid.put(
            "Proxies acting: " + (proxies.isEmpty ? "none" : proxies.joined(separator: ", ")), x: 1, y: parts[1].y + 2,
            limit: area.width - 2, role: .normal, ascii: ascii)
    }
}
