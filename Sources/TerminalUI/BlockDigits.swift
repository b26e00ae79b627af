/// Large digits for tallies that a room can read from the back, scaled to the space given.
public enum BlockDigits {
    /// A 3×5 font; each "#" becomes a block of scale×scale cells.
    static let font: [Character: [String]] = [
        "0": ["###", "# #", "# #", "# #", "###"], "1": [" # ", "## ", " # ", " # ", "###"],
        "2": ["###", "  #", "###", "#  ", "###"], "3": ["###", "  #", " ##", "  #", "###"],
        "4": ["# #", "# #", "###", "  #", "  #"], "5": ["###", "#  ", "###", "  #", "###"],
        "6": ["###", "#  ", "###", "# #", "###"], "7": ["###", "  #", "  #", "  #", "  #"],
        "8": ["###", "# #", "###", "# #", "###"], "9": ["###", "# #", "###", "  #", "###"],
        "-": ["   ", "   ", "###", "   ", "   "],
    ]

    /// The largest scale at which `text` fits in `width`×`height` (0 if it does not fit at all).
    public static func scale(for text: String, width: Int, height: Int) -> Int {
        let count = text.count
        guard count > 0 else { return 0 }
        var scale = 1
        while (count * 4 - 1) * (scale + 1) <= width && 5 * (scale + 1) <= height { scale += 1 }
        return (count * 4 - 1) * scale <= width && 5 * scale <= height ? scale : 0
    }

    /// The digits as lines, at `scale`, with one column (scaled) between digits.
    public static func lines(_ text: String, scale: Int, ascii: Bool = false) -> [String] {
        let block: Character = ascii ? "#" : "█"
        var rows = Array(repeating: "", count: 5 * scale)
        for (index, digit) in text.enumerated() {
            let glyph = font[digit] ?? font["-"]!
            for (r, pattern) in glyph.enumerated() {
                var line = pattern.map { $0 == "#" ? String(repeating: block, count: scale) : String(repeating: " ", count: scale) }.joined()
                if index < text.count - 1 { line += String(repeating: " ", count: scale) }
                for s in 0..<scale { rows[r * scale + s] += line }
            }
        }
        return rows
    }

    /// Draws `text` as large as fits in `area`, centred; falls back to plain text when nothing fits.
    public static func render(_ text: String, into grid: inout Grid, _ area: Rect, role: StyleRole, ascii: Bool = false) {
        let scale = scale(for: text, width: area.width, height: area.height)
        guard scale > 0 else {
            grid.put(text, x: area.x + max(0, (area.width - text.count) / 2), y: area.y + area.height / 2, limit: area.width, role: role, ascii: ascii)
            return
        }
        let rendered = lines(text, scale: scale, ascii: ascii)
        let top = area.y + (area.height - rendered.count) / 2
        let left = area.x + (area.width - (rendered.first?.count ?? 0)) / 2
        for (offset, line) in rendered.enumerated() { grid.put(line, x: left, y: top + offset, role: role, ascii: ascii) }
    }
}

/// The `?` overlay: every binding with its keys and help, greyed when not available now.
public enum HelpOverlay {
    public static func render(_ entries: [(keys: String, help: String, enabled: Bool)], title: String = "Keys", into grid: inout Grid, _ area: Rect, ascii: Bool = false) {
        let keyWidth = min(16, (entries.map { DisplayWidth.of($0.keys) }.max() ?? 0) + 2)
        let width = min(area.width - 2, max(40, keyWidth + (entries.map { DisplayWidth.of($0.help) }.max() ?? 0) + 4))
        let box = area.centred(width: width, height: min(area.height - 2, entries.count + 3))
        grid.fill(box, role: .help)
        Border.draw(into: &grid, box, title: title, role: .border, ascii: ascii)
        let inner = box.inset(1)
        for (index, entry) in entries.enumerated() where index < inner.height - 1 {
            let role: StyleRole = entry.enabled ? .help : .dim
            grid.put(entry.keys, x: inner.x + 1, y: inner.y + index, limit: keyWidth, role: entry.enabled ? .footerKey : .dim, ascii: ascii)
            grid.put(entry.help, x: inner.x + 1 + keyWidth, y: inner.y + index, limit: inner.width - keyWidth - 2, role: role, ascii: ascii)
        }
        grid.put("Esc or ? to close", x: inner.x + 1, y: inner.maxY - 1, limit: inner.width - 2, role: .dim, ascii: ascii)
    }
}
