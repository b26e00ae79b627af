import Testing
import TestSupport
@testable import MeetingKit

/// Random commands over the fixture ELG, many of them invalid on purpose: refusals must leave no trace.
struct RandomMeeting {
    var rng: SeededGenerator
    var meeting: TestMeeting
    let people: [PersonID]
    var motionCount = 0

    init(seed: UInt64, constitution: Constitution) {
        rng = SeededGenerator(state: seed)
        meeting = TestMeeting(constitution)
        people = constitution.people.keys.sorted()
    }

    mutating func randomCommand() -> Command {
        let seat = meeting.state.constitution.seats.randomElement(using: &rng)!.id
        // Ballots and closes aim at the open vote when there is one, so votes actually happen.
        let anyMotion = MotionID("M\(Int.random(in: 1...max(1, motionCount), using: &rng))")
        let motion = meeting.state.openVote ?? anyMotion
        let choice = VoteChoice.allCases.randomElement(using: &rng)!
        switch Int.random(in: 0..<100, using: &rng) {
        case 0..<30: return .arrive(people.randomElement(using: &rng)!)
        case 30..<40: return .depart(people.randomElement(using: &rng)!)
        case 40..<43:
            return .openMeeting(MeetingDetails(title: "T", date: CalendarDay("2019-10-01")!, place: "P", clerk: "C"))
        case 43..<50:
            motionCount += 1
            return .moveMotion(MotionDraft(id: MotionID("M\(motionCount)"), text: "Motion \(motionCount)", mover: "EOG"))
        case 50..<57: return .openVote(anyMotion, overrideInquorate: Bool.random(using: &rng) ? "proceed" : nil)
        case 57..<80: return .castVote(motion, seat: seat, choice: choice)
        case 80..<88:
            return .castVote(motion, seat: seat, choice: choice, by: people.randomElement(using: &rng)!)
        case 88..<94: return .closeVote(motion)
        case 94..<97:
            return .appoint(seat: seat, capacity: Bool.random(using: &rng) ? .proxy : .representative,
                            name: ["Ann New", "Bo New", "Special Schools Rep"].randomElement(using: &rng)!, partnersAdvised: true)
        default: return .withdrawMotion(motion)
        }
    }
}

@Suite("Invariants over random meetings (V1, A2, A3)")
struct InvariantTests {
    static let seeds: [UInt64] = Array(1...60)

    @Test("rule V1, rule A2, rule A3, rule A4: every ballot and change is by the seat's holder; one per seat, one per person; a vote changes only by its voter")
    func ballotInvariants() throws {
        var coverage = (ballots: 0, byProxy: 0, refused: 0, closed: 0, changes: 0)
        for seed in Self.seeds { try checkBallots(seed: seed, coverage: &coverage) }
        // The generator must reach the cases the invariants are about, or this test proves nothing.
        #expect(coverage.ballots > 500)
        #expect(coverage.byProxy > 20)
        #expect(coverage.refused > 1000)
        #expect(coverage.closed > 50)
        #expect(coverage.changes > 20)
    }

    private func checkBallots(seed: UInt64, coverage: inout (ballots: Int, byProxy: Int, refused: Int, closed: Int, changes: Int)) throws {
        var random = RandomMeeting(seed: seed, constitution: Fixture.elg())
        for _ in 0..<250 {
            let command = random.randomCommand()
            let before = random.meeting.state
            guard let events = try? random.meeting.run(command) else {
                coverage.refused += 1
                #expect(random.meeting.state == before, "a refused command changed the state (seed \(seed))")
                continue
            }
            for event in events {
                if case .voteClosed = event.payload { coverage.closed += 1 }
                // Every ballot event, cast or changed (rule V1, rule A4).
                let ballot: Ballot, isChange: Bool
                switch event.payload {
                case .voteCast(let cast): (ballot, isChange) = (cast, false)
                case .voteChanged(let changed): (ballot, isChange) = (changed, true)
                default: continue
                }
                coverage.ballots += 1
                if isChange { coverage.changes += 1 }
                if ballot.capacity == .proxy { coverage.byProxy += 1 }
                let holding = before.voteHolders[ballot.seat]
                #expect(holding == .held(by: ballot.voter, as: ballot.capacity), "seed \(seed): ballot by non-holder")
                if ballot.capacity == .proxy, let rep = before.constitution.holders[ballot.seat]?.representative {
                    #expect(!before.present.contains(rep), "seed \(seed): proxy voted with representative present")
                }
                let standing = before.motions[ballot.motion]?.ballots[ballot.seat]
                if isChange {
                    // A vote stands: only the person who cast it may change it.
                    #expect(standing?.voter == ballot.voter, "seed \(seed): a vote changed by someone other than its voter")
                    #expect(standing?.choice != ballot.choice, "seed \(seed): a change that changes nothing")
                } else {
                    #expect(standing == nil, "seed \(seed): second ballot for a seat")
                }
            }
            for motion in random.meeting.state.motions.values {
                let voters = motion.ballots.map(\.voter)
                #expect(Set(voters).count == voters.count, "seed \(seed): one person voted twice on \(motion.id)")
                let tally = random.meeting.state.tally(of: motion.id)!
                let represented = random.meeting.state.constitution.seats.count
                #expect(tally.inFavour + tally.against + tally.abstentions <= represented)
                #expect(tally.inFavour + tally.against + tally.abstentions + tally.notVoted + tally.unrepresented == represented)
            }
        }
    }

    @Test("A1: the fold of any prefix equals the state at that point", arguments: seeds.prefix(20))
    func prefixFold(seed: UInt64) throws {
        var random = RandomMeeting(seed: seed, constitution: Fixture.elg())
        var states: [Int: MeetingState] = [:]
        for _ in 0..<200 {
            _ = try? random.meeting.run(random.randomCommand())
            states[random.meeting.log.events.count] = random.meeting.state
        }
        let events = random.meeting.log.events
        for (count, expected) in states {
            let folded = MeetingState.fold(constitution: Fixture.elg(), events: events.prefix(count))
            #expect(folded == expected, "seed \(seed): prefix \(count) folds differently")
        }
    }

    @Test("Q2: seats represented never exceed voting seats, and quorum matches the count", arguments: seeds.prefix(20))
    func quorumConsistent(seed: UInt64) {
        var random = RandomMeeting(seed: seed, constitution: Fixture.elg())
        for _ in 0..<200 {
            _ = try? random.meeting.run(random.randomCommand())
            let quorum = random.meeting.state.quorum
            #expect(quorum.seatsRepresented <= quorum.votingSeats)
            #expect(quorum.isQuorate == (quorum.seatsRepresented >= 5))
        }
    }
}
