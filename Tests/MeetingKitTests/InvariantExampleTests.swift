import Foundation
import Testing
@testable import MeetingKit

/// #22: each invariant in an example a person can read, beside the adversarial property test; and the rules
/// that one test alone guarded before.
@Suite("The record's invariants, by example (#22)")
struct InvariantExampleTests {
    private static let seats = ["early-years", "primary-schools", "secondary-schools", "post-16-19", "special-schools"]

    /// Five representatives in, the meeting open, M1 moved and its vote open.
    private func votingMeeting(_ constitution: Constitution = Fixture.elg()) throws -> TestMeeting {
        var m = TestMeeting(constitution)
        for seat in Self.seats { try m.run(.arrive(Fixture.rep(seat))) }
        try m.run(.openMeeting(MeetingDetails(title: "ELG", date: CalendarDay("2019-10-01")!, place: "Civic Offices", clerk: "Kim")))
        try m.run(.moveMotion(MotionDraft(id: "M1", text: "Adopt the banding model", mover: "EOG")))
        try m.run(.openVote("M1"))
        return m
    }

    @Test("I1, A2, V1: a departure recorded afterwards with a time before a ballot the voter cast is refused, naming the invariant")
    func departureBeforeBallot() throws {
        var m = try votingMeeting()
        try m.run(.castVote("M1", seat: "early-years", choice: .inFavour))
        let ballotTime = t(m.minute)
        let reason = m.refusal(.depart(Fixture.rep("early-years"), at: ballotTime.addingTimeInterval(-30)))
        #expect(reason?.contains("invariant I1") == true, "\(reason ?? "accepted")")
        #expect(reason?.contains("Record the arrival or departure at a time after it") == true)
        // The same departure at a time after the ballot is accepted.
        try m.run(.depart(Fixture.rep("early-years"), at: ballotTime.addingTimeInterval(30)))
    }

    @Test("I1: a late-recorded movement that changes nothing relied on is accepted (a non-voting officer's arrival, back-dated)")
    func harmlessLateMovement() throws {
        var m = try votingMeeting()
        try m.run(.castVote("M1", seat: "early-years", choice: .inFavour))
        try m.run(.arrive(Fixture.officer, at: t(1)))
        #expect(m.state.present(at: t(2)).contains(Fixture.officer))
    }

    @Test("I1, A2: a representative's arrival back-dated before their proxy's ballot is refused: the proxy would have voted while the representative was present")
    func proxyWhileRepresentativePresent() throws {
        var m = try votingMeeting()
        try m.run(.arrive(Fixture.proxy("finance")))
        try m.run(.castVote("M1", seat: "finance", choice: .against))
        let reason = m.refusal(.arrive(Fixture.rep("finance"), at: t(1)))
        #expect(reason?.contains("invariant I1") == true, "\(reason ?? "accepted")")
    }

    @Test("I1, Q4: a departure back-dated before a vote's opening that would leave it opened inquorate, with no override minuted, is refused")
    func inquorateOpening() throws {
        var m = try votingMeeting()
        // Arrivals at minutes 1–5, the opening at 6, the motion at 7, the vote opened at 8.
        let reason = m.refusal(.depart(Fixture.rep("special-schools"), at: t(7).addingTimeInterval(30)))
        #expect(reason?.contains("invariant I1") == true, "\(reason ?? "accepted")")
        #expect(reason?.contains("quorum") == true)
    }

    @Test("I2: a command timed before the meeting's latest event is refused; a movement's at= still reaches back")
    func timeRunsForward() throws {
        let m = try votingMeeting()
        let latest = t(m.minute)
        var log = m.log
        #expect(throws: Refusal.self) { try log.perform(.note(MinuteText(item: nil, text: "Back in time")), by: .clerk, at: latest.addingTimeInterval(-60)) }
        do {
            try log.perform(.note(MinuteText(item: nil, text: "Back in time")), by: .clerk, at: latest.addingTimeInterval(-60))
        } catch {
            #expect(error.reason.contains("invariant I2"))
            #expect(error.reason.contains("use at= on the arrival or departure"))
        }
        try log.perform(.arrive(Fixture.officer, at: latest.addingTimeInterval(-600)), by: .clerk, at: latest)
    }

