import Foundation
import MeetingKit
import MinutesFormats
import TerminalUI

/// The minutes as they stand for the current item: notes, motions with their outcome, actions, risks,
/// concerns, declarations and information sharing, drafted from the record as it is made (N1–N5).
/// Confidential matter is shown and marked; the public minutes leave it out (N4).
enum MinutesScreen {
    /// The screen's rows, as drawn in a window `width` wide: the cursor moves by these, so `j` and `G` reach
    /// every line of a long entry. The one rows model the keys and the view share.
    static func rows(_ model: ConsoleModel, width: Int) -> [(text: String, role: StyleRole)] {
        if model.wholeMinutes { return wholeLines(model, width: width - 2) }
        // Each entry wraps in full, continuation lines indented: minutes are read, not skimmed.
        return lines(model).flatMap { entry in
            TextFit.wrap(entry.text, to: width - 4, maxLines: 6).enumerated().map { index, line in
                (index == 0 ? line : "  " + line, entry.role)
            }
        }
    }

    /// Where the rows go in `area`: all of it for the whole minutes, below the item's heading otherwise.
    static func listArea(_ model: ConsoleModel, in area: Rect) -> Rect {
        model.wholeMinutes ? area : area.split(.vertical, [.length(1), .fill(1)])[1]
    }

    /// The rows to draw in an area `width` wide: those the layout made of this model, when it was laid out
    /// at that width; otherwise (a frame drawn at another size than the model's window) made now.
    static func laidOutRows(_ model: ConsoleModel, width: Int) -> [(text: String, role: StyleRole)] {
        let laidOut = model.screen == .minutes && model.layout.rowsCountedFrom == ConsoleLayout.RowInputs(model)
        return laidOut && width == model.width ? model.layout.minutesRows : rows(model, width: width)
    }

    static func render(_ model: ConsoleModel, into grid: inout Grid, _ area: Rect, ascii: Bool) {
        let listArea = listArea(model, in: area)
        if model.wholeMinutes {
            let lines = laidOutRows(model, width: area.width)
            ListView(items: lines, position: model.scrollPosition(rows: lines.count))
                .render(into: &grid, listArea, ascii: ascii)
            return
        }
        let state = model.state
        let item = state.currentItem.flatMap(state.item)
        var heading = item.map { "Item \($0.id): \($0.title)" } ?? "Before the first item"
        if item?.confidential == true { heading += "  CONFIDENTIAL: left out of the public minutes (N4)" }
        grid.put(
            heading, x: 1, y: area.y, limit: area.width - 2,
            role: item?.confidential == true ? .confidential : .header, ascii: ascii)
        let shown = laidOutRows(model, width: area.width)
        guard !shown.isEmpty else {
            grid.put(
                model.emptyMinutesHint, x: 1, y: listArea.y + 1, limit: area.width - 2, role: .dim, ascii: ascii)
            return
        }
        ListView(items: shown, position: model.scrollPosition(rows: shown.count))
            .render(into: &grid, listArea, ascii: ascii)
    }

    /// One line per entry under the current item, in the order the minutes print them.
    static func lines(_ model: ConsoleModel) -> [(text: String, role: StyleRole)] {
        let state = model.state
        let document = MinutesDocument(state: state, includeConfidential: true)
        guard let section = document.items.first(where: { $0.id == state.currentItem }) else { return [] }
        let role: StyleRole = section.confidential ? .confidential : .normal
        var lines: [(text: String, role: StyleRole)] = []
        lines += section.declarations.map { ("Declared: \($0.name): \($0.interest) (the vote stands, V6)", role) }
        lines += section.notes.map { ("Note: \($0)", role) }
        for motion in section.motions {
            var text = "Motion \(motion.id): \(motion.text) [\(motion.stage)]"
            if let outcome = motion.outcome {
                text += " \(outcome.word): \(outcome.reason)"
            }
            lines.append((text, motion.outcome.map { $0.carried ? StyleRole.voteFor : .voteAgainst } ?? role))
        }
        lines += section.actions.map { action in
            (
                "Action \(action.id): \(action.what) "
                    + "(\(action.who)\(action.due.map { ", by \($0)" } ?? ""))\(action.closed ? " closed" : "")",
                role
            )
        }
        lines += section.risks.map {
            ("Risk \($0.id) [\($0.rating.rawValue)]: \($0.description) (owner \($0.owner))", role)
        }
        lines += section.concerns.map { ("Concern: \($0)", role) }
        lines += section.informationSharing.map { ("Share: \($0.what) with \($0.shareWith), \($0.howOften)", role) }
        return lines
    }
}

extension MinutesScreen {
    /// The whole minutes, laid out as `gavel minutes` lays them out (the private record, confidential
    /// matter marked), as lines of text for the screen.
    static func wholeLines(_ model: ConsoleModel, width: Int) -> [(text: String, role: StyleRole)] {
        let document = MinutesDocument(state: model.state, includeConfidential: true)
        var lines: [(text: String, role: StyleRole)] = []
        func add(_ text: String, _ role: StyleRole, indent: String = "") {
            for (index, line) in TextFit.wrap(text, to: max(10, width - indent.count), maxLines: 8).enumerated() {
                lines.append(((index == 0 ? indent : String(repeating: " ", count: indent.count)) + line, role))
            }
        }
        func plain(_ parts: [MinutesOutline.Inline]) -> String { parts.map(\.plainText).joined() }
        for block in MinutesOutline.build(
            document, head: "meeting \(model.meetingNumber), as it stands", timeZone: model.timeZone)
        {
            switch block {
            case .title(let text): add(plain(text), .title)
            case .banner(let text): add(text, .confidential)
            case .heading(let text):
                lines.append(("", .normal))
                add(plain(text), .header)
            case .paragraph(let text): add(plain(text), .normal)
            case .list(let items):
                for item in items {
                    add(plain(item.text), .normal, indent: "- ")
                    for child in item.children { add(plain(child), .normal, indent: "    - ") }
                }
            case .table(let header, let rows):
                add(header.joined(separator: " | "), .dim)
                for row in rows { add(row.joined(separator: " | "), .normal) }
            case .rule: lines.append((String(repeating: "-", count: min(width, 40)), .dim))
            }
        }
        return lines
    }
}
