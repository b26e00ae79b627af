/// A one-line bar with text at the left and the right; the right side wins when space is short.
public struct StatusBar: Sendable {
    public var left: [(text: String, role: StyleRole)]
    public var right: [(text: String, role: StyleRole)]

    public init(left: [(text: String, role: StyleRole)], right: [(text: String, role: StyleRole)] = []) {
        self.left = left
        self.right = right
    }

    public func render(into grid: inout Grid, _ area: Rect, ascii: Bool = false) {
        guard !area.isEmpty else { return }
        grid.fill(Rect(x: area.x, y: area.y, width: area.width, height: 1), role: .statusBar)
        // Right parts, one space apart, end one column before the edge; left parts, two apart, stop two
        // columns short of them.
        let widths = right.map { DisplayWidth.of(SafeText.escape($0.text, asciiOnly: ascii)) }
        let rightWidth = min(area.width, widths.reduce(0, +) + max(0, widths.count - 1) + 1)
        var x = area.maxX - rightWidth
        for part in right where x < area.maxX {
            x += grid.put(part.text, x: x, y: area.y, limit: area.maxX - x, role: part.role, ascii: ascii) + 1
        }
        var leftX = area.x + 1
        let leftLimit = area.maxX - rightWidth - 2
        for part in left where leftX < leftLimit {
            leftX +=
                grid.put(part.text, x: leftX, y: area.y, limit: leftLimit - leftX, role: part.role, ascii: ascii) + 2
        }
    }
}

/// The footer of keys: "? help  q quit", wrapping onto as many lines as it is given; what still does not
/// fit is left out (the help overlay lists everything).
public enum Footer {
    /// How many lines `entries` need at `width`.
    public static func lines(for entries: [(key: String, label: String)], width: Int) -> Int {
        var lines = 1, x = 0
        for entry in entries {
            let need = DisplayWidth.of(entry.key) + 1 + DisplayWidth.of(entry.label)
            if x > 0 && x + need > width {
                lines += 1
                x = 0
            }
            x += need + 2
        }
        return lines
    }

    public static func render(
        _ entries: [(key: String, label: String)], into grid: inout Grid, _ area: Rect, ascii: Bool = false
    ) {
        guard !area.isEmpty else { return }
        grid.fill(area, role: .footerLabel)
        var x = area.x, y = area.y
        for entry in entries {
            let need = DisplayWidth.of(entry.key) + 1 + DisplayWidth.of(entry.label)
            if x > area.x && x + need > area.maxX {
                y += 1
                x = area.x
            }
            guard y < area.maxY else { break }
            x += grid.put(entry.key, x: x, y: y, role: .footerKey, ascii: ascii) + 1
            x += grid.put(entry.label, x: x, y: y, role: .footerLabel, ascii: ascii) + 2
        }
    }
}

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

/// A boxed message with a title, lines, and the keys that answer it (a confirmation is one of these).
public struct Dialog: Sendable {
    public var title: String
    public var lines: [String]
    public var buttons: [String]
    public var role: StyleRole

    public init(title: String, lines: [String], buttons: [String] = ["Enter OK"], role: StyleRole = .normal) {
        self.title = title
        self.lines = lines
        self.buttons = buttons
        self.role = role
    }

    public func render(into grid: inout Grid, _ area: Rect, ascii: Bool = false) {
        // Lines wider than the area wrap inside the box rather than lose their ends (#24).
        let room = max(1, area.width - 6)
        let lines = self.lines.flatMap {
            DisplayWidth.of($0) <= room ? [$0] : TextFit.wrap($0, to: room, maxLines: .max)
        }
        let widest = min(
            room,
            max(
                DisplayWidth.of(title) + 4, lines.map { DisplayWidth.of($0) }.max() ?? 0,
                DisplayWidth.of(buttons.joined(separator: "   "))))
        let box = area.centred(width: widest + 4, height: lines.count + 4)
        Border.draw(into: &grid, box, title: title, role: role, ascii: ascii)
        let inner = box.inset(1)
        grid.fill(inner, role: role)
        for (index, line) in lines.enumerated() where index < inner.height - 1 {
            grid.put(line, x: inner.x + 1, y: inner.y + index, limit: inner.width - 2, role: role, ascii: ascii)
        }
        grid.put(
            buttons.joined(separator: "   "), x: inner.x + 1, y: inner.maxY - 1, limit: inner.width - 2,
            role: .footerKey, ascii: ascii)
    }
}

/// Box drawing, with an ASCII fallback when the terminal cannot show line characters.
public enum Border {
    public static func draw(
        into grid: inout Grid, _ box: Rect, title: String = "", role: StyleRole = .border, ascii: Bool = false
    ) {
        guard box.width >= 2, box.height >= 2 else { return }
        let (h, v, corners): (String, String, [String]) =
            ascii ? ("-", "|", ["+", "+", "+", "+"]) : ("─", "│", ["┌", "┐", "└", "┘"])
        for x in box.x + 1..<box.maxX - 1 {
            grid.put(h, x: x, y: box.y, role: role)
            grid.put(h, x: x, y: box.maxY - 1, role: role)
        }
        for y in box.y + 1..<box.maxY - 1 {
            grid.put(v, x: box.x, y: y, role: role)
            grid.put(v, x: box.maxX - 1, y: y, role: role)
        }
        grid.put(corners[0], x: box.x, y: box.y, role: role)
        grid.put(corners[1], x: box.maxX - 1, y: box.y, role: role)
        grid.put(corners[2], x: box.x, y: box.maxY - 1, role: role)
        grid.put(corners[3], x: box.maxX - 1, y: box.maxY - 1, role: role)
        if !title.isEmpty {
            grid.put(" \(title) ", x: box.x + 2, y: box.y, limit: box.width - 4, role: .title, ascii: ascii)
        }
    }
}
