import ConstitutionFile
import Foundation
import MeetingKit
import TestSupport

/// #22: a series of meetings driven by an adversary: every command kind, back-dated movements, clocks set
/// back, chair, clerk and members at their own terminals, confidentiality toggled both ways, corrections of
/// anything, undo, rule changes naming any motion, appointments and handovers during votes, new meetings
/// asked for before and after a close. Every free text carries a unique token, and the adversary keeps its
/// own account, by simple rules independent of Gavel's, of which tokens are confidential matter.
struct Adversary {
    var random: SeededGenerator
    var series: [MeetingLog]
    var minute = 0
    private var tokens = 0
    /// Tokens of confidential matter: once in, never out (invariant I4).
    private(set) var confidentialTokens: Set<String> = []
    /// The text each open vote opened on (invariant I5).
    private(set) var textAtOpening: [MotionID: String] = [:]
    /// Tokens by what carries them, to follow continuations and items.
    private var tokensOfMotion: [MotionID: Set<String>] = [:], tokensOfAction: [ActionID: Set<String>] = [:]
    private var tokensOfRisk: [RiskID: Set<String>] = [:], tokensOfEvent: [Int: Set<String>] = [:]
    private var tokensUnderItem: [AgendaItemID: Set<String>] = [:]
    private(set) var accepted = 0, refused = 0
    /// Meetings started, each with whether the one before was closed or empty when it started (I7).
    private(set) var starts: [Bool] = []

    static let constitution: Constitution = {
        var c = ShippedConstitution.hnbELG.constitution
        for (id, person) in c.people where !person.isNamed { c.people[id]?.name = person.placeholder }
        return c
    }()

    init(seed: UInt64) {
        random = SeededGenerator(state: seed)
        series = [MeetingLog(constitution: Self.constitution)]
    }

    var log: MeetingLog { series[series.count - 1] }
    var state: MeetingState { log.state }

    /// Minutes after a fixed start.
    func t(_ minutes: Int) -> Date { Date(timeIntervalSince1970: 1_570_000_000 + Double(minutes) * 60) }

    private mutating func token() -> String {
        tokens += 1
        return "tkn\(tokens)q"
    }

    private mutating func pick<T>(_ items: [T]) -> T? { items.isEmpty ? nil : items[Int.random(in: 0..<items.count, using: &random)] }
    private mutating func chance(_ percent: Int) -> Bool { Int.random(in: 0..<100, using: &random) < percent }

    /// One move: a command tried at some time by some role. Returns whether the record took it.
    @discardableResult
    mutating func step() -> Bool {
        minute += 1
        if chance(2) { return startNextMeeting() }
        let text = token()
        let (command, role, actor) = nextCommand(text)
        // Mostly now; sometimes the clock set back (I2).
        let time = chance(5) ? t(minute - Int.random(in: 1...30, using: &random)) : t(minute)
        let confidentialNow = isConfidentialNow(command)
        var copy = log
        do {
            let events = try copy.perform(command, by: role, as: actor, at: time)
            series[series.count - 1] = copy
            accepted += 1
            account(command, events: events, text: text, confidential: confidentialNow)
            return true
        } catch {
            refused += 1
            return false
        }
    }

