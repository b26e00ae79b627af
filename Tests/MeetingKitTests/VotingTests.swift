import Testing
@testable import MeetingKit

@Suite("Motions and votes (M1, V1, V4–V6)")
struct VotingTests {
    private func openMeetingWithVote(reps: Int = 9) throws -> TestMeeting {
        var meeting = TestMeeting()
        try meeting.open()
        try meeting.arriveRepresentatives(reps)
        try meeting.move("M1")
        try meeting.run(.openVote("M1"))
        return meeting
    }

    @Test("V1: each represented seat casts at most one vote; a second cast of the same choice is refused")
    func oneVotePerSeat() throws {
        var meeting = try openMeetingWithVote()
        try meeting.run(.castVote("M1", seat: "finance", choice: .inFavour))
        #expect(meeting.refusal(.castVote("M1", seat: "finance", choice: .inFavour)) == "Finance Representative has already voted for on motion M1.")
        #expect(meeting.state.tally(of: "M1")?.inFavour == 1)
    }

    @Test("V1: a vote changed before close replaces the first and is logged as a change")
    func changeBeforeClose() throws {
        var meeting = try openMeetingWithVote()
        try meeting.run(.castVote("M1", seat: "finance", choice: .inFavour))
        let events = try meeting.run(.castVote("M1", seat: "finance", choice: .against))
        guard case .voteChanged = events.first?.payload else { Issue.record("expected voteChanged"); return }
        #expect(meeting.state.tally(of: "M1") == Tally(inFavour: 0, against: 1, notVoted: 8))
        #expect(meeting.state.motions["M1"]?.ballotHistory.map(\.changed) == [false, true])
    }

    @Test("M1, V1: a non-voting officer cannot vote")
    func nonVotingOfficer() throws {
        var meeting = try openMeetingWithVote()
        try meeting.arrive(Fixture.officer)
        let reason = meeting.refusal(.castVote("M1", seat: "finance", choice: .inFavour, by: Fixture.officer))
        #expect(reason == "Dee People is not a representative or proxy of any voting seat and cannot vote (M1, V1).")
    }

    @Test("M4: a chair who holds no seat has no vote")
    func chairWithoutSeat() throws {
        var meeting = try openMeetingWithVote()
        #expect(meeting.state.present.contains(Fixture.chair), "A1: the chair who opened is present")
        #expect(meeting.refusal(.castVote("M1", seat: "finance", choice: .inFavour, by: Fixture.chair))?.contains("cannot vote") == true)
    }

    @Test("M4: a chair who holds a seat votes as that seat")
    func chairWithSeat() throws {
        let constitution = Fixture.elg { $0.chairName = "Finance Representative Rep" }
        #expect(constitution.chair == Fixture.rep("finance"))
        var meeting = TestMeeting(constitution)
        try meeting.arriveRepresentatives(9)
        try meeting.open()
        try meeting.move("M1")
        try meeting.run(.openVote("M1"))
        try meeting.run(.castVote("M1", seat: "finance", choice: .inFavour, by: Fixture.rep("finance")))
        #expect(meeting.state.motions["M1"]?.ballots["finance"]?.voter == Fixture.rep("finance"))
    }

    @Test("A2, V1: a proxy whose representative is present cannot vote")
    func proxyWhileRepresentativePresent() throws {
        var meeting = try openMeetingWithVote()
        try meeting.arrive(Fixture.proxy("special-schools"))
        let reason = meeting.refusal(.castVote("M1", seat: "special-schools", choice: .inFavour, by: Fixture.proxy("special-schools")))
        #expect(reason == "Special Schools is already represented by its representative; its proxy cannot vote (A2, V1).")
    }

    @Test("A3: a proxy cannot vote for another partner")
    func proxyForAnotherPartner() throws {
        var meeting = try openMeetingWithVote(reps: 5)
        try meeting.arrive(Fixture.proxy("special-schools"))
        let reason = meeting.refusal(.castVote("M1", seat: "finance", choice: .inFavour, by: Fixture.proxy("special-schools")))
        #expect(reason == "Special Schools Proxy acts for Special Schools, not Finance Representative; a proxy acts for its own partner's seat only (A3).")
    }