    @Test("I3, V1: a vote cast at a member's own terminal is changed only by them; a vote the chair keyed, the member may change; the minutes say who keyed each")
    func voteIsItsCasters() throws {
        var m = try votingMeeting()
        let rep = Fixture.rep("early-years")
        let own = Actor(person: rep, key: "SHA256:own")
        try m.log.perform(.castVote("M1", seat: "early-years", choice: .inFavour, by: rep), by: .member, as: own, at: t(50))
        for role in [Role.chair, .clerk] {
            var attempt = m.log
            #expect(throws: Refusal.self) { try attempt.perform(.castVote("M1", seat: "early-years", choice: .against), by: role, at: t(51)) }
            do { try attempt.perform(.castVote("M1", seat: "early-years", choice: .against), by: role, at: t(51)) } catch {
                #expect(error.reason.contains("invariant I3"), "\(error.reason)")
            }
        }
        try m.log.perform(.castVote("M1", seat: "early-years", choice: .against, by: rep), by: .member, as: own, at: t(52))
        // A vote the chair keyed for a member: the member may change it at their terminal.
        let other = Fixture.rep("primary-schools")
        try m.log.perform(.castVote("M1", seat: "primary-schools", choice: .inFavour), by: .chair, at: t(53))
        try m.log.perform(.castVote("M1", seat: "primary-schools", choice: .abstain, by: other), by: .member, as: Actor(person: other, key: "SHA256:p"), at: t(54))
        try m.log.perform(.closeVote("M1"), by: .chair, at: t(55))
        let votes = try #require(MinutesDocument(state: m.state).items.flatMap(\.motions).first?.votes)
        let early = try #require(votes.first { $0.seat == "Early Years' Settings" })
        #expect(early.keyedBy == .member && early.changes.map(\.keyedBy) == [.member])
        let primary = try #require(votes.first { $0.seat == "Primary Schools" })
        #expect(primary.keyedBy == .member && primary.changes.map(\.keyedBy) == [.member])
    }

    @Test("I5, V5: while a vote is open the motion's text changes by no path: not by amendment, not by correction")
    func oneTextUnderAVote() throws {
        var m = try votingMeeting()
        let moved = try #require(m.state.motions["M1"]?.sequence)
        #expect(m.refusal(.amendMotion("M1", text: "Something else", note: "")) != nil)
        let reason = m.refusal(.correct(Correction(target: moved, text: "Adopt a different model")), as: .clerk)
        #expect(reason?.contains("invariant I5") == true, "\(reason ?? "accepted")")
        try m.run(.closeVote("M1"))
        try m.run(.correct(Correction(target: moved, text: "Adopt the banding model as circulated")), as: .clerk)
    }

    @Test("I6, V3: a rule change names ordinary motions only, never another rule change")
    func ruleChangeNamesOrdinaryMotions() throws {
        var m = try votingMeeting()
        try m.run(.closeVote("M1"))
        try m.run(.moveMotion(MotionDraft(id: "M2", text: "Fund the review", mover: "EOG")))
        try m.run(.moveMotion(MotionDraft(id: "M3", text: "Decide M2 by two thirds", mover: "EOG", ruleChange: RuleChange(newRule: .twoThirds, appliesTo: ["M2"]))))
        let reason = m.refusal(.moveMotion(MotionDraft(id: "M4", text: "Decide M3 unanimously", mover: "EOG", ruleChange: RuleChange(newRule: .unanimity, appliesTo: ["M3"]))))
        #expect(reason?.contains("invariant I6") == true, "\(reason ?? "accepted")")
    }

