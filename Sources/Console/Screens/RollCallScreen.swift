import Foundation
import MeetingKit
import TerminalUI

/// The roll call screen: a line saying whether the roll taken at the opening still lasts, above the table of
/// who is here (A1). The clerk sees when arrivals stop counting from the opening and start being late.
enum RollCallScreen {
    /// The line about the roll call, the table, and the selected row's mark in full below the table where its
    /// column cuts it ("as proxy, late 09:41, left 10:02 back 10:15" at 80 columns), so what the roll records
    /// is always readable (#24).
    static func parts(_ model: ConsoleModel, in area: Rect) -> (parts: [Rect], detail: String?) {
        let detail = selectedDetail(model, width: area.width)
        return (area.split(.vertical, [.length(1), .fill(1), .length(detail == nil ? 0 : 1)]), detail)
    }

    /// How many people show at once in `area`.
    static func visibleRows(_ model: ConsoleModel, in area: Rect) -> Int {
        Table.visibleRows(in: parts(model, in: area).parts[1])
    }

    static func render(_ model: ConsoleModel, into grid: inout Grid, _ area: Rect, ascii: Bool) {
        let (parts, detail) = parts(model, in: area)
        grid.put(
            model.rollCallLine, x: 1, y: parts[0].y, limit: area.width - 2,
            role: model.state.rollCallEndedAt == nil ? .header : .dim, ascii: ascii)
        ConsoleView.rollTable(model, width: area.width).render(into: &grid, parts[1], ascii: ascii)
        if let detail { grid.put(detail, x: 1, y: parts[2].y, limit: area.width - 2, role: .header, ascii: ascii) }
    }

    /// "✓ as proxy, late 09:41, left 10:02 back 10:15 · Early Years' Settings, Eve Yu", when the Here
    /// column is too narrow for the selected row's mark; nil when it fits.
    static func selectedDetail(_ model: ConsoleModel, width: Int) -> String? {
        guard let row = model.selectedRollRow else { return nil }
        let mark = ConsoleView.mark(row, model.timeZone)
        let column = ConsoleView.rollColumns(width: width)[3]
        guard case .length(let room) = column.width, DisplayWidth.of(mark) >= room else { return nil }
        return "\(mark) · \(row.place), \(row.name)"
    }
}