    @Test("A2: a representative who arrives after the proxy voted on an earlier motion holds the seat for the next")
    func representativeArrivesLate() throws {
        var meeting = TestMeeting()
        try meeting.open()
        try meeting.arriveRepresentatives(4)
        try meeting.arrive(Fixture.proxy("special-schools"))
        let first = try meeting.decide("M1", votes: [("special-schools", .against), ("early-years", .inFavour)])
        try meeting.arrive(Fixture.rep("special-schools"))
        let second = try meeting.decide("M2", votes: [("special-schools", .inFavour)])
        #expect(first.ballots["special-schools"]?.capacity == .proxy)
        #expect(first.ballots["special-schools"]?.choice == .against)
        #expect(second.ballots["special-schools"]?.capacity == .representative)
        #expect(second.ballots["special-schools"]?.voter == Fixture.rep("special-schools"))
    }

    @Test("V1: an unrepresented seat cannot vote, and the refusal says why")
    func unrepresentedSeat() throws {
        var meeting = try openMeetingWithVote(reps: 5)
        #expect(meeting.refusal(.castVote("M1", seat: "finance", choice: .inFavour)) == "Finance Representative is not represented: representative and proxy both absent.")
    }

    @Test("V1: a vote stands when its voter leaves before the close")
    func voteStands() throws {
        var meeting = try openMeetingWithVote()
        try meeting.run(.castVote("M1", seat: "finance", choice: .inFavour))
        try meeting.depart(Fixture.rep("finance"))
        try meeting.run(.closeVote("M1"))
        #expect(meeting.state.motions["M1"]?.result?.tally.inFavour == 1)
    }

    @Test("V1: the chair or the clerk keys a seat's vote for a member without a terminal; opening and closing the vote stay the chair's")
    func whoKeysVotes() throws {
        var meeting = try openMeetingWithVote()
        #expect(meeting.refusal(.castVote("M1", seat: "finance", choice: .inFavour), as: .clerk) == nil)
        #expect(meeting.state.motions["M1"]?.ballots["finance"]?.choice == .inFavour)
        #expect(meeting.refusal(.closeVote("M1"), as: .clerk) == "Closing a vote is the chair's action, not the clerk's.")
    }

    @Test("V4: ELG votes are indicative, EOG votes are not")
    func indicative() {
        #expect(Fixture.elg().votesAreIndicative)
        #expect(!Fixture.eog().votesAreIndicative)
        #expect(Fixture.elg().motionHeading("M2") == "INDICATIVE VOTE · Motion M2", "every screen heads it so")
        #expect(Fixture.eog().motionHeading("M2") == "Motion M2")
        #expect(Fixture.eog().meetingName(4) == "EOG meeting 4")
    }

    @Test("V5: a motion can be amended, withdrawn or deferred before its vote, not after")
    func lifecycle() throws {
        var meeting = TestMeeting()
        try meeting.open()
        try meeting.arriveRepresentatives(9)
        try meeting.move("M1")
        try meeting.run(.amendMotion("M1", text: "That the amended proposal be accepted", note: "wording"))
        #expect(meeting.state.motions["M1"]?.draft.text == "That the amended proposal be accepted")
        #expect(meeting.state.motions["M1"]?.originalText == "That the proposal M1 be accepted")
        try meeting.run(.deferMotion("M1"))
        try meeting.run(.openVote("M1"))  // a deferred motion can come back
        #expect(meeting.refusal(.amendMotion("M1", text: "x", note: "")) == "The vote on motion M1 is open; it can no longer be amended.")
        try meeting.run(.closeVote("M1"))
        #expect(meeting.refusal(.withdrawMotion("M1"))?.contains("(V5)") == true)
        try meeting.move("M2")
        try meeting.run(.withdrawMotion("M2"))
        #expect(meeting.refusal(.openVote("M2")) == "Motion M2 was withdrawn.")
    }

    @Test("V3, V5: a rule change reaches a motion moved or deferred, never one withdrawn")
    func ruleChangeReachesOnlyMotionsBeforeVote() throws {
        var meeting = TestMeeting()
        try meeting.open()
        try meeting.arriveRepresentatives(9)
        try meeting.move("M1")
        try meeting.move("M2")
        try meeting.run(.withdrawMotion("M1"))
        try meeting.run(.deferMotion("M2"))
        let change = { (target: MotionID, id: MotionID) in
            Command.moveMotion(MotionDraft(id: id, text: "Decide \(target) by two thirds", mover: "EOG", ruleChange: RuleChange(newRule: .twoThirds, appliesTo: [target])))
        }
        #expect(meeting.refusal(change("M1", "M3")) == "Motion M1 was withdrawn; a rule change cannot reach it (V3).")
        try meeting.run(change("M2", "M3"))
        #expect(meeting.state.motions["M3"] != nil, "a deferred motion can still be reached")
    }

