import CommandLanguage
import ConstitutionFile
import Foundation
import MeetingKit
import TestSupport
import Testing

/// Random command lines and scripts by the thousand (FuzzBudget), over a meeting in progress: each one is a
/// command, a clear error, or a refusal, never a crash; and what is recorded always folds back to the state.
@Suite("Fuzzed command lines, scripts and times")
struct CommandFuzzTests {
    static let words: [String] = {
        var words = Set(CommandCatalog.all.flatMap(\.words))
        words.formUnion(["M1", "M2", "1", "2", "A1.1", "R1.1", "finance.rep", "special-schools.proxy", "early-years", "for", "against",
                         "abstain", "on", "off", "high", "carried", "not-carried", "2/3", "1/2", "9223372036854775807/9223372036854775807"])
        return words.sorted()
    }()
    static let options = ["at=", "due=", "who=", "mover=", "id=", "minutes=", "rating=", "outcome=", "item=", "by=", "override=", "place=", "date="]
    static let values = ["14:05", "14:xx:05", "+14:+05", "1:2", "T14:05", "2019-10-01T14:05", "2019T10T14:05", "2019-02-30", "\"\"", "\"a b\"",
                         "-1", "0", "99999999999999999999", "\u{1B}[31m", "\u{202E}", "é", "\"unclosed", "'x'", "\\\"", "", "=", "\u{0}"]

    private func randomLine(_ random: inout SeededGenerator) -> String {
        var parts: [String] = []
        for _ in 0..<Int.random(in: 1...6, using: &random) {
            switch Int.random(in: 0..<4, using: &random) {
            case 0, 1: parts.append(Self.words.randomElement(using: &random)!)
            case 2: parts.append(Self.options.randomElement(using: &random)! + Self.values.randomElement(using: &random)!)
            default: parts.append(Self.values.randomElement(using: &random)!)
            }
        }
        return parts.joined(separator: Bool.random(using: &random) ? " " : "  ")
    }

