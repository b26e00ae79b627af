/// Large digits and capitals for what a room must read from the back (tallies, CARRIED, QUORATE),
/// scaled to the space given.
public enum BlockText {
    /// A 3×5 font; each "#" becomes a block of scale×scale cells. Characters it lacks draw as "-".
    static let font: [Character: [String]] = [
        "0": ["###", "# #", "# #", "# #", "###"], "1": [" # ", "## ", " # ", " # ", "###"],
        "2": ["###", "  #", "###", "#  ", "###"], "3": ["###", "  #", " ##", "  #", "###"],
        "4": ["# #", "# #", "###", "  #", "  #"], "5": ["###", "#  ", "###", "  #", "###"],
        "6": ["###", "#  ", "###", "# #", "###"], "7": ["###", "  #", "  #", "  #", "  #"],
        "8": ["###", "# #", "###", "# #", "###"], "9": ["###", "# #", "###", "  #", "###"],
        "-": ["   ", "   ", "###", "   ", "   "], " ": ["   ", "   ", "   ", "   ", "   "],
        "/": ["  #", "  #", " # ", "#  ", "#  "], ":": ["   ", " # ", "   ", " # ", "   "],
        "A": [" # ", "# #", "###", "# #", "# #"], "C": [" ##", "#  ", "#  ", "#  ", " ##"],
        "D": ["## ", "# #", "# #", "# #", "## "], "E": ["###", "#  ", "## ", "#  ", "###"],
        "I": ["###", " # ", " # ", " # ", "###"], "L": ["#  ", "#  ", "#  ", "#  ", "###"],
        "N": ["# #", "###", "###", "# #", "# #"], "O": [" # ", "# #", "# #", "# #", " # "],
        "Q": [" # ", "# #", "# #", "## ", " ##"], "R": ["## ", "# #", "## ", "# #", "# #"],
        "S": [" ##", "#  ", " # ", "  #", "## "], "T": ["###", " # ", " # ", " # ", " # "],
        "U": ["# #", "# #", "# #", "# #", "###"], "V": ["# #", "# #", "# #", "# #", " # "],
        "B": ["## ", "# #", "## ", "# #", "## "], "F": ["###", "#  ", "## ", "#  ", "#  "],
        "G": [" ##", "#  ", "# #", "# #", " ##"], "H": ["# #", "# #", "###", "# #", "# #"],
        "J": ["  #", "  #", "  #", "# #", " # "], "K": ["# #", "# #", "## ", "# #", "# #"],
        "M": ["# #", "###", "###", "# #", "# #"], "P": ["## ", "# #", "## ", "#  ", "#  "],
        "W": ["# #", "# #", "###", "###", "# #"], "X": ["# #", "# #", " # ", "# #", "# #"],
        "Y": ["# #", "# #", " # ", " # ", " # "], "Z": ["###", "  #", " # ", "#  ", "###"],
        "'": [" # ", " # ", "   ", "   ", "   "], ",": ["   ", "   ", "   ", " # ", "#  "],
        ".": ["   ", "   ", "   ", "   ", " # "], "&": [" # ", "# #", " # ", "# #", " ##"],
        "(": [" # ", "#  ", "#  ", "#  ", " # "], ")": [" # ", "  #", "  #", "  #", " # "],
        "?": ["## ", "  #", " # ", "   ", " # "], "!": [" # ", " # ", " # ", "   ", " # "],
    ]

    /// Whether every character of `text` has a glyph, so drawing it large loses nothing.
    public static func canDraw(_ text: String) -> Bool { text.allSatisfy { font[$0] != nil } }

    /// The largest scale at which `text` fits in `width`×`height` (0 if it does not fit at all).
    public static func scale(for text: String, width: Int, height: Int) -> Int {
        let count = text.count
        guard count > 0 else { return 0 }
        var scale = 1
        while (count * 4 - 1) * (scale + 1) <= width && 5 * (scale + 1) <= height { scale += 1 }
        return (count * 4 - 1) * scale <= width && 5 * scale <= height ? scale : 0
    }

    /// The text as lines, at `scale`, with one column (scaled) between digits.
    public static func lines(_ text: String, scale: Int, ascii: Bool = false) -> [String] {
        let block: Character = ascii ? "#" : "█"
        var rows = Array(repeating: "", count: 5 * scale)
        for (index, digit) in text.enumerated() {
            let glyph = font[digit] ?? font["-"]!
            for (r, pattern) in glyph.enumerated() {
                var line = pattern.map {
                    $0 == "#" ? String(repeating: block, count: scale) : String(repeating: " ", count: scale)
                }.joined()
                if index < text.count - 1 { line += String(repeating: " ", count: scale) }
                for s in 0..<scale { rows[r * scale + s] += line }
            }
        }
        return rows
    }

    /// Draws `text` as large as fits in `area` (at most `maxScale`), centred; falls back to plain text
    /// when nothing fits. Returns the scale drawn at (0 for plain text).
    @discardableResult
    public static func render(
        _ text: String, into grid: inout Grid, _ area: Rect, role: StyleRole, maxScale: Int = .max, ascii: Bool = false
    ) -> Int {
        let scale = min(maxScale, scale(for: text, width: area.width, height: area.height))
        guard scale > 0 else {
            grid.put(
                text, x: area.x + max(0, (area.width - text.count) / 2), y: area.y + area.height / 2, limit: area.width,
                role: role, ascii: ascii)
            return 0
        }
        let rendered = lines(text, scale: scale, ascii: ascii)
        let top = area.y + (area.height - rendered.count) / 2
        let left = area.x + (area.width - (rendered.first?.count ?? 0)) / 2
        for (offset, line) in rendered.enumerated() {
            grid.put(line, x: left, y: top + offset, role: role, ascii: ascii)
        }
        return scale
    }
}
