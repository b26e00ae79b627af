import Foundation
import PropertyBased
import Testing
@testable import MeetingKit

/// Plays a list of numbers as a meeting: each number picks a command (arrivals, departures and returns,
/// appointments, handovers, motions and votes, changes of vote, undo and corrections), recorded a minute
/// after the one before. Many are refused on purpose; refusals leave no trace.
private struct ScriptedMeeting {
    var log = MeetingLog(constitution: Fixture.elg())
    var minute = 0
    let people: [PersonID]
    let newcomers = ["Ann New", "Bo New", "Cy New"]

    init() { people = Fixture.elg().people.keys.sorted() }

    mutating func play(_ program: [Int]) {
        _ = try? log.perform(.openMeeting(MeetingDetails(title: "P", date: CalendarDay("2019-10-01")!, place: "", clerk: "")), by: .chair, at: t(0))
        for (index, number) in program.enumerated() {
            minute += 1
            let (command, role) = command(number, index: index)
            _ = try? log.perform(command, by: role, at: t(minute))
        }
    }

    private func command(_ number: Int, index: Int) -> (Command, Role) {
        let state = log.state
        let seats = state.constitution.seats
        let seat = seats[number % seats.count].id
        let person = people[(number / 7) % people.count]
        let motion = state.openVote ?? MotionID("M\(max(1, state.motionOrder.count))")
        let choice = VoteChoice.allCases[(number / 3) % 3]
        switch number % 20 {
        case 0..<5: return (.arrive(person), .clerk)
        case 5..<7: return (.depart(person), .clerk)
        case 7:
            let name = (number / 20) % 2 == 0 ? newcomers[(number / 40) % newcomers.count] : state.constitution.displayName(person)
            return (.appoint(seat: seat, capacity: (number / 60) % 2 == 0 ? .representative : .proxy, name: name, partnersAdvised: true), .clerk)
        case 8: return (.handOverChair(to: person), .chair)
        case 9: return (.moveMotion(MotionDraft(id: MotionID("M\(state.motionOrder.count + 1)"), text: "Motion \(index)", mover: "EOG")), .chair)
        case 10: return (.openVote(motion, overrideInquorate: number % 40 == 10 ? "proceed" : nil), .chair)
        case 11..<16: return (.castVote(motion, seat: seat, choice: choice), .chair)
        case 16: return (.closeVote(motion), .chair)
        case 17, 18:
            guard let last = state.lastAction else { return (.closeVote(motion), .chair) }
            return (.undoLastAction(first: last.first), last.author)
        default:
            return (.correct(Correction(target: 1 + number % max(1, state.lastSequence), text: "Corrected")), .clerk)
        }
    }
}

@Suite("Every view is the meeting as it stood at that instant (rule A1, rule A2, rule P3, rule Q3, rule N1)")
struct InstantPropertyTests {
    /// For every minute of a random meeting, the views the finished record gives for that instant equal
    /// the views of the fold of the events up to it. Undone events are no part of the meeting at any
    /// instant, so the fold up to t leaves out what a later undo took back.
    @Test("rule A1, rule A2, rule P3, rule Q3, rule N1: views at t equal the fold of the events up to t")
    func viewsAtEveryInstant() async {
        await propertyCheck(count: 60, input: Gen.int(in: 0...999).array(of: 20...120)) { program in
            var meeting = ScriptedMeeting()
            meeting.play(program)
            let events = meeting.log.events
            let final = meeting.log.state
            let undone = MeetingState.undoneRanges(in: events)
            let kept = events.filter { event in
                if case .undone = event.payload { return false }
                return !undone.contains { $0.contains(event.sequence) }
            }
            let finalMinutes = MinutesDocument(state: final)
            for minute in 0...meeting.minute {
                let instant = t(minute)
                let then = MeetingState.fold(constitution: Fixture.elg(), events: kept.filter { $0.time <= instant })
                #expect(final.present(at: instant) == then.present, "present at minute \(minute)")
                #expect(final.constitution(at: instant).holders == then.constitution.holders, "holders at minute \(minute)")
                #expect(final.voteHolders(at: instant) == then.voteHolders, "vote holders at minute \(minute)")
                #expect(final.quorum(at: instant) == then.quorum, "quorum at minute \(minute)")
                #expect(final.chair(at: instant) == then.chair, "chair at minute \(minute)")
                for (id, motion) in then.motions where motion.result != nil {
                    #expect(final.motions[id]?.result == motion.result, "the closed vote on \(id) at minute \(minute)")
                }
                // A1: the roll call at the opening is minuted as at the opening once it has ended, so the minutes'
                // quorum account is the fold's from then on; while it lasts, who is yet to be marked is unknown.
                guard let rollCallEnd = final.rollCallEndedAt, instant >= rollCallEnd else { continue }
                let changesThen = MinutesDocument(state: then).quorum.changes
                #expect(Array(finalMinutes.quorum.changes.prefix { $0.at <= instant }) == changesThen, "quorum changes up to minute \(minute)")
            }
        }
    }
}
