import Foundation
import Testing
@testable import MeetingKit

@Suite("Registers across the series")
struct SeriesRegistersTests {
    /// Two meetings: in the first five seats' representatives come, one late, one leaving early, and one
    /// sends apologies; a motion is carried, and a declaration made under an item marked confidential later.
    /// In the second Finance's proxy comes and a motion is lost.
    private func series() throws -> [SeriesRegisters.Meeting] {
        var first = TestMeeting()
        try first.arriveRepresentatives(4)
        try first.run(.giveApologies(Fixture.rep("pupil-referral-units"), note: "Unwell"))
        try first.open()
        try first.run(.addAgendaItem(AgendaItem(id: "1", title: "Banding")))
        try first.run(.addAgendaItem(AgendaItem(id: "2", title: "A placement")))
        try first.run(.openAgendaItem("1"))
        // Late: after the roll call at the opening ended with the first item (A1, #24).
        try first.arrive(Fixture.rep("special-schools"))
        try first.run(.declareInterest(Declaration(person: Fixture.rep("finance"), item: nil, interest: "Governor of a special school")))
        _ = try first.decide("M1", votes: seats(4).map { ($0, .inFavour) })
        try first.run(.openAgendaItem("2"))
        try first.run(.declareInterest(Declaration(person: Fixture.rep("early-years"), item: nil, interest: "Knows the family")))
        try first.run(.markConfidential("2", true))
        try first.depart(Fixture.rep("primary-schools"))
        try first.run(.closeMeeting)
        var second = TestMeeting(MeetingLog(constitution: first.state.constitutionForNext, mattersArising: first.state.mattersArisingForNext(meetingNumber: 1)))
        try second.arriveRepresentatives(3)
        try second.arrive(Fixture.proxy("finance"))
        try second.arrive(Fixture.rep("special-schools"))
        try second.open()
        _ = try second.decide("M1", votes: [("early-years", .inFavour), ("primary-schools", .against)])
        try second.run(.closeMeeting)
        return [(1, first.state), (2, second.state)]
    }

    @Test("rule A1, rule A2: attendance per person, proxies per seat, quorum per meeting")
    func attendance() throws {
        let register = SeriesRegisters.attendance(try series())
        func row(_ name: String) -> [String]? { register.people.rows.first { $0[0] == name } }
        #expect(row("Early Years' Settings Rep")?[2...] == ["2", "2", "0", "0", "0", "0", "100%"])
        #expect(row("Special Schools Rep")?[2...5] == ["2", "2", "1", "0"], "late to the first meeting")
        #expect(row("Primary Schools Rep")?[5] == "1", "left the first meeting early")
        #expect(row("Pupil Referral Units Rep")?[6...8] == ["1", "1", "0%"], "apologies once, absent without them once")
        #expect(row("Post-16/19 Colleges Rep")?[2...3] == ["2", "1"])
        #expect(row("Finance Representative Rep")?[2...3] == ["2", "0"], "the second time its proxy came instead")
        #expect(register.seats.rows.first { $0[0] == "Finance Representative" }?[1] == "1")
        #expect(register.meetings.rows.map { $0[2] } == ["no", "yes"], "the first opened with four seats, quorate only once Special Schools came (Q3)")
    }

    @Test("rule N4, rule V6: declarations by meeting and person; one under an item marked confidential stays out unless asked for")
    func interests() throws {
        let meetings = try series()
        let register = SeriesRegisters.interests(meetings)
        #expect(register.rows.map { $0[3] } == ["1: Banding"])
        #expect(register.rows.first?[4] == "Governor of a special school")
        #expect(register.notes == ["1 confidential declaration(s) left out (N4)."])
        #expect(SeriesRegisters.interests(meetings, includeConfidential: true).rows.count == 2)
    }

    @Test("rule V2, rule V5: every motion of the series with its tally and outcome, filtered by outcome and date")
    func decisions() throws {
        let meetings = try series()
        let all = SeriesRegisters.decisions(meetings)
        #expect(all.rows.map { [$0[0], $0[3]] } == [["1", "M1"], ["2", "M1"]])
        #expect(all.rows[0][8].hasPrefix("CARRIED") && all.rows[1][8].hasPrefix("NOT CARRIED"))
        #expect(all.rows[1][7] == "1 for, 1 against, 0 abstained")
        #expect(SeriesRegisters.decisions(meetings, carried: false).rows.count == 1)
        #expect(SeriesRegisters.decisions(meetings, from: CalendarDay("2019-10-02")).rows.isEmpty, "both meetings are dated 2019-10-01")
    }
}
