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
