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