    private mutating func nextCommand(_ text: String) -> (Command, Role, Actor?) {
        let c = state.constitution
        let person = pick(c.people.keys.sorted())!
        let seat = pick(c.seats.map(\.id))!
        let motion = pick(state.motionOrder) ?? MotionID("M1")
        let item = pick(state.agenda.map(\.id))
        let back = t(minute - Int.random(in: 0...20, using: &random))
        let staff: Role = chance(50) ? .chair : .clerk
        // A meeting opens early and reaches quorum often, so that votes are taken and broken.
        if state.openedAt == nil, chance(30) {
            return (.openMeeting(MeetingDetails(title: "ELG \(text)", date: CalendarDay("2019-10-01")!, place: "Civic Offices", clerk: "Kim")), .chair, nil)
        }
        if !state.quorum.isQuorate, chance(40) {
            let absent = c.seats.compactMap { c.holders[$0.id]?.representative }.filter { !state.present.contains($0) }
            if let rep = pick(absent) { return (.arrive(rep, at: chance(20) ? back : nil), .clerk, nil) }
        }
        switch Int.random(in: 0..<100, using: &random) {
        case 0..<10: return (.arrive(person, at: chance(30) ? back : nil), .clerk, nil)
        case 10..<15: return (.depart(person, at: chance(40) ? back : nil), .clerk, nil)
        case 15..<17:
            return (.appoint(seat: seat, capacity: chance(50) ? .proxy : .representative, name: "New \(text)", partnersAdvised: true), .clerk, nil)
        case 17..<19: return (.handOverChair(to: person), .chair, nil)
        case 19..<23:
            let id = AgendaItemID("I\(state.agenda.count + 1)")
            return (.addAgendaItem(AgendaItem(id: id, title: "Item \(text)", confidential: chance(30))), .chair, nil)
        case 23..<27: return (.openAgendaItem(item ?? "I1"), .chair, nil)
        case 27..<32: return (.markConfidential(item ?? "I1", chance(50)), staff, nil)
        case 32..<38:
            let id = MotionID("M\(state.motionOrder.count + 1)")
            let change = chance(15) ? RuleChange(newRule: .twoThirds, appliesTo: [motion]) : nil
            return (.moveMotion(MotionDraft(id: id, text: "Motion \(text)", mover: "EOG", rationale: "Why \(text)", ruleChange: change)), .chair, nil)
        case 38..<40: return (.amendMotion(motion, text: "Amended \(text)", note: "Note \(text)"), .chair, nil)
        case 40..<44: return (.openVote(state.openVote ?? motion, overrideInquorate: chance(50) ? "Proceed \(text)" : nil), .chair, nil)
        case 44..<52: return (.castVote(state.openVote ?? motion, seat: seat, choice: pick(VoteChoice.allCases)!), staff, nil)
        case 52..<58:
            // A member at their own terminal, voting for whichever seat they hold.
            let voter = pick(c.seats.compactMap { state.voteHolders[$0.id]?.holder }) ?? person
            let own = c.seats.first { state.voteHolders[$0.id]?.holder == voter }?.id ?? seat
            return (.castVote(state.openVote ?? motion, seat: own, choice: pick(VoteChoice.allCases)!, by: voter), .member,
                    Actor(person: voter, key: "SHA256:\(voter.rawValue)"))
        case 58..<62: return (.closeVote(state.openVote ?? motion), .chair, nil)
        case 62: return (chance(50) ? .withdrawMotion(motion) : .deferMotion(motion), .chair, nil)
        case 63..<69: return (.note(MinuteText(item: chance(20) ? item : nil, text: "Note \(text)", confidential: chance(5))), .clerk, nil)
        case 69: return (.raiseConcern(MinuteText(item: nil, text: "Concern \(text)")), .clerk, nil)
        case 70..<73:
            return (.recordAction(ActionItem(id: ActionID("A\(state.actions.count + 1)"), item: nil, what: "Do \(text)", who: "Who \(text)",
                                             due: CalendarDay("2019-12-01"))), .clerk, nil)
        case 73..<75:
            return (.recordRisk(Risk(id: RiskID("R\(state.risks.count + 1)"), item: nil, description: "Risk \(text)", owner: "Owner \(text)",
                                     rating: .high, mitigation: "Mitigate \(text)")), .clerk, nil)
        case 75: return (.closeAction(pick(state.actions.keys.sorted()) ?? "A1", note: "Closed \(text)"), .clerk, nil)
        case 76: return (.closeRisk(pick(state.risks.keys.sorted()) ?? "R1", note: "Closed \(text)"), .clerk, nil)
        case 77: return (.rerateRisk(pick(state.risks.keys.sorted()) ?? "R1", rating: pick(RiskRating.allCases)!, note: "Rerated \(text)"), .clerk, nil)
        case 78: return (.receiveReport(HighlightReport(item: nil, title: "Report \(text)", from: "EOG", challenge: "Challenge \(text)")), .clerk, nil)
        case 79: return (.agreeInformationSharing(InformationSharing(item: nil, what: "Share \(text)", shareWith: "With \(text)", howOften: "termly")), .clerk, nil)
        case 80: return (.declareInterest(Declaration(person: person, item: nil, interest: "Interest \(text)")), .clerk, nil)
        case 81..<86:
            let target = Int.random(in: 1...max(1, state.lastSequence), using: &random)
            return (.correct(Correction(target: target, text: "Corrected \(text)", carried: chance(20) ? chance(50) : nil)), staff, nil)
        case 86..<90:
            guard let last = state.lastAction else { return (.closeVote(motion), .chair, nil) }
            return (.undoLastAction(first: last.first), last.author, nil)
        case 90..<94:
            return (.openMeeting(MeetingDetails(title: "ELG \(text)", date: CalendarDay("2019-10-01")!, place: "Civic Offices", clerk: "Kim")), .chair, nil)
        case 94..<96: return (.closeMeeting, .chair, nil)
        default: return (.closeVote(state.openVote ?? motion), .chair, nil)
        }
    }

