import Foundation
import Testing
@testable import MeetingKit

@Suite("Views at an instant: appointments, returns and times (rule A1, rule A2, rule P3, rule Q3, rule N1)")
struct InstantViewTests {
    /// Five representatives present from minute 2 to 6: quorate with exactly five of nine seats. At minute 8
    /// (recorded through `TestMeeting`'s clock) Early Years' representative is replaced by someone absent.
    private func replacedMidMeeting() throws -> (TestMeeting, replacedAt: Date) {
        var m = TestMeeting()
        try m.open()
        // The roll call at the opening ends when the first item is taken; these arrivals come after it (A1).
        _ = try m.run(.addAgendaItem(AgendaItem(id: "1", title: "Banding")))
        _ = try m.run(.openAgendaItem("1"))
        try m.arriveRepresentatives(5)
        let events = try m.run(.appoint(seat: "early-years", capacity: .representative, name: "Ann Successor", partnersAdvised: true))
        return (m, events[0].time)
    }

    @Test("rule P3, rule Q3: an appointment changes nothing before its time, and the quorum change it causes is minuted")
    func appointmentDoesNotRewriteHistory() throws {
        let (m, replacedAt) = try replacedMidMeeting()
        let before = replacedAt.addingTimeInterval(-60)
        #expect(m.state.quorum(at: before).isQuorate, "quorate before the appointment, as it was")
        #expect(m.state.voteHolders(at: before)["early-years"] == .held(by: Fixture.rep("early-years"), as: .representative))
        #expect(!m.state.quorum(at: replacedAt).isQuorate)
        let changes = MinutesDocument(state: m.state).quorum.changes
        // Opened before anyone came; quorate at the fifth arrival; lost when the appointment takes a seat away.
        #expect(changes.map(\.quorate) == [false, true, false])
        #expect(changes.last?.at == replacedAt)
    }

    @Test("rule A1, rule N1: the replaced representative stays in the attendance; the successor appointed mid-meeting is not listed absent")
    func attendanceKeepsTheReplaced() throws {
        let (m, _) = try replacedMidMeeting()
        let attendance = MinutesDocument(state: m.state).attendance
        let replaced = try #require(attendance.present.first { $0.name == "Early Years' Settings Rep" })
        #expect(replaced.capacity == "representative, Early Years' Settings, until replaced")
        #expect(!attendance.absent.contains { $0.name == "Ann Successor" })
        let line = try #require(MinutesDocument(state: m.state).appointments.first)
        #expect(line.predecessor == "Early Years' Settings Rep")
    }

    @Test("rule A1: someone who leaves and comes back is present, and minuted with every time")
    func leaveAndReturn() throws {
        var m = TestMeeting()
        try m.open()
        try m.arrive(Fixture.rep("finance"))
        let left = try m.run(.depart(Fixture.rep("finance")))[0].time
        let back = try m.run(.arrive(Fixture.rep("finance")))[0].time
        #expect(m.state.present.contains(Fixture.rep("finance")))
        let attendee = try #require(MinutesDocument(state: m.state).attendance.present.first)
        #expect(attendee.departures == [left])
        #expect(attendee.arrivals.last == back)
    }

    @Test("rule A1: a time later than the clock is refused")
    func futureTimesRefused() throws {
        var m = TestMeeting()
        try m.open()
        let refusal = m.refusal(.arrive(Fixture.rep("finance"), at: t(60)))
        #expect(refusal?.contains("later than now") == true)
        try m.arrive(Fixture.rep("finance"))
        #expect(m.refusal(.depart(Fixture.rep("finance"), at: t(60)))?.contains("later than now") == true)
    }

    @Test("rule P3: filling a blank placeholder is minuted as naming, and the placeholder is nobody absent")
    func fillingAPlaceholder() throws {
        var draft = ConstitutionDraft()
        draft.name = "Blank ELG"
        draft.body = "ELG"
        draft.project = Project(name: "P")
        for (index, seat) in Fixture.nineSeats.prefix(3).enumerated() {
            draft.seats.append(.init(id: seat.id, partner: seat.partner, role: "role", core: false, field: "seat[\(index)]"))
            draft.people.append(.init(seat: seat.id, representative: "", proxy: nil, field: "people.\(seat.id)"))
        }
        var m = TestMeeting(try draft.build())
        try m.run(.appoint(seat: "early-years", capacity: .representative, name: "Ann Early", partnersAdvised: false))
        try m.open()
        let document = MinutesDocument(state: m.state)
        #expect(document.appointments.first?.predecessor == nil, "a placeholder replaces nobody")
        #expect(document.attendance.absent.map(\.name).contains("Ann Early"))
        #expect(!document.attendance.absent.contains { $0.name.contains("Early Years' Settings representative") })
    }
}
