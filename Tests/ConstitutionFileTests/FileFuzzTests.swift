import ConstitutionFile
import Foundation
import MeetingKit
import TerminalUI
import TestSupport
import Testing

/// Mutated constitution and theme files by the thousand (FuzzBudget): each one loads or is refused with
/// problems that name the file, never an abort or a crash.
@Suite("Fuzzed constitution and theme files")
struct FileFuzzTests {
    /// What stresses TOML: brackets, quotes, escapes, dots, equals, comments, line breaks, non-ASCII, NUL.
    static let alphabet = ["[", "]", "[[", "]]", "\"", "'", "\"\"\"", "'''", "\\", ".", "=", "#", "\n", ",", "{", "}", "é", "\u{0}", "\u{1B}",
                           "-", "_", "1/0", "9223372036854775807", "0/0", " ", "\t", "true", "\u{202E}", "[é]", "[\\]", "𝕏"]

    @Test("every mutation of the shipped constitutions loads or names file and problem")
    func constitutions() throws {
        var random = FuzzBudget.generator(1)
        let sources = ShippedConstitution.allCases.map(\.text)
        var (loaded, refused) = (0, 0)
        for _ in 0..<FuzzBudget.iterations {
            let text = Mutator.mutate(sources.randomElement(using: &random)!, alphabet: Self.alphabet, using: &random)
            do {
                _ = try ConstitutionLoader.load(text: text, file: "fuzz.toml")
                loaded += 1
            } catch {
                refused += 1
                #expect(!error.problems.isEmpty && error.problems.allSatisfy { $0.file == "fuzz.toml" && !$0.message.isEmpty })
            }
        }
        #expect(loaded + refused == FuzzBudget.iterations)
        #expect(refused > FuzzBudget.iterations / 10, "the mutations broke almost nothing, so they tested little")
    }

    @Test("every mutation of the shipped themes loads or names file and problem")
    func themes() throws {
        var random = FuzzBudget.generator(2)
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../Themes").standardized
        let sources = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".toml") }
            .map { try String(contentsOf: folder.appendingPathComponent($0), encoding: .utf8) }
        var refused = 0
        for _ in 0..<FuzzBudget.iterations {
            let text = Mutator.mutate(sources.randomElement(using: &random)!, alphabet: Self.alphabet, using: &random)
            do { _ = try ThemeLoader.load(text: text, file: "fuzz.toml") } catch {
                refused += 1
                #expect(error.file == "fuzz.toml" && !error.message.isEmpty)
            }
        }
        #expect(refused > FuzzBudget.iterations / 10)
    }
}
