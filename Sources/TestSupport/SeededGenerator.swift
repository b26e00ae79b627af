import Foundation

/// SplitMix64: a small seeded generator, so a failing random sequence can be replayed from its seed.
public struct SeededGenerator: RandomNumberGenerator, Sendable {
    public var state: UInt64

    public init(state: UInt64) { self.state = state }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// How hard the fuzz tests push: a fixed seed and a bounded count in CI, so a run is repeatable and quick;
/// `GAVEL_FUZZ_ITERATIONS` and `GAVEL_FUZZ_SEED` for a longer or different run by hand (see the README).
public enum FuzzBudget {
    public static var iterations: Int {
        ProcessInfo.processInfo.environment["GAVEL_FUZZ_ITERATIONS"].flatMap(Int.init) ?? 2_000
    }

    public static var seed: UInt64 {
        ProcessInfo.processInfo.environment["GAVEL_FUZZ_SEED"].flatMap(UInt64.init) ?? 0x6A5E_1000
    }

    /// A fresh generator for one fuzz test, told apart from the others by `salt`.
    public static func generator(_ salt: UInt64) -> SeededGenerator { SeededGenerator(state: seed ^ salt) }
}

/// Mutations of well-formed text, as an unlucky editor or an attacker makes them: characters inserted
/// (chosen to stress the syntax at hand), deleted or repeated, lines swapped or doubled.
public enum Mutator {
    public static func mutate(_ text: String, alphabet: [String], using random: inout SeededGenerator) -> String {
        var characters = Array(text)
        for _ in 0..<Int.random(in: 1...4, using: &random) {
            let position = characters.isEmpty ? 0 : Int.random(in: 0..<characters.count, using: &random)
            switch Int.random(in: 0..<5, using: &random) {
            case 0, 1:
                characters.insert(contentsOf: alphabet.randomElement(using: &random)!, at: position)
            case 2:
                let length = min(characters.count - position, Int.random(in: 1...8, using: &random))
                if length > 0 { characters.removeSubrange(position..<(position + length)) }
            case 3:
                if !characters.isEmpty { characters.insert(characters[position], at: position) }
            default:
                var lines = String(characters).components(separatedBy: "\n")
                if lines.count > 1 {
                    let a = Int.random(in: 0..<lines.count, using: &random),
                        b = Int.random(in: 0..<lines.count, using: &random)
                    lines.swapAt(a, b)
                    if Bool.random(using: &random) { lines.insert(lines[a], at: b) }
                }
                characters = Array(lines.joined(separator: "\n"))
            }
        }
        return String(characters)
    }
}
