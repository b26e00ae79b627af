/// The `?` overlay: every binding with its keys and help, greyed when not available now. A help line too
/// long for the window wraps under itself rather than being cut, and the list scrolls when it is taller.
/// Entries come in sections, a blank row between them, each with a keys column as wide as its own keys:
/// a section of long keys (the command line's words) does not push the others' help across.
public enum HelpOverlay {
    public typealias Entry = (keys: String, help: String, enabled: Bool)

    /// One screen row: the keys on an entry's first line only, and the keys column of its section.
    struct Row {
        var keys: String
        var help: String
        var enabled: Bool
        var keyWidth: Int
    }

    /// The box the overlay takes in `area`, and its rows, wrapped to the box.
    static func layout(_ sections: [[Entry]], in area: Rect, ascii: Bool) -> (box: Rect, rows: [Row]) {
        // Widths as drawn: in ASCII, "…" is drawn "...", which a width taken of the text itself would miss.
        func width(_ text: String) -> Int { DisplayWidth.of(SafeText.escape(text, asciiOnly: ascii)) }
        let sections = sections.filter { !$0.isEmpty }
        let keyWidths = sections.map { section in min(16, (section.map { width($0.keys) }.max() ?? 0) + 2) }
        let widest = zip(sections, keyWidths).map { section, keyWidth in
            keyWidth + (section.map { width($0.help) }.max() ?? 0) + 4
        }
        let boxWidth = min(area.width - 2, max(40, widest.max() ?? 0))
        var rows: [Row] = []
        for (section, keyWidth) in zip(sections, keyWidths) {
            if !rows.isEmpty { rows.append(Row(keys: "", help: "", enabled: true, keyWidth: keyWidth)) }
            rows += section.flatMap { entry in
                TextFit.wrap(entry.help, to: max(10, boxWidth - keyWidth - 4), maxLines: 20).enumerated().map {
                    Row(keys: $0 == 0 ? entry.keys : "", help: $1, enabled: entry.enabled, keyWidth: keyWidth)
                }
            }
        }
        return (area.centred(width: boxWidth, height: min(area.height - 2, rows.count + 3)), rows)
    }

    /// How far the list can scroll in `area`: zero when it all fits.
    public static func maximumScroll(_ sections: [[Entry]], in area: Rect, ascii: Bool = false) -> Int {
        let (box, rows) = layout(sections, in: area, ascii: ascii)
        return max(0, rows.count - (box.height - 3))
    }

    public static func maximumScroll(_ entries: [Entry], in area: Rect, ascii: Bool = false) -> Int {
        maximumScroll([entries], in: area, ascii: ascii)
    }

    public static func render(
        _ entries: [Entry], title: String = "Keys", scroll: Int = 0, closedBy closeKeys: [String],
        scrolledBy scrollKeys: String?, into grid: inout Grid, _ area: Rect, ascii: Bool = false
    ) {
        render(
            sections: [entries], title: title, scroll: scroll, closedBy: closeKeys, scrolledBy: scrollKeys,
            into: &grid, area, ascii: ascii)
    }

    /// `closeKeys` and `scrollKeys` are the caller's keymap's, so the hint never drifts from dispatch; nil
    /// `scrollKeys` for an overlay its caller does not scroll.
    public static func render(
        sections: [[Entry]], title: String = "Keys", scroll: Int = 0, closedBy closeKeys: [String],
        scrolledBy scrollKeys: String?, into grid: inout Grid, _ area: Rect, ascii: Bool = false
    ) {
        let (box, rows) = layout(sections, in: area, ascii: ascii)
        grid.fill(box, role: .help)
        Border.draw(into: &grid, box, title: title, role: .border, ascii: ascii)
        let inner = box.inset(1)
        let visible = max(0, inner.height - 1)
        let first = min(max(0, scroll), max(0, rows.count - visible))
        for (offset, row) in rows.dropFirst(first).prefix(visible).enumerated() {
            grid.put(
                row.keys, x: inner.x + 1, y: inner.y + offset, limit: row.keyWidth,
                role: row.enabled ? .footerKey : .dim, ascii: ascii)
            grid.put(
                row.help, x: inner.x + 1 + row.keyWidth, y: inner.y + offset, limit: inner.width - row.keyWidth - 2,
                role: row.enabled ? .help : .dim, ascii: ascii)
        }
        // The keys that close it, as the caller's keymap binds them: never a hint that drifts from dispatch.
        let closers =
            closeKeys.count > 1
            ? closeKeys.dropLast().joined(separator: ", ") + " or " + closeKeys.last! : closeKeys.joined()
        var hint = "\(closers) to close"
        if rows.count > visible {
            hint =
                "\(first + 1)-\(first + visible) of \(rows.count)\(scrollKeys.map { ", \($0) scroll" } ?? "");"
                + " \(closeKeys.first ?? "") closes"
        }
        grid.put(hint, x: inner.x + 1, y: inner.maxY - 1, limit: inner.width - 2, role: .dim, ascii: ascii)
    }
}
