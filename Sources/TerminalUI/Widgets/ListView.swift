/// A scrolling list of lines with a selected one: matters arising, the event log, completion choices.
public struct ListView: Sendable {
    public var items: [(text: String, role: StyleRole)]
    public var position: ScrollPosition

    public init(items: [(text: String, role: StyleRole)], position: ScrollPosition) {
        self.items = items
        self.position = position
    }

    public func render(into grid: inout Grid, _ area: Rect, ascii: Bool = false) {
        guard area.height > 0 else { return }
        let offset = position.firstShown(visible: area.height, count: items.count)
        for line in 0..<min(area.height, items.count - offset) {
            let index = offset + line
            let role = index == position.selected ? .selected : items[index].role
            grid.fill(Rect(x: area.x, y: area.y + line, width: area.width, height: 1), role: role)
            grid.put(
                items[index].text, x: area.x + 1, y: area.y + line, limit: area.width - 2, role: role, ascii: ascii)
        }
        // A scroll mark shows there is more above or below.
        if offset > 0 { grid.put(ascii ? "^" : "▲", x: area.maxX - 1, y: area.y, role: .dim, ascii: ascii) }
        if offset + area.height < items.count {
            grid.put(ascii ? "v" : "▼", x: area.maxX - 1, y: area.maxY - 1, role: .dim, ascii: ascii)
        }
    }
}
