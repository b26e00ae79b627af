/// Several lines of text with a cursor: Enter breaks the line, arrows move between lines.
public struct TextArea: Hashable, Sendable {
    public private(set) var lines: [TextField]
    public private(set) var row: Int

    public init(_ text: String = "") {
        lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { TextField(String($0)) }
        row = lines.count - 1
    }

    public var text: String { lines.map(\.text).joined(separator: "\n") }

    @discardableResult
    public mutating func handle(_ key: Key) -> Bool {
        switch key {
        case .enter:
            let field = lines[row]
            let head = String(field.characters[..<field.cursor]), tail = String(field.characters[field.cursor...])
            lines[row] = TextField(head)
            lines.insert(TextField(tail), at: row + 1)
            row += 1
            lines[row].handle(.home)
        case .up, .down:
            let target = key == .up ? row - 1 : row + 1
            guard lines.indices.contains(target) else { return true }
            let column = lines[row].cursor
            row = target
            lines[row].handle(.home)
            for _ in 0..<min(column, lines[row].characters.count) { lines[row].handle(.right) }
        case .backspace where lines[row].cursor == 0 && row > 0:
            let joined = lines[row - 1].text.count
            lines[row - 1] = TextField(lines[row - 1].text + lines[row].text)
            lines.remove(at: row)
            row -= 1
            lines[row].handle(.home)
            for _ in 0..<joined { lines[row].handle(.right) }
        case .paste(let text):
            for (index, part) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                if index > 0 { handle(.enter) }
                lines[row].handle(.paste(String(part)))
            }
        default:
            return lines[row].handle(key)
        }
        return true
    }

    /// Draws the lines that fit, keeping the cursor's line in view; returns the cursor's (x, y).
    @discardableResult
    public func render(into grid: inout Grid, _ area: Rect, ascii: Bool = false) -> (x: Int, y: Int) {
        grid.fill(area, role: .input)
        let first = max(0, row - area.height + 1)
        var cursor = (x: area.x, y: area.y)
        for (offset, index) in (first..<min(lines.count, first + area.height)).enumerated() {
            let x = lines[index].render(into: &grid, x: area.x, y: area.y + offset, width: area.width, ascii: ascii)
            if index == row { cursor = (x, area.y + offset) }
        }
        return cursor
    }
}
