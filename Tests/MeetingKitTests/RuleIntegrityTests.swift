import Foundation
import Testing
@testable import MeetingKit

@Suite("One way to another rule; a vote stands (rule V1, rule V2, rule V3, rule A4)")
struct RuleIntegrityTests {
    /// Six seats represented, for the tie in the issue: 3 for, 3 against.
    private func sixPresent() throws -> TestMeeting {
        var m = TestMeeting()
        try m.open()
        try m.arriveRepresentatives(6)
        return m
    }

    @Test("rule V3: a motion carrying a rule of its own is refused; the meeting's rule decides it")
    func motionCannotCarryItsOwnRule() throws {
        var m = try sixPresent()
        let draft = MotionDraft(id: "M1", text: "That a minority may carry", mover: "EOG", rule: .fraction(numerator: 1, denominator: 2))
        #expect(m.refusal(.moveMotion(draft))?.contains("only through a rule change agreed unanimously (V2, V3)") == true)
        #expect(m.state.motions.isEmpty)
        let closed = try m.decide("M2", votes: seats(6).enumerated().map { ($0.element, $0.offset < 3 ? .inFavour : .against) })
        #expect(closed.rule == .simpleMajority)
        #expect(closed.result?.outcome.carried == false, "3 for and 3 against is a tie under the meeting's rule (V2)")
    }

    @Test("rule V2: a fraction at or below one half is refused as a rule change; above it is accepted")
    func weakFractionsRefused() throws {
        for (n, d) in [(1, 2), (1, 100), (2, 4), (50, 100)] {
            #expect(DecisionRule.fraction(numerator: n, denominator: d).problem != nil, "\(n)/\(d)")
        }
        for (n, d) in [(3, 5), (2, 3), (51, 100), (1, 1)] {
            #expect(DecisionRule.fraction(numerator: n, denominator: d).problem == nil, "\(n)/\(d)")
        }
        var m = try sixPresent()
        try m.move("M1")
        let weak = MotionDraft(id: "M2", text: "Change", mover: "Chair", ruleChange: RuleChange(newRule: .fraction(numerator: 1, denominator: 3), appliesTo: ["M1"]))
        #expect(m.refusal(.moveMotion(weak))?.contains("1/3 does not need more than half") == true)
    }

    @Test("rule V3: a unanimous rule change is still the way to another rule")
    func ruleChangeStillWorks() throws {
        var m = try sixPresent()
        try m.move("M1")
        try m.run(.moveMotion(MotionDraft(id: "M2", text: "Two thirds for M1", mover: "Chair", ruleChange: RuleChange(newRule: .twoThirds, appliesTo: ["M1"]))))
        try m.run(.openVote("M2"))
        for seat in seats(6) { try m.run(.castVote("M2", seat: SeatID(seat), choice: .inFavour)) }
        try m.run(.closeVote("M2"))
        #expect(m.state.motions["M1"]?.rule == .twoThirds)
    }

    @Test("rule V2: fraction rules decide without overflow, however large their terms")
    func hugeFractionsDoNotOverflow() {
        let rule = DecisionRule.fraction(numerator: Int.max, denominator: Int.max)
        #expect(rule.outcome(of: Tally(inFavour: 5, against: 0)).carried)
        #expect(!rule.outcome(of: Tally(inFavour: 5, against: 1)).carried)
        let nearAll = DecisionRule.fraction(numerator: Int.max - 1, denominator: Int.max)
        #expect(nearAll.outcome(of: Tally(inFavour: 9, against: 0)).carried)
        #expect(!nearAll.outcome(of: Tally(inFavour: 8, against: 1)).carried)
        #expect(DecisionRule.twoThirds.outcome(of: Tally(inFavour: 6, against: 3)).carried, "6 of 9 is exactly two thirds")
    }

    @Test("rule V1, rule A4: a representative's vote stands after they leave; the proxy who takes the seat cannot replace it")
    func proxyCannotOverwriteRepresentative() throws {
        var m = try sixPresent()
        try m.move("M1")
        try m.run(.openVote("M1"))
        try m.run(.castVote("M1", seat: "early-years", choice: .inFavour))
        try m.depart(Fixture.rep("early-years"))
        try m.arrive(Fixture.proxy("early-years"))
        let refusal = m.refusal(.castVote("M1", seat: "early-years", choice: .against))
        #expect(refusal?.contains("already voted for on motion M1, cast by Early Years' Settings Rep as representative") == true)
        #expect(refusal?.contains("only the person who cast it may change it (V1, A4)") == true)
        #expect(m.state.motions["M1"]?.ballots["early-years"]?.voter == Fixture.rep("early-years"))
        #expect(m.state.tally(of: "M1")?.inFavour == 1)
    }

    @Test("rule V1, rule A4: a representative cannot replace the vote their proxy cast while entitled")
    func representativeCannotOverwriteProxy() throws {
        var m = TestMeeting()
        try m.open()
        try m.arriveRepresentatives(5)
        try m.arrive(Fixture.proxy("finance"))
        try m.move("M1")
        try m.run(.openVote("M1"))
        try m.run(.castVote("M1", seat: "finance", choice: .against))
        try m.arrive(Fixture.rep("finance"))
        #expect(m.refusal(.castVote("M1", seat: "finance", choice: .inFavour))?.contains("cast by Finance Representative Proxy as proxy") == true)
        #expect(m.state.motions["M1"]?.ballots["finance"]?.choice == .against)
    }

    @Test("rule V1, rule A4: the voter may change their own vote while it is open; the change is an event and minuted with its time")
    func ownChangeIsMinuted() throws {
        var m = try sixPresent()
        try m.move("M1")
        try m.run(.openVote("M1"))
        try m.run(.castVote("M1", seat: "early-years", choice: .inFavour))
        let changed = try m.run(.castVote("M1", seat: "early-years", choice: .against))
        #expect(changed.map(\.payload) == [.voteChanged(Ballot(motion: "M1", seat: "early-years", voter: Fixture.rep("early-years"), capacity: .representative, choice: .against))])
        let changeTime = changed[0].time
        try m.run(.closeVote("M1"))
        let motion = try #require(MinutesDocument(state: m.state).items.flatMap(\.motions).first)
        let vote = try #require(motion.votes.first { $0.seat == "Early Years' Settings" })
        #expect(vote.choice == .against)
        #expect(vote.changes == [MinutesDocument.VoteChange(from: .inFavour, to: .against, at: changeTime, keyedBy: .chair)])
        #expect(vote.keyedBy == .chair, "I3: the minutes say who keyed the vote")
    }
}
