/// A one-line bar with text at the left and the right; the right side wins when space is short.
public struct StatusBar: Sendable {
    public var left: [(text: String, role: StyleRole)]
    public var right: [(text: String, role: StyleRole)]

    public init(left: [(text: String, role: StyleRole)], right: [(text: String, role: StyleRole)] = []) {
        self.left = left
        self.right = right
    }

    public func render(into grid: inout Grid, _ area: Rect, ascii: Bool = false) {
        guard !area.isEmpty else { return }
        grid.fill(Rect(x: area.x, y: area.y, width: area.width, height: 1), role: .statusBar)
        // Right parts, one space apart, end one column before the edge; left parts, two apart, stop two
        // columns short of them.
        let widths = right.map { DisplayWidth.of(SafeText.escape($0.text, asciiOnly: ascii)) }
        let rightWidth = min(area.width, widths.reduce(0, +) + max(0, widths.count - 1) + 1)
        var x = area.maxX - rightWidth
        for part in right where x < area.maxX {
            x += grid.put(part.text, x: x, y: area.y, limit: area.maxX - x, role: part.role, ascii: ascii) + 1
        }
        var leftX = area.x + 1
        let leftLimit = area.maxX - rightWidth - 2
        for part in left where leftX < leftLimit {
            leftX +=
                grid.put(part.text, x: leftX, y: area.y, limit: leftLimit - leftX, role: part.role, ascii: ascii) + 2
        }
    }
}
