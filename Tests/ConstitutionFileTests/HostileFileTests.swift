import ConstitutionFile
import Foundation
import MeetingKit
import TerminalUI
import TestSupport
import Testing

/// Constitution and theme files as an attacker or an unlucky editor writes them: every one is an error with
/// its file and line, never an abort.
@Suite("Hostile constitution and theme files")
struct HostileFileTests {
    private func constitutionProblem(_ text: String) -> String? {
        do {
            _ = try ConstitutionLoader.load(text: text, file: "c.toml")
            return nil
        } catch {
            return error.problems.map(\.description).joined(separator: "\n")
        }
    }

    private func themeProblem(_ text: String) -> String? {
        do {
            _ = try ThemeLoader.load(text: text, file: "t.toml")
            return nil
        } catch {
            return error.description
        }
    }

    @Test("a table header whose key cannot start as written is an error with its line, not an abort (TOMLKit issue 30)")
    func malformedHeaders() {
        for (text, line) in [("[\\]\n", 1), ("[é]\n", 1), ("[.a]\n", 1), ("[[\\]]\n", 1), ("[[[1]]]\n", 1), ("name = \"x\"\n\n[ \\ ]\n", 3),
                             ("a = \"\"\"\n[\n\"\"\"\n[\u{7}]\n", 4)] {
            let problem = constitutionProblem(text)
            #expect(problem?.hasPrefix("c.toml:\(line): not valid TOML: a table header's key must start with") == true, "\(text.debugDescription): \(problem ?? "accepted")")
            #expect(themeProblem(text)?.hasPrefix("t.toml:\(line):") == true)
        }
        // What only looks like a header: a nested array value, a header inside a multi-line string.
        #expect(constitutionProblem("a = [\n  [ +1 ],\n]\n")?.contains("table header") == false)
        #expect(constitutionProblem("a = '''\n[\\]\n'''\n")?.contains("table header") == false)
    }

    @Test("#23: a dotted key or header of 100,000 parts, deep arrays and inline tables, and an oversized file are each an error with file:line, never a crash")
    func deepNesting() {
        let parts = Array(repeating: "a", count: 100_000).joined(separator: ".")
        let cases: [(text: String, line: Int)] = [
            ("name = \"x\"\n\(parts) = 1\n", 2),
            ("[\(parts)]\nx = 1\n", 1),
            ("[[\(parts)]]\n", 1),
            ("# a comment\n\n[seats]\n\"q.q\".\(parts) = 1\n", 4),
            ("x = { \(parts) = 1 }\n", 1),
            ("x = \(String(repeating: "[", count: 100_000))\n", 1),
            ("x = \(String(repeating: "{ a = ", count: 50_000))\n", 1),
            // Shallow apiece, too deep together: a header's parts, then a key's.
            ("[\(Array(repeating: "t", count: 40).joined(separator: "."))]\n\(Array(repeating: "k", count: 40).joined(separator: ".")) = 1\n", 2),
        ]
        for (text, line) in cases {
            let problem = constitutionProblem(text)
            #expect(problem?.hasPrefix("c.toml:\(line): values nest") == true, "\(text.prefix(40)): \(problem?.prefix(200) ?? "accepted")")
            #expect(themeProblem(text)?.hasPrefix("t.toml:\(line): values nest") == true)
        }
        let huge = "name = \"x\"\n" + String(repeating: "# \(String(repeating: "-", count: 1000))\n", count: 1100)
        #expect(constitutionProblem(huge)?.hasPrefix("c.toml:1047: the file is longer than 1024 KiB") == true, "\(constitutionProblem(huge) ?? "accepted")")
        // What is not deep stays the parser's to judge: dots inside strings and values count for nothing.
        let dotted = "a = \"\(parts)\"\nb = 1.5\nc = [1.5, 2.5]\n\"\(parts)\" = 1\n"
        #expect(constitutionProblem(dotted)?.contains("values nest") == false)
        #expect(constitutionProblem("[\(Array(repeating: "t", count: 30).joined(separator: "."))]\nk = { a.b = [[1]] }\n")?.contains("values nest") == false)
    }

    @Test("#23: fuzz: random nesting of headers, dotted keys, arrays and inline tables loads or names file and line, never crashes")
    func nestingFuzz() {
        var generator = FuzzBudget.generator(23)
        for _ in 0..<min(FuzzBudget.iterations, 300) {
            var text = ""
            for _ in 0..<Int.random(in: 1...4, using: &generator) {
                let depth = Int.random(in: 1...400, using: &generator)
                let key = (0..<depth).map { _ in ["a", "\"b.c\"", "'d'", "1", "e-f"].randomElement(using: &generator)! }.joined(separator: ".")
                switch Int.random(in: 0..<5, using: &generator) {
                case 0: text += "[\(key)]\n"
                case 1: text += "[[\(key)]]\n"
                case 2: text += "\(key) = 1\n"
                case 3: text += "x = \(String(repeating: "[", count: depth))1\(String(repeating: "]", count: depth))\n"
                default: text += "x = \(String(repeating: "{ k.l = ", count: depth))1\(String(repeating: " }", count: depth))\n"
                }
            }
            let problem = constitutionProblem(text)
            #expect(problem == nil || problem!.hasPrefix("c.toml:"), "\(problem ?? "")")
        }
    }

    @Test("rule V2: a fraction rule's denominator is bounded, so no count or product can overflow")
    func boundedFractions() {
        let huge = ShippedConstitution.hnbELG.text.replacingOccurrences(of: "decision = \"simple-majority\"", with: "decision = \"9223372036854775807/9223372036854775807\"")
        #expect(constitutionProblem(huge)?.contains("rules.decision: 9223372036854775807/9223372036854775807 has a denominator above 1000") == true)
        let rule = DecisionRule(fileName: "9223372036854775807/9223372036854775807")
        #expect(rule?.problem?.contains("denominator above 1000") == true)
        #expect(DecisionRule(fileName: "999/1000")?.problem == nil)
        #expect(DecisionRule(fileName: "1000/1001")?.problem != nil)
    }
}

@Suite("A constitution's time zone")
struct ConstitutionTimeZoneTests {
    @Test("time_zone names where the body meets; an unknown one is an error with its line; the shipped ones meet in London")
    func timeZone() {
        for shipped in ShippedConstitution.allCases { #expect(shipped.constitution.timeZone == "Europe/London") }
        #expect(ShippedConstitution.hnbELG.constitution.zone.identifier == "Europe/London")
        let text = ShippedConstitution.hnbELG.text.replacingOccurrences(of: "time_zone = \"Europe/London\"", with: "time_zone = \"Mars/Olympus\"")
        do {
            _ = try ConstitutionLoader.load(text: text, file: "c.toml")
            Issue.record("an unknown time zone was accepted")
        } catch {
            #expect(error.problems.map(\.description).contains { $0.hasPrefix("c.toml:7: time_zone: unknown time zone 'Mars/Olympus'") }, "\(error.problems)")
        }
    }
}
