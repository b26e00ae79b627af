import CommandLanguage
import ConstitutionFile
import Foundation
import MeetingKit
import MinutesFormats
import Testing

@Suite("The privacy check before a public export (N4)")
struct PrivacyCheckTests {
    private func document(note: String) throws -> MinutesDocument {
        var log = MeetingLog(constitution: ShippedConstitution.hnbELG.constitution)
        let at = Date(timeIntervalSince1970: 1_569_938_400)
        try log.perform(.addAgendaItem(AgendaItem(id: "2", title: "Placements")), by: .chair, at: at)
        try log.perform(.openAgendaItem("2"), by: .chair, at: at)
        try log.perform(.note(MinuteText(item: nil, text: note)), by: .clerk, at: at)
        return MinutesDocument(state: log.state)
    }

    @Test("N4: a UPN, an NHS number and a date of birth are found, each with where it is")
    func findsPersonalData() throws {
        let found = PrivacyCheck.findings(in: try document(note: "Pupil A123456789012, NHS 943 476 5919, DOB: 01/02/2015"))
        #expect(found.map(\.kind) == [.pupilNumber, .nhsNumber, .dateOfBirth])
        #expect(found.allSatisfy { $0.location == "item 2, note 1" })
        #expect(found.first?.description == "item 2, note 1: looks like a Unique Pupil Number (A123456789012)")
    }

    @Test("N4: budgets, dates and ten-digit figures that are not NHS numbers pass")
    func ordinaryNumbersPass() throws {
        #expect(PrivacyCheck.findings(in: try document(note: "Budget 1234567890 for 2019-10-01; meeting on 01/02/2020; 300 places")).isEmpty)
    }
}
