import Foundation
import MeetingKit
import TerminalUI

/// Draws the console: a function of the model and the window size into a grid of cells.
public enum ConsoleView {
    public static let minimumSize = (width: 80, height: 24)
    /// At most this many lines for a message: enough for the longest refusal at 80 columns, and the screen
    /// above keeps most of its rows.
    static let maximumMessageLines = 4

    /// The frame, and where the terminal's cursor should sit (on the command line), if anywhere.
    public static func render(
        _ model: ConsoleModel, width: Int, height: Int, ascii: Bool = false
    ) -> (grid: Grid, cursor: (x: Int, y: Int)?) {
        var grid = Grid(width: width, height: height)
        guard width >= minimumSize.width, height >= minimumSize.height else {
            let text = LoopWording.enlarge(
                to: "\(minimumSize.width)x\(minimumSize.height)", width: width, height: height)
            let request = TextFit.wrap(text, to: max(1, width), maxLines: 2)
            for (offset, line) in request.enumerated() where height / 2 - request.count + 1 + offset >= 0 {
                grid.put(
                    line, x: max(0, (width - DisplayWidth.of(line)) / 2), y: height / 2 - request.count + 1 + offset,
                    limit: width, role: .warning, ascii: ascii)
            }
            // Why the last key did nothing, under the request, so a key pressed blind is answered (#24).
            if let message = model.message, message.isError {
                for (offset, line) in TextFit.wrap(message.text, to: max(1, width - 2), maxLines: 3).enumerated()
                where height / 2 + 2 + offset < height {
                    grid.put(line, x: 1, y: height / 2 + 2 + offset, limit: width - 2, role: .refusal, ascii: ascii)
                }
            }
            return (grid, nil)
        }
        let frame = Frame(model, width: width, height: height, ascii: ascii)
        let (parts, keys, wrappedMessage) = (frame.parts, frame.keys, frame.wrappedMessage)
        statusBar(model, ascii: ascii).render(into: &grid, parts[0], ascii: ascii)
        rulesLine(model, into: &grid, parts[1], ascii: ascii)
        switch model.screen {
        case .roll:
            RollCallScreen.render(model, into: &grid, parts[2], ascii: ascii)
        case .agenda:
            AgendaScreen.render(model, into: &grid, parts[2], ascii: ascii)
        case .motion:
            MotionScreen.render(model, into: &grid, parts[2], ascii: ascii)
        case .minutes:
            MinutesScreen.render(model, into: &grid, parts[2], ascii: ascii)
        case .matters:
            MattersScreen.render(model, into: &grid, parts[2], ascii: ascii)
        case .log:
            logList(model).render(into: &grid, parts[2], ascii: ascii)
        }
        var cursor: (x: Int, y: Int)?
        if model.mode == .command {
            // While typing, messages (completion candidates, say) sit just above the command line.
            if let message = model.message {
                let top = parts[2].maxY - wrappedMessage.count
                grid.fill(Rect(x: 0, y: top, width: width, height: wrappedMessage.count), role: .help)
                for (offset, line) in wrappedMessage.enumerated() {
                    grid.put(
                        line, x: 1, y: top + offset, limit: width - 2, role: message.isError ? .refusal : .help,
                        ascii: ascii)
                }
            }
            cursor = (
                model.commandLine.render(
                    into: &grid, x: 0, y: parts[3].y, width: width, prompt: ConsoleKeys.keyLabel(of: .commandLine),
                    ascii: ascii),
                parts[3].y
            )
        } else if let message = model.message, model.mode != .help, model.mode != .results {
            // Under an overlay the message is drawn once, over the overlay's foot (below).
            for (offset, line) in wrappedMessage.enumerated() {
                grid.put(
                    line, x: 1, y: parts[3].y + offset, limit: width - 2, role: message.isError ? .refusal : .normal,
                    ascii: ascii)
            }
        }
        Footer.render(keys, into: &grid, parts[4], ascii: ascii)
        if model.mode == .help {
            HelpOverlay.render(
                sections: helpSections(model, ascii: ascii),
                title: "Keys on \(model.screen.title) (\(model.role.rawValue))",
                scroll: model.overlayScroll, closedBy: ConsoleKeys.overlayClosers(ascii: ascii),
                scrolledBy: ConsoleKeys.overlayScrollers(ascii: ascii), into: &grid,
                grid.bounds,
                ascii: ascii)
        }
        if model.mode == .results, let results = model.searchResults {
            HelpOverlay.render(
                resultEntries(model), title: results.outcome.title(query: results.query),
                scroll: model.overlayScroll, closedBy: ConsoleKeys.overlayClosers(ascii: ascii),
                scrolledBy: ConsoleKeys.overlayScrollers(ascii: ascii),
                into: &grid, grid.bounds, ascii: ascii)
        }
        if model.mode == .help || model.mode == .results, let message = model.message, message.isError {
            // A key the overlay does not take says so just above the footer, over the overlay's edge (#24).
            let top = parts[4].y - wrappedMessage.count
            grid.fill(Rect(x: 0, y: top, width: width, height: wrappedMessage.count), role: .refusal)
            for (offset, line) in wrappedMessage.enumerated() {
                grid.put(line, x: 1, y: top + offset, limit: width - 2, role: .refusal, ascii: ascii)
            }
        }
        if case .confirm(let question) = model.mode {
            Dialog(
                title: question.title, lines: question.lines,
                buttons: ConsoleKeys.questionButtons(proceed: question.proceed), role: .warning
            )
            .render(into: &grid, parts[2], ascii: ascii)
        }
        return (grid, cursor)
    }