    /// The adversary's own rule for matter recorded now: confidential if placed under, or recorded while,
    /// an item flagged confidential at this moment, flagged itself, or continuing confidential matter.
    private func isConfidentialNow(_ command: Command) -> Bool {
        let current = state.currentItem.flatMap(state.item)?.confidential ?? false
        func item(_ id: AgendaItemID?) -> Bool { id.flatMap(state.item)?.confidential ?? false }
        func hidden(_ set: Set<String>?) -> Bool { !(set ?? []).isDisjoint(with: confidentialTokens) }
        switch command {
        case .addAgendaItem(let added): return added.confidential
        case .note(let text), .raiseConcern(let text): return current || text.confidential || item(text.item)
        case .moveMotion, .recordAction, .recordRisk, .receiveReport, .agreeInformationSharing, .declareInterest: return current
        case .amendMotion(let id, _, _), .openVote(let id, _), .withdrawMotion(let id, _), .deferMotion(let id, _), .closeVote(let id, _):
            return hidden(tokensOfMotion[id])
        case .castVote(let id, _, _, _): return hidden(tokensOfMotion[id])
        case .closeAction(let id, _): return hidden(tokensOfAction[id])
        case .closeRisk(let id, _), .rerateRisk(let id, _, _): return hidden(tokensOfRisk[id])
        case .correct(let correction): return hidden(tokensOfEvent[correction.target])
        default: return false
        }
    }

    private mutating func account(_ command: Command, events: [MeetingEvent], text: String, confidential: Bool) {
        let mine: Set<String> = [text]
        for event in events { tokensOfEvent[event.sequence] = mine }
        // Matter that goes under the current item unless it names one; not attendance, not continuations.
        switch command {
        case .note, .raiseConcern, .moveMotion, .recordAction, .recordRisk, .receiveReport, .agreeInformationSharing, .declareInterest:
            if let current = state.currentItem { tokensUnderItem[current, default: []].formUnion(mine) }
        default: break
        }
        switch command {
        case .moveMotion(let draft): tokensOfMotion[draft.id, default: []].formUnion(mine)
        case .amendMotion(let id, _, _), .openVote(let id, _), .closeVote(let id, _): tokensOfMotion[id, default: []].formUnion(mine)
        case .recordAction(let action): tokensOfAction[action.id, default: []].formUnion(mine)
        case .closeAction(let id, _): tokensOfAction[id, default: []].formUnion(mine)
        case .recordRisk(let risk): tokensOfRisk[risk.id, default: []].formUnion(mine)
        case .closeRisk(let id, _), .rerateRisk(let id, _, _): tokensOfRisk[id, default: []].formUnion(mine)
        case .addAgendaItem(let item): tokensUnderItem[item.id, default: []].formUnion(mine)
        case .note(let note): if let item = note.item { tokensUnderItem[item, default: []].formUnion(mine) }
        case .markConfidential(let item, true): confidentialTokens.formUnion(tokensUnderItem[item] ?? [])
        default: break
        }
        if confidential { confidentialTokens.formUnion(mine) }
        // An undo takes matter back; an id used again later names new matter.
        tokensOfMotion = tokensOfMotion.filter { state.motions[$0.key] != nil }
        tokensOfAction = tokensOfAction.filter { state.actions[$0.key] != nil }
        tokensOfRisk = tokensOfRisk.filter { state.risks[$0.key] != nil }
        // Whatever Gavel itself calls confidential counts from now on too: it may never decrease.
        for event in log.events where state.recordsConfidentialMatter(event) { confidentialTokens.formUnion(tokensOfEvent[event.sequence] ?? []) }
        if case .openVote(let id, _) = command, let motion = state.motions[id] { textAtOpening[id] = motion.draft.text + "|" + motion.originalText }
    }

    /// Asks for the next meeting, as `gavel new` or the console's M would; the store's own path is
    /// `SeriesContinuity`, which this calls.
    private mutating func startNextMeeting() -> Bool {
        let previous = state
        let number = series.count
        guard let constitution = try? SeriesContinuity.constitutionForNext(after: previous, number: number, given: nil, series: Self.constitution) else {
            refused += 1
            return false
        }
        starts.append(previous.closedAt != nil || previous.lastSequence == 0)
        let carried = previous.mattersArisingForNext(meetingNumber: number)
        series.append(MeetingLog(constitution: constitution, mattersArising: carried))
        // Ids start again in each meeting: only what is carried keeps its tokens.
        textAtOpening = [:]
        tokensOfEvent = [:]
        tokensOfMotion = [:]
        tokensUnderItem = [:]
        tokensOfAction = tokensOfAction.filter { id, _ in carried.actions.contains { $0.action.id == id } }
        tokensOfRisk = tokensOfRisk.filter { id, _ in carried.risks.contains { $0.risk.id == id } }
        accepted += 1
        return true
    }
}
