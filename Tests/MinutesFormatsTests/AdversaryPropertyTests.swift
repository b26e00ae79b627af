import Foundation
import MeetingKit
import MinutesFormats
import Testing

/// #22: the adversarial property test. After every command the adversary tries, every invariant holds on
/// the record, no public output holds a token of confidential matter, every closed vote's snapshot equals
/// the record's view at its instant, and at the end the registers agree with the minutes.
@Suite("An adversary against the record's invariants (#22)")
struct AdversaryPropertyTests {
    /// 60 sequences in CI; GAVEL_ADVERSARY_SEQUENCES=50000 (and GAVEL_ADVERSARY_FIRST_SEED) by hand.
    static var seeds: ClosedRange<UInt64> {
        let environment = ProcessInfo.processInfo.environment
        let first = environment["GAVEL_ADVERSARY_FIRST_SEED"].flatMap(UInt64.init) ?? 1
        let count = environment["GAVEL_ADVERSARY_SEQUENCES"].flatMap(UInt64.init) ?? 60
        return first...(first + count - 1)
    }
    static let steps = 120
    /// Public outputs are rendered after every accepted command in CI; a long run by hand may render them
    /// every Nth (GAVEL_ADVERSARY_OUTPUT_EVERY), the invariants still checked after every command.
    static let outputEvery = ProcessInfo.processInfo.environment["GAVEL_ADVERSARY_OUTPUT_EVERY"].flatMap(Int.init) ?? 1

    @Test("I1–I7, N4, V1, V3, V5, A2, Q3: every invariant holds after every accepted command of an adversary; no public output leaks")
    func adversary() {
        var totals = (accepted: 0, refused: 0, meetings: 0, votes: 0, confidential: 0)
        for seed in Self.seeds {
            let result = Self.play(seed: seed)
            if let failure = result.failure {
                Issue.record("seed \(seed): \(failure)")
                return
            }
            totals.accepted += result.adversary.accepted
            totals.refused += result.adversary.refused
            totals.meetings += result.adversary.series.count
            totals.votes += result.adversary.series.reduce(0) { $0 + $1.state.motions.values.count { $0.result != nil } }
            totals.confidential += result.adversary.confidentialTokens.count
        }
        print("adversary: \(Self.seeds.count) sequences, \(totals.accepted) commands accepted, \(totals.refused) refused, \(totals.meetings) meetings, \(totals.votes) votes closed, \(totals.confidential) confidential tokens")
        // The adversary must reach what the invariants are about, or this proves nothing.
        guard Self.seeds.count >= 20 else { return }
        #expect(totals.votes > Self.seeds.count)
        #expect(totals.meetings > Self.seeds.count)
        #expect(totals.confidential > Self.seeds.count * 3)
    }

    @Test("the adversary has teeth: with any one invariant switched off, some seed breaks the record and is caught", arguments: RecordInvariant.allCases)
    func teeth(_ invariant: RecordInvariant) {
        let caught = RecordInvariant.$switchedOff.withValue([invariant]) { () -> (UInt64, String)? in
            for seed in UInt64(1)...400 {
                if let failure = Self.play(seed: seed).failure { return (seed, failure) }
            }
            return nil
        }
        #expect(caught != nil, "with \(invariant.rawValue) switched off, 400 seeds found nothing: the test has no teeth for it")
        if let caught { print("teeth: \(invariant.rawValue) switched off is caught by seed \(caught.0): \(caught.1.prefix(160))") }
    }

    /// Plays one sequence, checking after every accepted command; the first broken check, if any.
    static func play(seed: UInt64) -> (adversary: Adversary, failure: String?) {
        var adversary = Adversary(seed: seed)
        for index in 0..<steps {
            guard adversary.step() else { continue }
            let outputs = (index + 1) % outputEvery == 0
            if let failure = check(adversary, outputs: outputs, full: outputs && index % 20 == 19) { return (adversary, "after step \(index + 1): \(failure)") }
        }
        if let failure = check(adversary, outputs: true, full: true) ?? registersAgree(adversary) { return (adversary, "at the end: \(failure)") }
        return (adversary, nil)
    }