    /// Help in three sections, each with its own keys column: this screen's keys; the command line's keys,
    /// its editing keys included; the command line's own words (what `:` takes besides the language's
    /// commands).
    static func helpSections(_ model: ConsoleModel, ascii: Bool) -> [[HelpOverlay.Entry]] {
        let enabled = ConsoleKeys.keymap.bindings.filter { $0.isEnabled(model) }
        var keys: [HelpOverlay.Entry] = enabled.filter { !ConsoleKeys.sharesMovingLine($0) }.map { binding in
            (binding.keys.map { $0.label(ascii: ascii) }.joined(separator: " "), binding.help, true)
        }
        // "Up/Down" where arrows cannot be drawn: never "^v", which reads as Ctrl-V (#24).
        let arrows = enabled.filter { $0.action == .up || $0.action == .down }.compactMap {
            $0.keys.first?.label(ascii: ascii)
        }
        .joined(separator: ascii ? "/" : "")
        if !arrows.isEmpty { keys.append((arrows, ConsoleKeys.movingSummary, true)) }
        let commandLine =
            ConsoleKeys.commandLine.help(in: model, ascii: ascii)
            + TextField.keymap.help(in: model.commandLine, ascii: ascii)
        return [keys, commandLine, ConsoleKeys.commandWordHelp(for: model.role).map { ($0.keys, $0.help, true) }]
    }

    /// The search results as overlay lines.
    static func resultEntries(_ model: ConsoleModel) -> [HelpOverlay.Entry] {
        (model.searchResults?.outcome.lines ?? []).map { ("", $0, true) }
    }

    /// The meeting as every status bar names it (console, projector, ballot): its body and number, then its
    /// title only when that says more, since the open draft's title is that number (#24). On the bar's
    /// own background: the title role has none, and broke it.
    static func meetingLabel(_ state: MeetingState, number: Int) -> [(text: String, role: StyleRole)] {
        let label = state.constitution.meetingName(number)
        guard let title = state.details?.title, !title.trimmingCharacters(in: .whitespaces).isEmpty,
            title.caseInsensitiveCompare(label) != .orderedSame
        else { return [(label, .statusBar)] }
        return [(label, .statusBar), (title, .statusBar)]
    }

    /// Meeting, current item, the quorum light with the rule in force, role and clock (Q2, Q3).
    static func statusBar(_ model: ConsoleModel, ascii: Bool) -> StatusBar {
        let state = model.state
        var left = meetingLabel(state, number: model.meetingNumber)
        if let closed = state.closedAt {
            return StatusBar(
                left: left,
                right: [
                    ("CLOSED at \(clock(closed, model.timeZone))", .warning), (model.role.rawValue, .statusBar),
                    (clock(model.now, model.timeZone), .statusBar),
                ])
        }
        if let item = state.currentItem.flatMap(state.item) {
            left.append(("Item \(item.id): \(item.title)", .statusBar))
        }
        let quorum = state.quorum
        let light =
            state.openVote.map {
                quorum.lightDuringVote(openedWithoutQuorum: state.motions[$0]?.quorumOverride != nil)
            } ?? quorum.lightWithCount
        var right: [(text: String, role: StyleRole)] = []
        if let warning = model.notFollowing { right.append((warning, .warning)) }
        right.append((light, quorum.isQuorate ? .quorumOK : .quorumLost))
        right.append((model.role.rawValue, .statusBar))
        right.append((clock(model.now, model.timeZone), .statusBar))
        return StatusBar(left: left, right: right)
    }

