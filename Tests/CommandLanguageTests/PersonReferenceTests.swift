import CommandLanguage
import Foundation
import MeetingKit
import Testing

/// #25: who= and owner= read a person reference as the rest of the language does.
@Suite("#25: person references in who= and owner=")
struct PersonReferenceTests {
    private func who(_ line: String) throws -> String? {
        switch try CommandParser.parse(line, context: context()) {
        case .recordAction(let action): action.who
        case .recordRisk(let risk): risk.owner
        default: nil
        }
    }

    @Test("#25 N2 N3: who=SEAT.rep, an id or a name in any case stores the person's name; other text stays as typed")
    func resolves() throws {
        #expect(try who("action \"Circulate\" due=2019-11-01 who=special-schools.rep") == "Jo Bloggs")
        #expect(try who("action \"Circulate\" due=2019-11-01 who=special-schools-representative") == "Jo Bloggs")
        #expect(try who("action \"Circulate\" due=2019-11-01 who=\"jo bloggs\"") == "Jo Bloggs")
        #expect(try who("risk \"Overspend\" owner=special-schools.rep rating=high") == "Jo Bloggs")
        #expect(try who("action \"Circulate\" due=2019-11-01 who=\"Consultant Head\"") == "Consultant Head")
    }

    @Test("#25 M4 N2: a place not yet named is refused, not stored as its text")
    func blankPlaceRefused() {
        let error = #expect(throws: CommandError.self) { try who("action \"Circulate\" due=2019-11-01 who=early-years.rep") }
        #expect(error.map { "\($0)" }?.contains("a place not yet named") == true, "\(String(describing: error))")
    }
}
