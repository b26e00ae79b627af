import CommandLanguage
import ConstitutionFile
import Foundation
import MeetingKit
import Testing

/// The shipped HNB ELG with Special Schools' people named, in UTC at a fixed instant.
func context() -> CommandContext {
    var constitution = ShippedConstitution.hnbELG.constitution
    constitution.people["special-schools-representative"]?.name = "Jo Bloggs"
    let state = MeetingState(constitution: constitution)
    return CommandContext(state: state, now: Date(timeIntervalSince1970: 1_570_000_000), timeZone: TimeZone(identifier: "UTC")!, meetingNumber: 3)
}

private func parse(_ line: String) throws -> Command {
    try CommandParser.parse(line, context: context())
}

private func error(_ line: String) -> String? {
    do { _ = try parse(line); return nil } catch { return "\(error)" }
}


@Suite("The command language")
struct CommandParserTests {
    @Test("A1: arrive resolves a person by id, by name in any case, and by seat shorthand")
    func people() throws {
        #expect(try parse("arrive special-schools-representative") == .arrive("special-schools-representative", at: nil))
        #expect(try parse("arrive \"jo bloggs\"") == .arrive("special-schools-representative", at: nil))
        #expect(try parse("arrive special-schools.proxy") == .arrive("special-schools-proxy", at: nil))
    }

    @Test("A1: at=HH:MM is today at that time in the terminal's time zone")
    func arrivalTime() throws {
        guard case .arrive(_, let at?) = try parse("arrive special-schools.rep at=09:30") else { Issue.record("no time"); return }
        #expect(at == Date(timeIntervalSince1970: 1_570_008_600))  // the context's today, 2019-10-02, 09:30 UTC
    }

    @Test("V1: vote takes the motion, the seat and the choice, with by= to check the voter")
    func vote() throws {
        #expect(try parse("vote M1 special-schools for") == .castVote("M1", seat: "special-schools", choice: .inFavour, by: nil))
        #expect(try parse("vote M1 \"Special Schools\" against by=special-schools.proxy") == .castVote("M1", seat: "special-schools", choice: .against, by: "special-schools-proxy"))
        #expect(try parse("vote open M1 override=\"Deadline\"") == .openVote("M1", overrideInquorate: "Deadline"))
        #expect(try parse("vote close M1") == .closeVote("M1", castingVote: nil))
    }

    @Test("rule V5: a motion gets the next free id and a mover")
    func motion() throws {
        let made = try parse("motion \"That the banding model be adopted\" rationale=\"HNB review\"")
        #expect(made == .moveMotion(MotionDraft(id: "M1", text: "That the banding model be adopted", mover: "EOG", rationale: "HNB review")))
    }

    @Test("rule V2, rule V3: a motion takes no rule of its own; another rule comes only by a rule change")
    func motionTakesNoRule() {
        #expect(throws: CommandError.self) { try parse("motion \"Carry it\" rule=1/2") }
    }

    @Test("rule V2: a rule change to a fraction at or below one half is refused, naming the fraction")
    func weakRuleChangeRefused() {
        for weak in ["1/2", "1/100", "2/4", "0/3"] {
            #expect {
                try parse("rule-change \(weak) M1")
            } throws: { error in
                "\(error)".contains(weak == "0/3" ? "unknown rule" : "does not need more than half")
            }
        }
        #expect(throws: Never.self) { try parse("rule-change 3/5 M1") }
    }

    @Test("V3: rule-change names the rule and the motions it applies to")
    func ruleChange() throws {
        guard case .moveMotion(let draft) = try parse("rule-change two-thirds M1 M2") else { Issue.record("not a motion"); return }
        #expect(draft.ruleChange == RuleChange(newRule: .twoThirds, appliesTo: ["M1", "M2"]))
    }

    @Test("N2: an action needs who; its id carries the meeting number")
    func action() throws {
        #expect(try parse("action \"Circulate the model\" who=\"Consultant Head\" due=2019-11-01") == .recordAction(ActionItem(id: "A3.1", item: nil, what: "Circulate the model", who: "Consultant Head", due: CalendarDay("2019-11-01"))))
        #expect(error("action \"Circulate\"") == "action: expected who=\"…\": an action says who will do it (N2)")
    }

    @Test("N4: flags such as confidential are bare words")
    func flags() throws {
        #expect(try parse("note \"Named child discussed\" confidential") == .note(MinuteText(item: nil, text: "Named child discussed", confidential: true)))
        #expect(try parse("appoint finance proxy \"Sam Spare\" advised") == .appoint(seat: "finance", capacity: .proxy, name: "Sam Spare", partnersAdvised: true))
    }

    @Test("errors name the command and what was expected, with its usage")
    func errors() {
        #expect(error("vote M1 special-schools yes") == "vote: expected for or against or abstain for choice, found 'yes'")
        #expect(error("vote M1") == "vote: expected seat (a seat id). Usage: vote <motion> <seat> <choice> [by=…]")
        #expect(error("arrive nobody") == "arrive: nobody called 'nobody' is on the roll; try an id such as chair, early-years-proxy, early-years-representative, a name in quotes, or SEAT.rep")
        #expect(error("vot M1") == "unknown command 'vot'; did you mean 'vote'?")
        #expect(error("note Budget agreed") == "note: unexpected 'agreed'; put text with spaces in quotes. Usage: note <text> [item=…] [confidential]")
        #expect(error("note \"unclosed") == "the quote opened at column 6 is never closed")
        #expect(error("arrive special-schools.rep when=9") == "arrive: unknown option 'when='; it takes at=. Usage: arrive <person> [at=…]")
        #expect(error("vote M1 nowhere for") == "vote: there is no seat 'nowhere'; seats are early-years, primary-schools, secondary-schools, post-16-19-colleges, special-schools, pupil-referral-units, primary-governors, secondary-governors, finance")
    }

    @Test("every command in the catalogue has a unique name and a summary")
    func catalogue() {
        let names = CommandCatalog.all.map(\.name)
        #expect(Set(names).count == names.count)
        #expect(CommandCatalog.all.allSatisfy { !$0.summary.isEmpty })
    }
}

