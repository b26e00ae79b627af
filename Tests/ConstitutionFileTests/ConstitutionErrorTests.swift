import ConstitutionFile
import MeetingKit
import Testing

/// A valid two-seat constitution; tests break one thing at a time.
private let valid = """
    name = "Test"
    body = "ELG"

    [project]
    name = "Project"

    [rules]
    quorum = "majority-of-seats"
    decision = "simple-majority"

    [[seat]]
    id = "a"
    partner = "Partner A"

    [[seat]]
    id = "b"
    partner = "Partner B"

    [people.a]
    representative = "Ann"
    proxy = "Pat"

    [people.b]
    representative = "Bob"
    proxy = ""
    """

private func problems(_ text: String) -> [ConstitutionFileError.Problem] {
    do {
        _ = try ConstitutionLoader.load(text: text, file: "test.toml")
        return []
    } catch {
        return error.problems
    }
}

@Suite("Constitution file errors name file, line and field")
struct ConstitutionErrorTests {
    @Test("the valid fixture loads")
    func validLoads() throws {
        let c = try ConstitutionLoader.load(text: valid, file: "test.toml")
        #expect(c.seats.map(\.id) == ["a", "b"])
        #expect(c.displayName(c.holders["b"]!.proxy!) == "(Partner B proxy)")
    }

    @Test("rule V2: a fraction rule at or below one half is refused with file, line and field")
    func weakDecisionRule() {
        for weak in ["1/2", "1/100", "5/10"] {
            let text = valid.replacingOccurrences(of: "decision = \"simple-majority\"", with: "decision = \"\(weak)\"")
            #expect(problems(text).map(\.description) == [
                "test.toml:9: rules.decision: \(weak) does not need more than half of the votes cast; a decision rule must need at least a simple majority (V2)"
            ])
        }
        let strong = valid.replacingOccurrences(of: "decision = \"simple-majority\"", with: "decision = \"3/5\"")
        #expect(problems(strong).isEmpty)
    }

    @Test("P2: a proxy for a seat that does not exist")
    func proxyForMissingSeat() {
        let found = problems(valid + "\n\n[people.c]\nproxy = \"Cy\"\n")
        #expect(found.map(\.description) == [
            "test.toml:27: people.c: a proxy for seat 'c', which does not exist; seats are a, b"
        ])
    }

    @Test("P2: one person as the representative of two seats")
    func oneRepresentativeTwoSeats() {
        let text = valid.replacingOccurrences(of: "representative = \"Bob\"", with: "representative = \"ann\"")
        #expect(problems(text).map(\.description) == [
            "test.toml:24: people.b.representative: ann already represents seat 'a'; one person cannot represent two seats"
        ])
    }

    @Test("P2: a missing representative")
    func missingRepresentative() {
        let text = valid.replacingOccurrences(of: "representative = \"Bob\"\n", with: "")
        let found = problems(text)
        #expect(found.first?.field == "people.b.representative")
        #expect(found.first?.line == 23)  // the [people.b] table, as the key is missing
        #expect(found.first?.message.contains("no representative (P2)") == true)
    }

    @Test("P2: a seat with no people at all")
    func seatWithoutPeople() {
        let text = valid + "\n\n[[seat]]\nid = \"c\"\npartner = \"Partner C\"\n"
        // No [people.c] table exists, so there is no line to point at: the field says where to add it.
        #expect(problems(text).map(\.description) == [
            "test.toml: people.c: seat 'c' has no representative (P2): add [people.c] with representative = \"…\""
        ])
    }

    @Test("V2: an unknown decision rule")
    func unknownRule() {
        let text = valid.replacingOccurrences(of: "\"simple-majority\"", with: "\"most-votes\"")
        let found = problems(text)
        #expect(found.count == 1)
        #expect(found.first?.line == 9)
        #expect(found.first?.field == "rules.decision")
        #expect(found.first?.message.hasPrefix("unknown rule 'most-votes'") == true)
    }

    @Test("Q2: an unknown quorum rule and a misspelt key are both reported, in line order")
    func severalProblems() {
        let text = valid.replacingOccurrences(of: "quorum = \"majority-of-seats\"", with: "quorum = \"most\"\nquorom = 3")
        #expect(problems(text).map { "\($0.line ?? 0) \($0.field ?? "")" } == ["8 rules.quorum", "9 rules.quorom"])
        let misspelt = problems(text).first { $0.field == "rules.quorom" }?.message ?? ""
        #expect(misspelt.hasPrefix("unknown key 'quorom'; the keys are "), "names the key: \(misspelt)")
        #expect(misspelt.contains("quorum"), "the spelling it meant is listed beside it: \(misspelt)")
    }

    @Test("B1: a key under an array of tables is named at its own line: a misspelt [[seats]], a [seat.extra] under the last seat")
    func keysUnderArraysOfTables() {
        let text = valid.replacingOccurrences(of: "[people.a]", with: "[seat.extra]\nnote = 1\n\n[[seats]]\nid = \"c\"\n\n[people.a]")
        // [seat.extra] takes the place of [people.a], line 19; [[seats]] is line 22.
        #expect(problems(text).map { "\($0.line ?? 0) \($0.field ?? "")" } == ["19 seat[1].extra", "22 seats"])
    }

    @Test("M4: a chair on an unknown seat")
    func chairUnknownSeat() {
        let found = problems(valid + "\n\n[chair]\nseat = \"z\"\n")
        #expect(found.map(\.description) == ["test.toml:28: chair.seat: unknown seat 'z' for the chair"])
    }

    @Test("B1: an unknown body")
    func unknownBody() {
        let found = problems(valid.replacingOccurrences(of: "body = \"ELG\"", with: "body = \"Board\""))
        #expect(found.map(\.description) == ["test.toml:2: body: unknown body 'Board'; expected ELG or EOG (B1)"])
    }

    @Test("a wrong type names what was expected")
    func wrongType() {
        let found = problems(valid.replacingOccurrences(of: "proxy = \"Pat\"", with: "proxy = 4"))
        #expect(found.first?.description.hasPrefix("test.toml:21: people.a.proxy: expected a string in quotes") == true)
    }

    @Test("a TOML syntax error gives its line")
    func syntaxError() {
        let found = problems(valid.replacingOccurrences(of: "id = \"b\"", with: "id = "))
        #expect(found.count == 1)
        #expect(found.first?.line == 16)
        #expect(found.first?.message.hasPrefix("not valid TOML") == true)
    }

    @Test("a file that cannot be read says so with its path")
    func unreadable() {
        do {
            _ = try ConstitutionLoader.load(path: "/nonexistent/elg.toml")
            Issue.record("expected an error")
        } catch {
            #expect(error.problems.first?.file == "/nonexistent/elg.toml")
            #expect(error.problems.first?.message.hasPrefix("cannot be read") == true)
        }
    }
}
