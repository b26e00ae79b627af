import Foundation
import Testing
@testable import MeetingKit

/// Issue #24, point 1, in the minutes: the roll taken at the opening counts from the opening, for quorum as
/// for lateness, and withdrawing or deferring a motion minutes its reason.
@Suite("The roll call at the opening in the minutes (rule A1, rule Q3, rule V5)")
struct RollCallMinutesTests {
    @Test("rule A1, rule Q3: arrivals recorded during the roll call make the quorum at the opening; later ones are changes")
    func quorumCountsTheRollFromTheOpening() throws {
        var meeting = TestMeeting()
        try meeting.open()  // minute 1
        try meeting.arriveRepresentatives(5)  // minutes 2–6: the clerk goes down the roll
        try meeting.run(.addAgendaItem(AgendaItem(id: "1", title: "Banding")))
        try meeting.run(.openAgendaItem("1"))  // the roll call ends
        try meeting.depart(Fixture.rep("early-years"))
        try meeting.arrive(Fixture.rep("pupil-referral-units"))  // after the roll call: late, and a change
        let changes = MinutesDocument(state: meeting.state).quorum.changes
        #expect(changes.first?.at == t(1), "the first line is at the opening")
        #expect(changes.first?.summary.hasPrefix("Quorate: 5 of 9") == true, "\(changes)")
        #expect(changes.map(\.quorate) == [true, false, true])
        #expect(meeting.state.arrivesLate(at: t(11)) && !meeting.state.arrivesLate(at: t(4)))
    }

    @Test("rule A1: a person who arrived in the roll call, left and came back is counted from the opening, then out and in")
    func leftAndBackDuringTheRollCall() throws {
        var meeting = TestMeeting()
        try meeting.open()
        try meeting.arriveRepresentatives(5)
        try meeting.depart(Fixture.rep("early-years"))  // minute 7
        try meeting.arrive(Fixture.rep("early-years"))  // minute 8: a return, not a first arrival
        let counted = meeting.state.movementsCountingRollCall.filter { $0.person == Fixture.rep("early-years") }.map(\.at)
        #expect(counted == [t(1), t(7), t(8)])
    }

    @Test("rule V5: a reason given for withdrawing or deferring a motion is minuted under its item; none, no note")
    func reasonMinuted() throws {
        var meeting = TestMeeting()
        try meeting.open()
        try meeting.run(.addAgendaItem(AgendaItem(id: "1", title: "Banding")))
        try meeting.run(.openAgendaItem("1"))
        try meeting.move("M1")
        try meeting.move("M2")
        let withdrawn = try meeting.run(.withdrawMotion("M1", reason: "Superseded by M2"))
        #expect(withdrawn.count == 2)
        try meeting.run(.deferMotion("M2"))
        let notes = MinutesDocument(state: meeting.state).items.flatMap(\.notes)
        #expect(notes == ["Reason for withdrawing motion M1: Superseded by M2"])
        try meeting.run(.undoLastAction(first: meeting.state.lastAction!.first), as: .chair)
        #expect(meeting.state.motions["M2"]?.stage.word != "deferred")
    }
}

@Suite("Lateness within one second (rule A1)")
struct LatenessOrderTests {
    @Test("rule A1: an arrival recorded after the first item was taken, in the same second, is late; one before is not")
    func sameSecond() throws {
        var log = MeetingLog(constitution: Fixture.elg())
        let now = t(1)
        func run(_ command: Command, _ role: Role = .chair) throws { try log.perform(command, by: role, at: now) }
        try run(.openMeeting(MeetingDetails(title: "ELG", date: CalendarDay("2019-10-01")!, place: "", clerk: "")))
        try run(.arrive(Fixture.rep("early-years")), .clerk)
        try run(.addAgendaItem(AgendaItem(id: "1", title: "A")))
        try run(.openAgendaItem("1"))
        try run(.arrive(Fixture.rep("finance")), .clerk)
        try run(.depart(Fixture.rep("finance")), .clerk)
        try run(.arrive(Fixture.rep("finance")), .clerk)
        #expect(log.state.rollPresence(of: Fixture.rep("early-years")) == .present)
        guard case .back(_, _, let lateAt) = log.state.rollPresence(of: Fixture.rep("finance")) else { Issue.record("not back"); return }
        #expect(lateAt == now, "late, left and back are all shown")
        let attendee = MinutesDocument(state: log.state).attendance.present.first { $0.name.contains("Finance") }
        #expect(attendee?.late == true)
    }
}

@Suite("Proxies acting, within the meeting (rule A2, rule A1)")
struct ProxiesActingTests {
    @Test("rule A2, rule A1: a proxy in the room before the opening did not act for a representative there for the roll call")
    func notBeforeTheOpening() throws {
        var meeting = TestMeeting()
        try meeting.arrive(Fixture.proxy("early-years"))  // minute 1, before the opening
        try meeting.open()  // minute 2
        try meeting.arrive(Fixture.rep("early-years"))  // minute 3: the roll at the opening
        #expect(MinutesDocument(state: meeting.state).attendance.proxiesActing.isEmpty)
        try meeting.run(.addAgendaItem(AgendaItem(id: "1", title: "Banding")))
        try meeting.run(.openAgendaItem("1"))
        try meeting.depart(Fixture.rep("early-years"))  // the representative leaves: now the proxy acts
        #expect(MinutesDocument(state: meeting.state).attendance.proxiesActing.map(\.seat) == ["Early Years' Settings"])
    }
}