@Suite("Completion")
struct CompletionTests {
    private let state = context().state

    @Test("command words complete first, then their second words")
    func words() {
        #expect(Completion.candidates(for: "vo", state: state) == ["vote"])
        #expect(Completion.candidates(for: "vote ", state: state).prefix(2) == ["close", "open"])
        #expect(Completion.candidates(for: "item o", state: state) == ["open"])
    }

    @Test("seats and people complete from the constitution")
    func names() {
        #expect(Completion.candidates(for: "arrive special-schools.p", state: state) == ["special-schools.proxy"])
        #expect(Completion.candidates(for: "appoint fin", state: state) == ["finance"])
        #expect(Completion.candidates(for: "vote M1 special-schools ab", state: state) == ["abstain"])
        #expect(Completion.candidates(for: "arrive special-schools.rep at", state: state) == ["at="])
    }

    @Test("#24: a name completes from its first letters, without its quote, in any case, and inside an open quote")
    func partialNames() {
        #expect(Completion.candidates(for: "arrive jo", state: state) == ["\"Jo Bloggs\""])
        #expect(Completion.candidates(for: "action \"Ring\" who=jo", state: state) == ["who=\"Jo Bloggs\""])
        #expect(Completion.candidates(for: "action \"Ring round\" who=\"Jo B", state: state) == ["who=\"Jo Bloggs\""])
        #expect(Completion.endsInOpenQuote("action \"Ring round\" who=\"Jo B"))
        #expect(!Completion.endsInOpenQuote("action \"Ring \\\" round\""), "an escaped quote does not close")
    }

    @Test("#24, N1: a backslash is kept as typed; a quote inside a word, or text run on after a closing quote, is refused where it is")
    func quotesAndBackslashes() throws {
        #expect(try parse("note \"Saved at S:\\ELG\\notes\"") == .note(MinuteText(item: nil, text: "Saved at S:\\ELG\\notes")))
        #expect(try parse("note \"Saved at S:\\\\x and \\\"y\\\"\"") == .note(MinuteText(item: nil, text: "Saved at S:\\x and \"y\"")))
        for (line, column) in [("open meeting\"\"Board", 13), ("note \"Board\"meeting", 13), ("note ab\"cd", 8)] {
            let error = #expect(throws: CommandError.self) { try parse(line) }
            #expect(error?.position == column - 1, "\(line): \(String(describing: error))")
        }
        let unclosed = #expect(throws: CommandError.self) { try parse("open \"Board") }
        #expect(unclosed?.position == 11, "the cursor waits at the end of the line, where the closing quote goes")
    }

    @Test("#24, N1: approve-minutes is not offered on the first meeting of a series, and is on a later one")
    func approveMinutesOnlyAfterTheFirst() {
        let first = MeetingState(constitution: state.constitution, isFirstOfSeries: true)
        #expect(!Completion.candidates(for: "appr", state: first).contains("approve-minutes"))
        #expect(Completion.candidates(for: "appr", state: state) == ["approve-minutes"])
    }
}

@Suite("Documentation")
struct DocumentationTests {
    @Test("the README's command reference lists every command of the catalogue, so help cannot drift")
    func readmeListsEveryCommand() throws {
        let readme = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../README.md").standardized.path
        let text = try String(contentsOfFile: readme, encoding: .utf8)
        for spec in CommandCatalog.all {
            #expect(text.contains("`\(spec.usage.replacingOccurrences(of: "|", with: "\\|"))`"), "README lacks \(spec.usage)")
        }
    }
}
