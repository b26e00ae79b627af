import Testing
@testable import MeetingKit

@Suite("Decision rules (V2, V3, M4)")
struct DecisionRuleTests {
    @Test("V2: more for than against among votes cast carries")
    func simpleMajorityCarries() {
        #expect(DecisionRule.simpleMajority.outcome(of: Tally(inFavour: 5, against: 4)).carried)
        #expect(!DecisionRule.simpleMajority.outcome(of: Tally(inFavour: 4, against: 5)).carried)
    }

    @Test("V2: a simple majority of 5 votes cast needs 3, not 4")
    func simpleMajorityOfFive() {
        #expect(DecisionRule.simpleMajority.outcome(of: Tally(inFavour: 3, against: 2)).carried)
        #expect(!DecisionRule.simpleMajority.outcome(of: Tally(inFavour: 2, against: 3)).carried)
    }

    @Test("V2: a tie is not carried")
    func tieNotCarried() {
        let outcome = DecisionRule.simpleMajority.outcome(of: Tally(inFavour: 4, against: 4, abstentions: 1))
        #expect(!outcome.carried)
        #expect(outcome.reason.contains("tie"))
    }

    @Test("V2: abstentions are not votes cast, even when they are most of the room")
    func abstentionHeavy() {
        let tally = Tally(inFavour: 2, against: 1, abstentions: 6)
        #expect(tally.votesCast == 3)
        #expect(DecisionRule.simpleMajority.outcome(of: tally).carried)
        #expect(DecisionRule.twoThirds.outcome(of: tally).carried)
    }

    @Test("V2: nothing but abstentions carries nothing")
    func onlyAbstentions() {
        #expect(!DecisionRule.simpleMajority.outcome(of: Tally(abstentions: 9)).carried)
        #expect(!DecisionRule.twoThirds.outcome(of: Tally(abstentions: 9)).carried)
    }

    @Test("V3: two thirds of 9 votes cast is reached at exactly 6")
    func twoThirdsBoundary() {
        #expect(DecisionRule.twoThirds.outcome(of: Tally(inFavour: 6, against: 3)).carried)
        #expect(!DecisionRule.twoThirds.outcome(of: Tally(inFavour: 5, against: 4)).carried)
        #expect(DecisionRule.twoThirds.outcome(of: Tally(inFavour: 6, against: 3)).reason.contains("needs 6"))
    }

    @Test("V3: two thirds of 8 votes cast needs 6 (5.33 rounds up)")
    func twoThirdsRoundsUp() {
        #expect(!DecisionRule.twoThirds.outcome(of: Tally(inFavour: 5, against: 3)).carried)
        #expect(DecisionRule.twoThirds.outcome(of: Tally(inFavour: 6, against: 2)).carried)
    }

    @Test("V3: unanimity fails on one abstention")
    func unanimityFailsOnAbstention() {
        let outcome = DecisionRule.unanimity.outcome(of: Tally(inFavour: 8, abstentions: 1))
        #expect(!outcome.carried)
        #expect(outcome.reason.contains("1 abstaining"))
    }

    @Test("V3: unanimity fails when a represented seat has not voted")
    func unanimityNeedsEveryRepresentedSeat() {
        #expect(!DecisionRule.unanimity.outcome(of: Tally(inFavour: 8, notVoted: 1)).carried)
        #expect(DecisionRule.unanimity.outcome(of: Tally(inFavour: 8, unrepresented: 1)).carried)
    }

    @Test("M4: no casting vote by default; a tie stays lost")
    func noCastingVoteByDefault() throws {
        var meeting = TestMeeting()
        try meeting.open()
        try meeting.arriveRepresentatives(8)
        try meeting.move("M1")
        try meeting.run(.openVote("M1"))
        for (index, seat) in seats(8).enumerated() {
            try meeting.run(.castVote("M1", seat: SeatID(seat), choice: index < 4 ? .inFavour : .against))
        }
        #expect(meeting.refusal(.closeVote("M1", castingVote: .inFavour))?.contains("no casting vote (M4)") == true)
        try meeting.run(.closeVote("M1"))
        #expect(meeting.state.motions["M1"]?.result?.outcome.carried == false)
    }

    @Test("M4: a constitution that grants a casting vote lets the chair decide a tie")
    func castingVoteSetting() throws {
        var meeting = TestMeeting(Fixture.elg(castingVote: true))
        try meeting.open()
        try meeting.arriveRepresentatives(6)
        try meeting.move("M1")
        try meeting.run(.openVote("M1"))
        for (index, seat) in seats(6).enumerated() {
            try meeting.run(.castVote("M1", seat: SeatID(seat), choice: index < 3 ? .inFavour : .against))
        }
        try meeting.run(.closeVote("M1", castingVote: .inFavour))
        let result = try #require(meeting.state.motions["M1"]?.result)
        #expect(result.outcome.carried)
        #expect(result.castingVote == .inFavour)
        #expect(result.outcome.reason.contains("casting vote"))
    }

    @Test("M4: a casting vote is refused when there is no tie")
    func castingVoteOnlyOnTie() throws {
        var meeting = TestMeeting(Fixture.elg(castingVote: true))
        try meeting.open()
        try meeting.arriveRepresentatives(6)
        try meeting.move("M1")
        try meeting.run(.openVote("M1"))
        try meeting.run(.castVote("M1", seat: "early-years", choice: .inFavour))
        #expect(meeting.refusal(.closeVote("M1", castingVote: .against)) == "A casting vote is used only on a tie.")
    }

    @Test("V2, V3: rule names parse, and unknown ones are refused")
    func ruleNames() {
        #expect(DecisionRule(fileName: "simple-majority") == .simpleMajority)
        #expect(DecisionRule(fileName: "two-thirds") == .twoThirds)
        #expect(DecisionRule(fileName: "3/5") == .fraction(numerator: 3, denominator: 5))
        #expect(DecisionRule(fileName: "unanimous") == .unanimity)
        #expect(DecisionRule(fileName: "most") == nil)
        #expect(DecisionRule(fileName: "5/3") == nil)
    }
}
