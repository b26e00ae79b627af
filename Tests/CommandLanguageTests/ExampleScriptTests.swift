import CommandLanguage
import ConstitutionFile
import Foundation
import MeetingKit
import Testing

@Suite("The example meeting script in examples/")
struct ExampleScriptTests {
    private func replay() throws -> MeetingState {
        let file = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../examples/elg-october-2019.txt").standardized.path
        let text = try String(contentsOfFile: file, encoding: .utf8)
        var log = MeetingLog(constitution: ShippedConstitution.hnbELG.constitution, isFirstOfSeries: true)
        let steps = try MeetingScript.plan(text.components(separatedBy: "\n"), file: file, from: log, now: Date(), timeZone: TimeZone(identifier: "UTC")!, meetingNumber: 1)
        for step in steps { try log.perform(step.command, by: step.author, at: step.time) }
        return log.state
    }

    @Test("A2, A4: the proxy voted while the representative was absent; V2: M1 carried 3–1 with an abstention")
    func firstMotion() throws {
        let state = try replay()
        let motion = try #require(state.motions["M1"])
        #expect(motion.result?.tally == Tally(inFavour: 3, against: 1, abstentions: 1, notVoted: 1, unrepresented: 3))
        #expect(motion.result?.outcome.carried == true)
        #expect(motion.ballots["special-schools"]?.capacity == .proxy)
    }

    @Test("V2, V6: M2 tied 3–3 and was not carried; the member who declared an interest still voted")
    func tie() throws {
        let state = try replay()
        let motion = try #require(state.motions["M2"])
        #expect(motion.result?.tally.inFavour == 3)
        #expect(motion.result?.tally.against == 3)
        #expect(motion.result?.outcome.carried == false)
        #expect(motion.ballots["post-16-19-colleges"] != nil)
    }

    @Test("Q3: quorum was lost at 14:41 and regained at 14:44; N4: the confidential note stays out of the public minutes")
    func quorumAndMinutes() throws {
        let state = try replay()
        let minutes = MinutesDocument(state: state)
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let changes = minutes.quorum.changes.map { (calendar.component(.hour, from: $0.at), calendar.component(.minute, from: $0.at), $0.quorate) }
        #expect(changes.map(\.2) == [true, false, true])
        #expect(changes.map { "\($0.0):\($0.1)" } == ["14:0", "14:41", "14:44"])
        #expect(!minutes.items.flatMap(\.notes).contains { $0.contains("named child") })
        #expect(MinutesDocument(state: state, includeConfidential: true).items.flatMap(\.notes).contains { $0.contains("named child") })
        #expect(state.closedAt != nil)
    }
}

@Suite("Meeting scripts")
struct MeetingScriptTests {
    private let log = MeetingLog(constitution: ShippedConstitution.hnbELG.constitution)

    private func failure(_ lines: [String]) -> MeetingScript.Failure? {
        do {
            _ = try MeetingScript.plan(lines, file: "s.txt", from: log, now: Date(), timeZone: TimeZone(identifier: "UTC")!)
            return nil
        } catch { return error }
    }

    @Test("a refused line is named with its file, line and the reason")
    func refusedLine() {
        let found = failure(["# setup", "arrive finance.rep", "", "arrive finance.rep"])
        #expect(found?.line == 4)
        #expect(found?.description == "s.txt:4: arrive finance.rep\n  refused: (Finance Representative representative) is already present.")
    }

    @Test("a line that does not parse is named with what was expected")
    func badLine() {
        #expect(failure(["vote open"])?.message == "vote open: expected motion (a motion id). Usage: vote open <motion> [override=…]")
        #expect(failure(["@25:00"])?.message == "expected @HH:MM or @YYYY-MM-DDTHH:MM to set the clock")
    }

    @Test("role prefixes and the clock apply to the lines that follow")
    func rolesAndClock() throws {
        let steps = try MeetingScript.plan(["@2019-10-01T09:15", "clerk: arrive finance.rep", "chair: item add \"Budget\""], file: "s.txt", from: log, now: Date(), timeZone: TimeZone(identifier: "UTC")!)
        #expect(steps.map(\.author) == [.clerk, .chair])
        #expect(steps.first?.time == Date(timeIntervalSince1970: 1_569_921_300))
        #expect(failure(["chair: note \"x\""])?.message == "refused: Minuting a note is the clerk's action, not the chair's.")
    }
}
