/// The `?` overlay: every binding with its keys and help, greyed when not available now. A help line too
/// long for the window wraps under itself rather than being cut, and the list scrolls when it is taller.
public enum HelpOverlay {
    public typealias Entry = (keys: String, help: String, enabled: Bool)

    /// The box the overlay takes in `area`, and the width of its keys column.
    static func layout(_ entries: [Entry], in area: Rect) -> (box: Rect, keyWidth: Int) {
        let keyWidth = min(16, (entries.map { DisplayWidth.of($0.keys) }.max() ?? 0) + 2)
        let width = min(area.width - 2, max(40, keyWidth + (entries.map { DisplayWidth.of($0.help) }.max() ?? 0) + 4))
        let rows = wrapped(entries, textWidth: width - keyWidth - 4).count
        return (area.centred(width: width, height: min(area.height - 2, rows + 3)), keyWidth)
    }

    /// One screen row per wrapped line: the keys on an entry's first line only.
    static func wrapped(_ entries: [Entry], textWidth: Int) -> [Entry] {
        entries.flatMap { entry in
            TextFit.wrap(entry.help, to: max(10, textWidth), maxLines: 20).enumerated().map { index, line in
                (index == 0 ? entry.keys : "", line, entry.enabled)
            }
        }
    }

    /// How far the list can scroll in `area`: zero when it all fits.
    public static func maximumScroll(_ entries: [Entry], in area: Rect) -> Int {
        let (box, keyWidth) = layout(entries, in: area)
        let rows = wrapped(entries, textWidth: box.width - keyWidth - 4).count
        return max(0, rows - (box.height - 3))
    }

    public static func render(
        _ entries: [Entry], title: String = "Keys", scroll: Int = 0, closedBy closeKeys: [String] = ["Esc"],
        into grid: inout Grid, _ area: Rect, ascii: Bool = false
    ) {
        let (box, keyWidth) = layout(entries, in: area)
        grid.fill(box, role: .help)
        Border.draw(into: &grid, box, title: title, role: .border, ascii: ascii)
        let inner = box.inset(1)
        let rows = wrapped(entries, textWidth: box.width - keyWidth - 4)
        let visible = max(0, inner.height - 1)
        let first = min(max(0, scroll), max(0, rows.count - visible))
        for (offset, row) in rows.dropFirst(first).prefix(visible).enumerated() {
            grid.put(
                row.keys, x: inner.x + 1, y: inner.y + offset, limit: keyWidth, role: row.enabled ? .footerKey : .dim,
                ascii: ascii)
            grid.put(
                row.help, x: inner.x + 1 + keyWidth, y: inner.y + offset, limit: inner.width - keyWidth - 2,
                role: row.enabled ? .help : .dim, ascii: ascii)
        }
        // The keys that close it, as the caller's keymap binds them: never a hint that drifts from dispatch.
        let closers =
            closeKeys.count > 1
            ? closeKeys.dropLast().joined(separator: ", ") + " or " + closeKeys.last! : closeKeys.joined()
        var hint = "\(closers) to close"
        if rows.count > visible {
            hint =
                "\(first + 1)-\(first + visible) of \(rows.count), " + (ascii ? "Up/Down" : "↑↓")
                + " scroll; \(closeKeys.first ?? "Esc") closes"
        }
        grid.put(hint, x: inner.x + 1, y: inner.maxY - 1, limit: inner.width - 2, role: .dim, ascii: ascii)
    }
}