    static func check(_ adversary: Adversary, outputs: Bool, full: Bool) -> String? {
        let state = adversary.state
        let events = adversary.log.events
        // I2: time runs forward.
        for (earlier, later) in zip(events, events.dropFirst()) where later.time < earlier.time {
            return "I2: event \(later.sequence) is timed before event \(earlier.sequence)"
        }
        for motion in state.orderedMotions {
            // I1: each ballot was cast by whoever held the seat's vote at that instant, as the record tells it now.
            for record in motion.ballotHistory where state.voteHolders(at: record.at)[record.ballot.seat]?.holder != record.ballot.voter {
                return "I1: motion \(motion.id): \(record.ballot.voter) voted for \(record.ballot.seat), which the record now says they did not hold then"
            }
            // I1: a closed vote's snapshot is the record's view at its instant.
            if let result = motion.result {
                let view = state.constitution(at: result.closedAt).seatHoldings(present: state.present(at: result.closedAt))
                if view != result.holdings { return "I1: the snapshot of motion \(motion.id)'s vote differs from the record's view at its close" }
            }
            // I3: a vote cast at a member's own terminal is changed only there.
            var own = Set<SeatID>()
            for record in motion.ballotHistory {
                if own.contains(record.ballot.seat), !record.fromOwnTerminal { return "I3: motion \(motion.id): a member's own vote for \(record.ballot.seat) was keyed over" }
                if record.fromOwnTerminal { own.insert(record.ballot.seat) }
            }
            // I5: one text under a vote.
            if case .voting = motion.stage, adversary.textAtOpening[motion.id] != motion.draft.text + "|" + motion.originalText {
                return "I5: motion \(motion.id)'s text changed while its vote was open"
            }
            // I6: rule changes name ordinary motions only.
            if let change = motion.draft.ruleChange, let target = change.appliesTo.first(where: { state.motions[$0]?.isRuleChange == true }) {
                return "I6: rule change \(motion.id) names rule change \(target)"
            }
        }
        // I7: each meeting started after the one before was closed (or held nothing).
        if adversary.starts.contains(false) { return "I7: a meeting started while the one before was still going" }
        // N4, I4: no public output holds a token of confidential matter.
        guard outputs else { return nil }
        let leaked = publicOutputs(adversary, full: full).compactMap { name, text -> String? in
            let found = tokens(in: text).intersection(adversary.confidentialTokens)
            guard let token = found.sorted().first else { return nil }
            // Where the token came from, so a failing seed can be read without replaying it.
            let origin = adversary.series.enumerated().flatMap { number, log in
                log.events.filter { "\($0.payload)".contains(token) }.map { "meeting \(number + 1) event \($0.sequence) by \($0.author): \($0.payload)" }
            }
            return "\(name) shows confidential \(token), from \(origin.joined(separator: "; "))"
        }
        return leaked.first.map { "N4/I4: \($0)" }
    }

    /// Every public output of the series as it stands.
    static func publicOutputs(_ adversary: Adversary, full: Bool) -> [(String, String)] {
        let meetings = adversary.series.enumerated().map { (number: $0.offset + 1, state: $0.element.state) }
        let document = MinutesDocument(state: adversary.state)
        var outputs = [("public minutes (Markdown)", MarkdownMinutes.render(document, head: "h"))]
        let register = ActionRegister(meetings: meetings, today: CalendarDay("2020-01-01")!)
        outputs.append(("action register", ActionRegisterFormats.markdown(register, series: "s") + ActionRegisterFormats.csv(register)))
        let tables = [SeriesRegisters.decisions(meetings), SeriesRegisters.interests(meetings)]
        outputs.append(("registers", (try? RegisterFormats.render(tables, series: "s", format: "md")) ?? ""))
        let log = adversary.log
        let undone = MeetingState.undoneRanges(in: log.events)
        let kept = log.events.filter { event in !undone.contains { $0.contains(event.sequence) } }
        let shown = PublicProjection.publicEvents(of: kept, in: log.state)
        outputs.append(("public search", kept.filter { shown.contains($0.sequence) }.compactMap(\.payload.searchableText?.text).joined(separator: "\n")))
        if full {
            outputs.append(("public minutes (JSON)", (try? JSONMinutes.render(document, head: JSONMinutes.ChainHead(meeting: 1, eventCount: 0, hash: ""))) ?? ""))
            outputs.append(("public minutes (HTML)", HTMLMinutes.render(document, head: "h")))
        }
        return outputs
    }

    /// #22.3: the registers agree with each meeting's public minutes.
    static func registersAgree(_ adversary: Adversary) -> String? {
        let meetings = adversary.series.enumerated().map { (number: $0.offset + 1, state: $0.element.state) }
        let decisions = SeriesRegisters.decisions(meetings)
        let interests = SeriesRegisters.interests(meetings)
        for (number, state) in meetings {
            let minutes = MinutesDocument(state: state)
            let minuted = minutes.items.flatMap(\.motions).map(\.id.rawValue).sorted()
            let registered = decisions.rows.filter { $0[0] == "\(number)" }.map { $0[3] }.sorted()
            if minuted != registered { return "meeting \(number): the decisions register has motions \(registered), the minutes \(minuted)" }
            let declared = minutes.items.flatMap(\.declarations).map(\.interest).sorted()
            let interestRows = interests.rows.filter { $0[0] == "\(number)" }.map { $0[4] }.sorted()
            if declared != interestRows { return "meeting \(number): the register of interests differs from the minutes" }
        }
        return nil
    }

    /// The adversary's tokens in `text`: "tkn", digits, "q".
    static func tokens(in text: String) -> Set<String> {
        var found = Set<String>()
        var rest = text[...]
        while let start = rest.range(of: "tkn") {
            let digits = rest[start.upperBound...].prefix { $0.isNumber }
            let end = digits.endIndex
            if !digits.isEmpty, end < rest.endIndex, rest[end] == "q" { found.insert("tkn\(digits)q") }
            rest = rest[start.upperBound...]
        }
        return found
    }
}
