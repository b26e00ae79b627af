/// A selected row and the first row shown, for widgets that scroll a list. The owner of the state keeps it
/// (the console's model, as each change of state leaves it) and `reveal`s the selection; a widget only draws
/// from `offset`.
public struct ScrollPosition: Hashable, Sendable {
    public var selected: Int?
    public private(set) var offset: Int

    public init(selected: Int?, offset: Int = 0) {
        self.selected = selected
        self.offset = max(0, offset)
    }

    /// The first row to draw of `count`, `visible` at a time: never past the end, whatever the list became.
    public func firstShown(visible: Int, count: Int) -> Int { max(0, min(offset, count - visible)) }

    /// Scrolls so the selection is among the `visible` rows shown, never past the end of `count`.
    public mutating func reveal(visible: Int, count: Int) {
        if let selected {
            if selected < offset { offset = selected }
            if selected >= offset + visible { offset = selected - visible + 1 }
        }
        offset = max(0, min(offset, max(0, count - visible)))
    }
}