    @Test("I4, N4: matter recorded under a confidential item stays confidential when the item is made public again; what comes after is public")
    func confidentialityNeverDecreases() throws {
        var m = TestMeeting()
        try m.run(.openMeeting(MeetingDetails(title: "ELG", date: CalendarDay("2019-10-01")!, place: "Civic Offices", clerk: "Kim")))
        try m.run(.addAgendaItem(AgendaItem(id: "3", title: "A named child", confidential: true)))
        try m.run(.openAgendaItem("3"))
        try m.run(.note(MinuteText(item: nil, text: "Placement discussed")))
        try m.run(.moveMotion(MotionDraft(id: "M1", text: "Fund the placement", mover: "EOG")))
        try m.run(.amendMotion("M1", text: "Fund the placement for a term", note: "shorter"))
        try m.run(.markConfidential("3", false), as: .chair)
        try m.run(.note(MinuteText(item: nil, text: "Process review agreed")))
        let shown = m.state.publicView.state
        #expect(shown.entries.map(\.mainText) == ["Process review agreed"])
        #expect(shown.motions.isEmpty)
        #expect(shown.item("3")?.title == PublicProjection.confidentialItemTitle, "a title recorded confidential stays so")
        let events = m.log.events
        let amendment = try #require(events.first { if case .motionAmended = $0.payload { true } else { false } })
        #expect(!PublicProjection.publicEvents(of: events, in: m.state).contains(amendment.sequence), "an amendment continues its motion")
    }

    @Test("Q2: with an even number of seats, exactly half represented is not quorate; one more is")
    func exactlyHalf() throws {
        var m = TestMeeting(Fixture.elg(seatCount: 8))
        for seat in Self.seats.prefix(4) { try m.run(.arrive(Fixture.rep(seat))) }
        #expect(!m.state.quorum.isQuorate, "4 of 8 is half, not more than half")
        try m.run(.arrive(Fixture.rep("special-schools")))
        #expect(m.state.quorum.isQuorate)
    }

    @Test("E2, M4: after a handover the new chair is the chair, at every later instant and in the minutes; a chair who took over before the opening is the chair from the start")
    func chairAfterHandover() throws {
        var m = TestMeeting()
        try m.run(.arrive(Fixture.rep("finance")))
        try m.run(.handOverChair(to: Fixture.rep("finance")))
        try m.run(.openMeeting(MeetingDetails(title: "ELG", date: CalendarDay("2019-10-01")!, place: "Civic Offices", clerk: "Kim")))
        #expect(m.state.chairHistory.map(\.person) == [Fixture.rep("finance")])
        #expect(m.state.chairHistory.first?.from == nil, "in the chair from the start, not 'Chair (not named), then …'")
        try m.run(.arrive(Fixture.rep("early-years")))
        try m.run(.handOverChair(to: Fixture.rep("early-years")))
        let handover = t(m.minute)
        #expect(m.state.chair == Fixture.rep("early-years"))
        #expect(m.state.chair(at: handover.addingTimeInterval(-1)) == Fixture.rep("finance"))
        #expect(m.state.chair(at: handover.addingTimeInterval(600)) == Fixture.rep("early-years"))
        #expect(m.state.chairHistory.map(\.person) == [Fixture.rep("finance"), Fixture.rep("early-years")])
    }

    @Test("A3: one person, one ballot: a proxy who also represents another seat votes once")
    func oneBallotPerPerson() throws {
        let constitution = Fixture.elg { draft in
            // The finance seat's proxy is the early-years representative.
            if let index = draft.people.firstIndex(where: { $0.seat == "finance" }) { draft.people[index].proxy = "Early Years' Settings Rep" }
        }
        var m = try votingMeeting(constitution)
        try m.run(.castVote("M1", seat: "early-years", choice: .inFavour))
        let reason = m.refusal(.castVote("M1", seat: "finance", choice: .inFavour, by: Fixture.rep("early-years")))
        #expect(reason?.contains("A3") == true, "\(reason ?? "accepted")")
        #expect(m.state.motions["M1"]?.ballots.count == 1)
    }
}
