/// A table with a header, a selected row, and rows drawn from the scroll position it is given.
public struct Table: Sendable {
    public struct Column: Sendable {
        public var title: String
        public var width: Constraint
        public init(_ title: String, _ width: Constraint) {
            self.title = title
            self.width = width
        }
    }

    public var columns: [Column]
    public var rows: [[String]]
    /// A role per row (a vote colour, a refusal); nil rows use `.normal`.
    public var rowRoles: [StyleRole?]
    public var position: ScrollPosition
    public var selected: Int? { position.selected }

    public init(columns: [Column], rows: [[String]], rowRoles: [StyleRole?] = [], position: ScrollPosition) {
        self.columns = columns
        self.rows = rows
        self.rowRoles = rowRoles
        self.position = position
    }

    /// Rows shown at once in `area`: all but the header's.
    public static func visibleRows(in area: Rect) -> Int { max(0, area.height - 1) }

    public func render(into grid: inout Grid, _ area: Rect, ascii: Bool = false) {
        guard area.height > 0 else { return }
        let cells = area.split(.horizontal, columns.map(\.width))
        for (index, column) in columns.enumerated() {
            grid.put(
                column.title, x: cells[index].x, y: area.y, limit: max(0, cells[index].width - 1), role: .header,
                ascii: ascii)
        }
        let visible = Self.visibleRows(in: area)
        guard visible > 0 else { return }
        let offset = position.firstShown(visible: visible, count: rows.count)
        for line in 0..<min(visible, rows.count - offset) {
            let rowIndex = offset + line
            let y = area.y + 1 + line
            let role: StyleRole =
                rowIndex == selected
                ? .selected : (rowRoles.indices.contains(rowIndex) ? rowRoles[rowIndex] ?? .normal : .normal)
            grid.fill(Rect(x: area.x, y: y, width: area.width, height: 1), role: role)
            for (index, text) in rows[rowIndex].enumerated() where index < cells.count {
                grid.put(text, x: cells[index].x, y: y, limit: max(0, cells[index].width - 1), role: role, ascii: ascii)
            }
        }
    }
}
