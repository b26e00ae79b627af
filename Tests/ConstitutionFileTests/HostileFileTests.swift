import ConstitutionFile
import Foundation
import MeetingKit
import TerminalUI
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