    static func rulesLine(_ model: ConsoleModel, into grid: inout Grid, _ area: Rect, ascii: Bool) {
        let c = model.state.constitution
        var text =
            "[\(ConsoleKeys.keyLabel(of: model.screen.showAction, ascii: ascii)) \(model.screen.title)] \(c.name) · quorum: \(model.state.quorum.ruleText) · "
            + "decision: \(c.decisionRule.fileName)"
        if c.votesAreIndicative { text += " · indicative votes" }
        if ascii { text = "Non-UTF-8 locale: ASCII only. " + text.replacingOccurrences(of: " · ", with: " | ") }
        grid.put(text, x: 1, y: area.y, limit: area.width - 2, role: ascii ? .warning : .dim, ascii: ascii)
    }

    /// The roll's columns, none wider than its text needs, so at any width a person's mark sits near their
    /// name (#24); what is left over stays empty on the right.
    static func rollColumns(width: Int) -> [Table.Column] {
        let place = min(36, width * 22 / 100)
        let person = min(44, max(10, width - place - 45))
        // The mark takes what is left, up to the longest ("✓ as proxy, late 09:41, left 10:02 back 10:15").
        let here = min(46, max(24, width - place - person - 21))
        return [
            .init("Seat or role", .length(place)), .init("Person", .length(person)), .init("As", .length(15)),
            .init("Here", .length(here)),
            .init("Vote", .length(6)), .init("", .fill(1)),
        ]
    }

    /// The roll call: who fills each seat, in what capacity, whether present, who holds the vote (A1–A3).
    static func rollTable(_ model: ConsoleModel, width: Int) -> Table {
        let rows = model.roll
        return Table(
            columns: rollColumns(width: width),
            rows: rows.map {
                [$0.place, $0.name, $0.capacity.word, mark($0, model.timeZone), $0.holdsVote ? "holds" : ""]
            },
            rowRoles: rows.map(markRole), position: model.scrollPosition(rows: rows.count))
    }

    /// Each state of presence its own mark (ASCII forms: + - < x .) and, by `markRole`, its own colour.
    static func mark(_ row: RollRow, _ zone: TimeZone) -> String {
        switch row.presence {
        case .present: row.capacity.isProxy ? "✓ as proxy" : "✓ here"
        // A1: a proxy who came after the roll call reads as both, and a return shows when they had left.
        case .late(let at):
            row.capacity.isProxy ? "✓ as proxy, late \(clock(at, zone))" : "✓ late \(clock(at, zone))"
        case .back(let at, let leftAt, let lateAt):
            "✓ "
                + ([
                    row.capacity.isProxy ? "as proxy" : nil, lateAt.map { "late \(clock($0, zone))" },
                    "left \(clock(leftAt, zone)) back \(clock(at, zone))",
                ] as [String?]).compactMap { $0 }.joined(separator: ", ")
        case .left(let at): "← left \(clock(at, zone))"
        case .apologies: "✗ apologies"
        case .absent: "· absent"
        }
    }

    static func markRole(_ row: RollRow) -> StyleRole? {
        switch row.presence {
        case .present: row.capacity.isProxy ? .header : nil
        case .late: .warning
        case .back: .voteFor
        case .left: .voteAgainst
        case .apologies: .voteAbstain
        case .absent: .dim
        }
    }

    /// Every event with its number, time, author and (from a key) the person and key behind it; corrections stand out,
    /// undone events are marked.
    static func logList(_ model: ConsoleModel) -> ListView {
        let undone = MeetingState.undoneRanges(in: model.events)
        // Numbers right-aligned to the widest, so the columns after them do not shift at event 10 (#24).
        let digits = String(model.events.map(\.sequence).max() ?? 0).count
        return ListView(
            items: model.events.map { event in
                let number = String(event.sequence)
                let taken = undone.contains { $0.contains(event.sequence) }
                // The mark goes before the summary, which a narrow window cuts.
                let mark = model.state.correctionMark(event.sequence).dropFirst()
                // What happened comes before who did it with which key, so a narrow window cuts the latter.
                let text =
                    String(repeating: " ", count: digits - number.count)
                    + "\(number)  \(clock(event.time, model.timeZone))  \(event.author.rawValue)  "
                    + (mark.isEmpty ? "" : mark + " ") + event.summary(in: model.state.constitution)
                    + (event.byline(in: model.state.constitution, shortKey: true).map { "  · " + $0 } ?? "")
                return (
                    taken ? text + "  (undone)" : text, taken ? .dim : (event.payload.isCorrection ? .warning : .normal)
                )
            }, position: model.scrollPosition(rows: model.events.count))
    }

    /// HH:MM in `zone` (`clockTime`, the one way screens and minutes write a time).
    public static func clock(_ date: Date, _ zone: TimeZone) -> String { clockTime(date, in: zone) }
}
