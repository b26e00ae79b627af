/// An in-memory screen: screens and widgets draw here, with no terminal involved, and tests compare it
/// with expected text. The ncurses layer copies it to the terminal, sending only what changed.
public struct Grid: Hashable, Sendable {
    public let width: Int
    public let height: Int
    public private(set) var cells: [Cell]

    public init(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
        cells = Array(repeating: .blank, count: self.width * self.height)
    }

    public var bounds: Rect { Rect(x: 0, y: 0, width: width, height: height) }

    public subscript(x: Int, y: Int) -> Cell {
        get { cells[y * width + x] }
        set { cells[y * width + x] = newValue }
    }

    public mutating func fill(_ rect: Rect, role: StyleRole) {
        for y in max(0, rect.y)..<min(height, rect.maxY) {
            for x in max(0, rect.x)..<min(width, rect.maxX) { self[x, y] = Cell(character: " ", width: 1, role: role) }
        }
    }

    /// Writes `text` (escaped first) at (x, y) in no more than `limit` columns, truncating with an ellipsis
    /// rather than wrapping into a neighbour. Returns the columns used.
    @discardableResult
    public mutating func put(
        _ text: String, x: Int, y: Int, limit: Int? = nil, role: StyleRole, ascii: Bool = false
    ) -> Int {
        guard y >= 0, y < height, x < width else { return 0 }
        let available = min(limit ?? (width - x), width - x)
        guard available > 0 else { return 0 }
        let fitted = TextFit.truncate(
            SafeText.escape(text, asciiOnly: ascii), to: available, ellipsis: ascii ? "~" : "…")
        var column = x
        // Printable ASCII, most of what a meeting shows, is one cell a byte: no grapheme breaking needed.
        if fitted.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) {
            for byte in fitted.utf8 {
                if column >= 0 {
                    self[column, y] = Cell(character: Character(Unicode.Scalar(byte)), width: 1, role: role)
                }
                column += 1
            }
            return column - x
        }
        for character in fitted {
            let w = DisplayWidth.of(character)
            guard w > 0, column >= 0 else { continue }
            self[column, y] = Cell(character: character, width: w, role: role)
            if w == 2 { self[column + 1, y] = .continuation(role) }
            column += w
        }
        return column - x
    }

    /// The grid as lines of text, continuation cells dropped: what a snapshot test compares.
    public var lines: [String] {
        (0..<height).map { y in
            var line = ""
            for x in 0..<width where self[x, y].width > 0 { line.append(self[x, y].character) }
            return line
        }
    }

    /// The role at every cell of a row, for asserting colour by role.
    public func roles(row y: Int) -> [StyleRole] { (0..<width).map { self[$0, y].role } }
}
