/// Pieces of text, each in its own style, laid out left to right with a gap and wrapped onto the next row
/// where the next piece does not fit; a piece wider than a row is wrapped word by word. For a line of
/// counts or an outcome that must not lose its end at 80 columns (the motion screen's tally).
public enum FlowText {
    public static let gap = 3
    public static let maximumRows = 3

    /// Each piece's lines and where they go: (row, column, text).
    static func layout(
        _ pieces: [(text: String, role: StyleRole)], width: Int
    ) -> [(row: Int, x: Int, text: String, role: StyleRole)] {
        guard width > 0 else { return [] }
        var placed: [(row: Int, x: Int, text: String, role: StyleRole)] = []
        var row = 0, x = 0
        for piece in pieces {
            let need = DisplayWidth.of(SafeText.escape(piece.text))
            if x > 0 && x + need > width {
                row += 1
                x = 0
            }
            if need <= width - x {
                placed.append((row, x, piece.text, piece.role))
                x += need + gap
                continue
            }
            for (offset, line) in TextFit.wrap(piece.text, to: width, maxLines: maximumRows).enumerated() {
                if offset > 0 { row += 1 }
                placed.append((row, 0, line, piece.role))
                x = DisplayWidth.of(line) + gap
            }
        }
        return placed.filter { $0.row < maximumRows }
    }

    /// How many rows `pieces` take at `width`: at least one.
    public static func rows(_ pieces: [(text: String, role: StyleRole)], width: Int) -> Int {
        (layout(pieces, width: width).map(\.row).max() ?? 0) + 1
    }

    public static func render(
        _ pieces: [(text: String, role: StyleRole)], into grid: inout Grid, _ area: Rect, ascii: Bool = false
    ) {
        for piece in layout(pieces, width: area.width) where piece.row < area.height {
            grid.put(
                piece.text, x: area.x + piece.x, y: area.y + piece.row, limit: area.width - piece.x, role: piece.role,
                ascii: ascii)
        }
    }
}
