import Foundation

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