    @Test("V5: a motion records its mover, rationale, rule, tally, outcome and time")
    func motionRecord() throws {
        var meeting = TestMeeting()
        try meeting.open()
        try meeting.arriveRepresentatives(9)
        let motion = try meeting.decide("M1", votes: [("early-years", .inFavour), ("finance", .against), ("primary-schools", .inFavour)])
        #expect(motion.draft.mover == "EOG")
        #expect(motion.draft.rationale == "Because")
        #expect(motion.rule == .simpleMajority)
        #expect(motion.result?.tally == Tally(inFavour: 2, against: 1, notVoted: 6))
        #expect(motion.result?.outcome.carried == true)
        #expect(motion.result?.closedAt == meeting.state.motions["M1"]?.result?.closedAt)
    }

    @Test("V3: a unanimous rule change applies two thirds to the motion it names")
    func ruleChangeCarried() throws {
        var meeting = TestMeeting()
        try meeting.open()
        try meeting.arriveRepresentatives(9)
        try meeting.move("M1")
        try meeting.run(.moveMotion(MotionDraft(id: "R1", text: "That M1 be decided by two thirds", mover: "Chair", ruleChange: RuleChange(newRule: .twoThirds, appliesTo: ["M1"]))))
        #expect(meeting.state.motions["R1"]?.rule == .unanimity)
        try meeting.run(.openVote("R1"))
        for seat in seats(9) { try meeting.run(.castVote("R1", seat: SeatID(seat), choice: .inFavour)) }
        try meeting.run(.closeVote("R1"))
        #expect(meeting.state.motions["M1"]?.rule == .twoThirds)
        // 5 for, 4 against: a simple majority, but not two thirds.
        try meeting.run(.openVote("M1"))
        for (index, seat) in seats(9).enumerated() { try meeting.run(.castVote("M1", seat: SeatID(seat), choice: index < 5 ? .inFavour : .against)) }
        try meeting.run(.closeVote("M1"))
        #expect(meeting.state.motions["M1"]?.result?.outcome.carried == false)
    }

    @Test("V3: a rule change fails on one abstention and the rule stays")
    func ruleChangeFailsOnAbstention() throws {
        var meeting = TestMeeting()
        try meeting.open()
        try meeting.arriveRepresentatives(9)
        try meeting.move("M1")
        try meeting.run(.moveMotion(MotionDraft(id: "R1", text: "Two thirds for M1", mover: "Chair", ruleChange: RuleChange(newRule: .twoThirds, appliesTo: ["M1"]))))
        try meeting.run(.openVote("R1"))
        for (index, seat) in seats(9).enumerated() { try meeting.run(.castVote("R1", seat: SeatID(seat), choice: index == 0 ? .abstain : .inFavour)) }
        try meeting.run(.closeVote("R1"))
        #expect(meeting.state.motions["R1"]?.result?.outcome.carried == false)
        #expect(meeting.state.motions["M1"]?.rule == .simpleMajority)
    }

    @Test("V3: a rule change must name motions that exist and are not yet voted on")
    func ruleChangeTargets() throws {
        var meeting = TestMeeting()
        try meeting.open()
        #expect(meeting.refusal(.moveMotion(MotionDraft(id: "R1", text: "x", mover: "Chair", ruleChange: RuleChange(newRule: .twoThirds, appliesTo: ["M9"])))) == "A rule change names motion M9, which has not been moved.")
    }

    @Test("V6: a declaration of interest is recorded and minuted, and the declarer still votes")
    func declarationKeepsVote() throws {
        var meeting = TestMeeting()
        try meeting.open()
        try meeting.arriveRepresentatives(9)
        try meeting.run(.declareInterest(Declaration(person: Fixture.rep("special-schools"), item: nil, interest: "Governor of an affected school")))
        let motion = try meeting.decide("M1", votes: [("special-schools", .inFavour)])
        #expect(motion.ballots["special-schools"] != nil)
        let minutes = MinutesDocument(state: meeting.state)
        #expect(minutes.items.flatMap(\.declarations) == [.init(name: "Special Schools Rep", interest: "Governor of an affected school")])
    }

    @Test("V1: only one vote is open at a time")
    func oneOpenVote() throws {
        var meeting = try openMeetingWithVote()
        try meeting.move("M2")
        #expect(meeting.refusal(.openVote("M2")) == "The vote on motion M1 is still open; close it first.")
    }
}
