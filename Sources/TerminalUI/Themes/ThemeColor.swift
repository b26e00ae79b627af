/// A colour as a theme writes it: the terminal's own, one of the 16 named ANSI colours, 0–255, or #rrggbb.
public enum ThemeColor: Hashable, Sendable {
    case terminalDefault
    case indexed(Int)
    case rgb(UInt8, UInt8, UInt8)

    public static let names = ["black", "red", "green", "yellow", "blue", "magenta", "cyan", "white"]

    /// Parses `default`, a colour name (`bright-red`), `0`–`255`, or `#rrggbb`.
    public init?(_ text: String) {
        let lower = text.lowercased()
        if lower == "default" {
            self = .terminalDefault
            return
        }
        if let index = Self.names.firstIndex(of: lower) {
            self = .indexed(index)
            return
        }
        if lower.hasPrefix("bright-"), let index = Self.names.firstIndex(of: String(lower.dropFirst(7))) {
            self = .indexed(index + 8)
            return
        }
        if let number = Int(lower), (0...255).contains(number) {
            self = .indexed(number)
            return
        }
        if lower.hasPrefix("#"), lower.count == 7, let value = UInt32(lower.dropFirst(), radix: 16) {
            self = .rgb(UInt8(value >> 16 & 0xFF), UInt8(value >> 8 & 0xFF), UInt8(value & 0xFF))
            return
        }
        return nil
    }

    /// The colour as the terminal can show it: 256, 16 or 8 colours, or none (nil).
    public func downgraded(to colours: Int) -> ThemeColor? {
        switch self {
        case .terminalDefault: return colours > 0 ? self : nil
        case .indexed(let n) where n < colours: return self
        case .indexed(let n) where n < 16 && colours >= 8: return .indexed(n - 8)  // bright to normal
        default:
            guard colours >= 8 else { return nil }
            let (r, g, b) = rgbValue
            if colours >= 256 { return .indexed(Self.nearest256(r, g, b)) }
            return .indexed(Self.nearestANSI(r, g, b, count: min(colours, 16)))
        }
    }

    var rgbValue: (Int, Int, Int) {
        switch self {
        case .terminalDefault: return (0, 0, 0)
        case .rgb(let r, let g, let b): return (Int(r), Int(g), Int(b))
        case .indexed(let n) where n < 16: return Self.ansiPalette[n]
        case .indexed(let n) where n >= 232:
            let v = 8 + (n - 232) * 10
            return (v, v, v)
        case .indexed(let n):
            let steps = [0, 95, 135, 175, 215, 255]
            let i = n - 16
            return (steps[i / 36], steps[(i / 6) % 6], steps[i % 6])
        }
    }

    static let ansiPalette: [(Int, Int, Int)] = [
        (0, 0, 0), (205, 0, 0), (0, 205, 0), (205, 205, 0), (0, 0, 238), (205, 0, 205), (0, 205, 205), (229, 229, 229),
        (127, 127, 127), (255, 0, 0), (0, 255, 0), (255, 255, 0), (92, 92, 255), (255, 0, 255), (0, 255, 255),
        (255, 255, 255),
    ]

    static func nearest256(_ r: Int, _ g: Int, _ b: Int) -> Int {
        (16...255).min {
            distance(ThemeColor.indexed($0).rgbValue, (r, g, b)) < distance(ThemeColor.indexed($1).rgbValue, (r, g, b))
        }!
    }

    static func nearestANSI(_ r: Int, _ g: Int, _ b: Int, count: Int) -> Int {
        (0..<count).min { distance(ansiPalette[$0], (r, g, b)) < distance(ansiPalette[$1], (r, g, b)) }!
    }

    private static func distance(_ a: (Int, Int, Int), _ b: (Int, Int, Int)) -> Int {
        let (dr, dg, db) = (a.0 - b.0, a.1 - b.1, a.2 - b.2)
        return dr * dr + dg * dg + db * db
    }
}