    @Test("random lines parse to a command or a clear error, and any command is decided without a crash")
    func lines() throws {
        var random = FuzzBudget.generator(3)
        var log = MeetingLog(constitution: ShippedConstitution.hnbELG.constitution)
        var now = Date(timeIntervalSince1970: 1_570_000_000)
        for person in ["early-years", "primary-schools", "secondary-schools", "finance", "special-schools"] {
            try log.perform(.arrive(PersonID("\(person)-representative")), by: .clerk, at: now)
        }
        try log.perform(.openMeeting(MeetingDetails(title: "ELG", date: CalendarDay("2019-10-02")!, place: "", clerk: "")), by: .chair, at: now)
        var (parsed, errors, recorded) = (0, 0, 0)
        for _ in 0..<FuzzBudget.iterations {
            now.addTimeInterval(30)
            let line = randomLine(&random)
            let context = CommandContext(state: log.state, now: now, timeZone: TimeZone(identifier: "UTC")!, meetingNumber: 1)
            let command: Command
            do { command = try CommandParser.parse(line, context: context) } catch {
                errors += 1
                #expect(!error.message.isEmpty)
                if let position = error.position { #expect((0...line.count).contains(position), "\(line): fault at \(position)") }
                continue
            }
            parsed += 1
            for role in Role.allCases {
                if (try? log.perform(command, by: role, at: now)) != nil { recorded += 1 }
            }
        }
        #expect(log.state == MeetingState.fold(constitution: log.state.initialConstitution, mattersArising: log.state.mattersArising, events: log.events))
        #expect(parsed > 0 && errors > 0 && recorded > 0, "parsed \(parsed), errors \(errors), recorded \(recorded): the fuzz missed a path")
    }

    @Test("random scripts are planned whole or refused at a line, never half")
    func scripts() throws {
        var random = FuzzBudget.generator(4)
        let log = MeetingLog(constitution: ShippedConstitution.hnbELG.constitution)
        for _ in 0..<max(1, FuzzBudget.iterations / 10) {
            var lines = (0..<Int.random(in: 1...8, using: &random)).map { _ in randomLine(&random) }
            lines.insert(["@14:05", "@2019-10-01T14:05", "@25:00", "# comment", "", "chair: close", "clerk: arrive finance.rep"].randomElement(using: &random)!,
                         at: Int.random(in: 0...lines.count, using: &random))
            do {
                let steps = try MeetingScript.plan(lines, file: "fuzz.txt", from: log, now: Date(timeIntervalSince1970: 1_570_000_000), timeZone: TimeZone(identifier: "UTC")!)
                #expect(steps.count <= lines.count)
            } catch {
                #expect(error.file == "fuzz.txt" && (1...lines.count).contains(error.line))
            }
        }
    }

    @Test("times: exactly HH:MM or YYYY-MM-DDTHH:MM, valid, or nothing")
    func times() {
        let context = CommandContext(state: MeetingState(constitution: ShippedConstitution.hnbELG.constitution),
                                     now: Date(timeIntervalSince1970: 1_570_000_000), timeZone: TimeZone(identifier: "UTC")!)
        for bad in ["14:xx:05", "+14:+05", "14::05", "1:2", "T14:05", "2019T10T14:05", "2019-10-01T14:05T16:30", "24:00", "14:60", "14:5",
                    " 14:05", "14:05 ", "2019-10-1T14:05", "2019-02-30T10:00", "+2019-10-01T14:05", "١٤:٠٥", ""] {
            #expect(context.time(bad) == nil, "\(bad.debugDescription) was accepted")
        }
        #expect(context.time("14:05") != nil && context.time("00:00") != nil && context.time("23:59") != nil)
        #expect(context.time("2019-10-01T14:05") == Date(timeIntervalSince1970: 1_569_938_700))
        var random = FuzzBudget.generator(5)
        let alphabet = Array("0123456789:T-+ x")
        for _ in 0..<FuzzBudget.iterations {
            let text = String((0..<Int.random(in: 0...17, using: &random)).map { _ in alphabet.randomElement(using: &random)! })
            let strict = text.wholeMatch(of: /([0-9]{4}-[0-9]{2}-[0-9]{2}T)?([01][0-9]|2[0-3]):[0-5][0-9]/) != nil
            if context.time(text) != nil { #expect(strict, "\(text) was accepted") }
        }
    }

    @Test("ids are non-empty and well-formed, texts bounded, at the line and in the domain")
    func idsAndLengths() throws {
        let context = CommandContext(state: MeetingState(constitution: ShippedConstitution.hnbELG.constitution), now: Date(), timeZone: TimeZone(identifier: "UTC")!)
        for line in ["motion \"x\" id=\"\"", "item add \"x\" id=\"\"", "item add \"x\" id=\"a b\"", "action \"x\" who=Kim due=2019-11-01 id=-1", "risk \"x\" owner=Kim id=é"] {
            #expect(throws: CommandError.self, "\(line)") { try CommandParser.parse(line, context: context) }
        }
        let long = String(repeating: "x", count: TextLimit.characters + 1)
        #expect { try CommandParser.parse("note \"\(long)\"", context: context) } throws: { error in
            (error as? CommandError)?.message.contains("the most one command takes is 10000") == true
        }
        #expect(throws: Never.self) { try CommandParser.parse("note \"\(long.dropLast())\"", context: context) }
        var log = MeetingLog(constitution: ShippedConstitution.hnbELG.constitution)
        try log.perform(.openMeeting(MeetingDetails(title: "ELG", date: CalendarDay("2019-10-02")!, place: "", clerk: "")), by: .chair, at: Date())
        #expect(throws: Refusal.self) { try log.perform(.moveMotion(MotionDraft(id: "", text: "x", mover: "EOG")), by: .chair, at: Date()) }
        #expect(throws: Refusal.self) { try log.perform(.addAgendaItem(AgendaItem(id: " ", title: "x")), by: .chair, at: Date()) }
    }
}
