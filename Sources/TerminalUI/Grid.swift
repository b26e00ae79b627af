/// The semantic role of a cell: screens say what a thing is, themes say how it looks.
public enum StyleRole: String, CaseIterable, Hashable, Sendable {
    case normal, dim, selected, header, title, border
    case statusBar = "status-bar"
    case footerKey = "footer-key"
    case footerLabel = "footer-label"
    case input
    case quorumOK = "quorum-ok"
    case quorumLost = "quorum-lost"
    case voteFor = "vote-for"
    case voteAgainst = "vote-against"
    case voteAbstain = "vote-abstain"
    case refusal, warning, confidential, help
}

/// One terminal cell: a grapheme, its width, and its role. A wide character is followed by a
/// continuation cell (width 0) that holds nothing of its own.
public struct Cell: Hashable, Sendable {
    public var character: Character
    public var width: Int
    public var role: StyleRole

    public static let blank = Cell(character: " ", width: 1, role: .normal)
    public static func continuation(_ role: StyleRole) -> Cell { Cell(character: " ", width: 0, role: role) }
}

/// A rectangle of the screen, in columns and rows.
public struct Rect: Hashable, Sendable {
    public var x: Int
    public var y: Int
    public var width: Int
    public var height: Int

    public init(x: Int, y: Int, width: Int, height: Int) {
        self.x = x
        self.y = y
        self.width = max(0, width)
        self.height = max(0, height)
    }

    public var maxX: Int { x + width }
    public var maxY: Int { y + height }
    public var isEmpty: Bool { width == 0 || height == 0 }

    /// The rectangle with `n` cells taken off every side.
    public func inset(_ n: Int) -> Rect { Rect(x: x + n, y: y + n, width: width - 2 * n, height: height - 2 * n) }
}

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

/// Fitting text into columns.
public enum TextFit {
    /// Cuts `text` to at most `columns` display columns, ending in `ellipsis` when cut. A wide character
    /// that would straddle the edge is dropped whole.
    /// The text is measured and cut as it is shown: escaped (`SafeText`), a TAB as `^I`, a soft hyphen as
    /// `<U+00AD>`; drawing escapes it again and finds nothing more to escape.
    public static func truncate(_ text: String, to columns: Int, ellipsis: String = "…") -> String {
        guard columns > 0 else { return "" }
        let text = SafeText.escape(text)
        if DisplayWidth.of(text) <= columns { return text }
        let room = columns - DisplayWidth.of(ellipsis)
        guard room >= 0 else { return String(ellipsis.prefix(columns)) }
        var out = ""
        var used = 0
        for character in text {
            let w = DisplayWidth.of(character)
            if used + w > room { break }
            out.append(character)
            used += w
        }
        return out + ellipsis
    }

    /// Pads or truncates to exactly `columns`.
    public static func fit(_ text: String, to columns: Int, ellipsis: String = "…") -> String {
        let cut = truncate(text, to: columns, ellipsis: ellipsis)
        return cut + String(repeating: " ", count: max(0, columns - DisplayWidth.of(cut)))
    }
}

extension TextFit {
    /// Breaks `text` into lines of at most `columns`, at spaces where it can; at most `maxLines`, the last
    /// ending in an ellipsis when cut.
    /// Measured as shown, escaped, like `truncate`: an escaped character takes the columns it is drawn in.
    public static func wrap(_ text: String, to columns: Int, maxLines: Int) -> [String] {
        guard columns > 0, maxLines > 0 else { return [] }
        let text = SafeText.escape(text)
        var lines: [String] = []
        var current = ""
        for word in text.split(separator: " ", omittingEmptySubsequences: true).map(String.init) {
            let candidate = current.isEmpty ? word : current + " " + word
            if DisplayWidth.of(candidate) <= columns {
                current = candidate
                continue
            }
            if !current.isEmpty { lines.append(current) }
            current = word
        }
        if !current.isEmpty { lines.append(current) }
        guard lines.count > maxLines else { return lines.map { truncate($0, to: columns) } }
        var kept = Array(lines.prefix(maxLines))
        kept[maxLines - 1] = truncate(kept[maxLines - 1] + " " + lines[maxLines...].joined(separator: " "), to: columns)
        return kept.map { truncate($0, to: columns) }
    }
}
