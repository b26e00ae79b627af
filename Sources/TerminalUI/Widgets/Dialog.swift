/// A boxed message with a title, lines, and the keys that answer it (a confirmation is one of these).
public struct Dialog: Sendable {
    public var title: String
    public var lines: [String]
    public var buttons: [String]
    public var role: StyleRole

    public init(title: String, lines: [String], buttons: [String], role: StyleRole = .normal) {
        self.title = title
        self.lines = lines
        self.buttons = buttons
        self.role = role
    }

    public func render(into grid: inout Grid, _ area: Rect, ascii: Bool = false) {
        // Lines wider than the area wrap inside the box rather than lose their ends (#24).
        let room = max(1, area.width - 6)
        let lines = self.lines.flatMap {
            DisplayWidth.of($0) <= room ? [$0] : TextFit.wrap($0, to: room, maxLines: .max)
        }
        let widest = min(
            room,
            max(
                DisplayWidth.of(title) + 4, lines.map { DisplayWidth.of($0) }.max() ?? 0,
                DisplayWidth.of(buttons.joined(separator: "   "))))
        let box = area.centred(width: widest + 4, height: lines.count + 4)
        Border.draw(into: &grid, box, title: title, role: role, ascii: ascii)
        let inner = box.inset(1)
        grid.fill(inner, role: role)
        for (index, line) in lines.enumerated() where index < inner.height - 1 {
            grid.put(line, x: inner.x + 1, y: inner.y + index, limit: inner.width - 2, role: role, ascii: ascii)
        }
        grid.put(
            buttons.joined(separator: "   "), x: inner.x + 1, y: inner.maxY - 1, limit: inner.width - 2,
            role: .footerKey, ascii: ascii)
    }
}
