import Foundation
import MeetingKit
import TerminalUI

/// The agenda: every item, the current one marked, and time used against time allotted.
enum AgendaScreen {
    static func render(_ model: ConsoleModel, into grid: inout Grid, _ area: Rect, ascii: Bool) {
        let state = model.state
        guard !state.agenda.isEmpty else {
            grid.put(ConsoleModel.emptyAgendaHint, x: 1, y: area.y + 1, limit: area.width - 2, role: .dim, ascii: ascii)
            return
        }
        let used = state.minutesUsed(now: model.now)
        let rows: [[String]] = state.agenda.map { item in
            let mark = item.id == state.currentItem ? (ascii ? ">" : "▶") : ""
            let allotted = item.allottedMinutes.map { "\($0) min" } ?? "-"
            let spent = used[item.id].map { "\($0) min" } ?? "-"
            return [
                mark, item.id.rawValue, item.confidential ? "\(item.title) (confidential)" : item.title, allotted,
                spent,
            ]
        }
        let roles: [StyleRole?] = state.agenda.map { item in
            if let allotted = item.allottedMinutes, let spent = used[item.id], spent > allotted { return .warning }
            if item.confidential { return .confidential }
            return item.id == state.currentItem ? .header : nil
        }
        // The title's column no wider than a long title needs, so an item's time sits near it at any width (#24).
        let title = min(90, max(10, area.width - 26))
        let table = Table(
            columns: [
                .init("", .length(2)), .init("Item", .length(6)), .init("Title", .length(title)),
                .init("Allotted", .length(10)), .init("Used", .length(8)),
                .init("", .fill(1)),
            ],
            rows: rows, rowRoles: roles, position: model.scrollPosition(rows: rows.count))
        table.render(into: &grid, area, ascii: ascii)
    }
}
