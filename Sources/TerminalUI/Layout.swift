/// How much of a split a part takes.
public enum Constraint: Hashable, Sendable {
    /// Exactly this many cells (fewer if there is not room).
    case length(Int)
    /// This percentage of the whole.
    case percentage(Int)
    /// A share of what is left after lengths and percentages, by weight.
    case fill(Int)
}

public enum Axis: Sendable { case horizontal, vertical }

extension Rect {
    /// Splits the rectangle along `axis` by constraints, in order; the parts always add up to the whole.
    public func split(_ axis: Axis, _ constraints: [Constraint]) -> [Rect] {
        let total = axis == .vertical ? height : width
        var sizes = constraints.map { constraint -> Int in
            switch constraint {
            case .length(let n): max(0, n)
            case .percentage(let p): total * max(0, min(100, p)) / 100
            case .fill: 0
            }
        }
        var fixed = sizes.reduce(0, +)
        // Not enough room: take from the last fixed parts first, so headers and status bars survive.
        var index = sizes.count - 1
        while fixed > total, index >= 0 {
            let cut = min(sizes[index], fixed - total)
            sizes[index] -= cut
            fixed -= cut
            index -= 1
        }
        let weights = constraints.map { if case .fill(let w) = $0 { max(1, w) } else { 0 } }
        let weightSum = weights.reduce(0, +)
        var left = total - fixed
        if weightSum > 0 {
            var given = 0
            for i in sizes.indices where weights[i] > 0 {
                sizes[i] = left * weights[i] / weightSum
                given += sizes[i]
            }
            // Rounding remainder to the last fill part.
            if let last = weights.lastIndex(where: { $0 > 0 }) { sizes[last] += left - given }
            left = 0
        }
        var offset = axis == .vertical ? y : x
        return sizes.map { size in
            defer { offset += size }
            return axis == .vertical
                ? Rect(x: x, y: offset, width: width, height: size) : Rect(x: offset, y: y, width: size, height: height)
        }
    }

    /// A rectangle of at most `width`×`height`, centred in this one.
    public func centred(width w: Int, height h: Int) -> Rect {
        let cw = min(w, width), ch = min(h, height)
        return Rect(x: x + (width - cw) / 2, y: y + (height - ch) / 2, width: cw, height: ch)
    }
}

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
