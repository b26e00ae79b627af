import ConstitutionFile
import Foundation
import MeetingKit
import Testing
@testable import Console
import TerminalUI
import TestSupport

/// Random keys against the chair's console model over a live record: whatever the sequence, a vote with
/// represented seats yet to vote closes only by `y` to the question that names them.
@Suite("Nothing closed by accident (rule V5, rule V1)")
struct ConfirmationStormTests {
    @Test("rule V5: no random key sequence closes a vote with seats yet to vote without passing the question", arguments: 1...20)
    func stormNeverClosesUnasked(seed: Int) throws {
        var random = SeededGenerator(state: UInt64(seed))
        var log = MeetingLog(constitution: ShippedConstitution.hnbELG.constitution)
        var now = Date(timeIntervalSince1970: 1_569_938_700)
        for seat in ["early-years", "primary-schools", "secondary-schools", "finance", "special-schools"] {
            try log.perform(.arrive(PersonID("\(seat)-representative")), by: .clerk, at: now)
        }
        try log.perform(.openMeeting(MeetingDetails(title: "ELG", date: CalendarDay("2019-10-01")!, place: "", clerk: "")), by: .chair, at: now)
        var model = ConsoleModel(state: log.state, meetingNumber: 1, role: .chair, now: now, timeZone: TimeZone(identifier: "UTC")!)
        let keys: [Key] = "3ynbcyyynnbco1jk".map { .character($0) } + [.escape, .up, .down]
        var (asked, closedWithSeatsToVote, motions) = (0, 0, 0)
        for step in 0..<3000 {
            if log.state.openVote == nil, step % 40 == 0 {
                motions += 1
                try log.perform(.moveMotion(MotionDraft(id: MotionID("M\(motions)"), text: "Motion \(motions)", mover: "EOG")), by: .chair, at: now)
            }
            model.state = log.state
            let before = model.mode
            let key = keys.randomElement(using: &random)!
            guard case .perform(let command) = model.handle(key) else { continue }
            if case .closeVote(let motion, _) = command, !log.state.seatsYetToVote(on: motion).isEmpty {
                closedWithSeatsToVote += 1
                guard case .confirm(let question) = before, question.command == command else {
                    Issue.record("seed \(seed): a vote with seats yet to vote closed without the question")
                    return
                }
                #expect(key == .character("y"))
                asked += 1
            }
            now.addTimeInterval(1)
            _ = try? log.perform(command, by: .chair, at: now)
        }
        #expect(asked == closedWithSeatsToVote)
        #expect(log.state.motions.values.contains { $0.result != nil }, "seed \(seed): the storm closed no vote, so it tested little")
    }
}
