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
