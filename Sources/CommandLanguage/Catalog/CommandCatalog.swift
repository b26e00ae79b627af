import Foundation
import MeetingKit

/// Every command of the language. The README's command reference is this table, in this order.
public enum CommandCatalog {
    /// Who moves a motion when nobody is named: the operational group (§4.1).
    public static let defaultMover = Body.eog.rawValue
    /// Whom a report is from when nobody is named: the operational group, whose highlight reports and risk
    /// register the ELG receives (N3).
    public static let defaultReportSource = Body.eog.rawValue

    static func spec(
        _ words: String, _ parameters: [ParameterSpec] = [], options: [ParameterSpec] = [], flags: [String] = [],
        _ summary: String, build: @escaping @Sendable (Arguments) throws(CommandError) -> Command
    ) -> CommandSpec {
        CommandSpec(
            words: words.split(separator: " ").map(String.init), parameters: parameters, options: options, flags: flags,
            summary: summary, build: build)
    }

    static func spec(
        _ words: String, _ summary: String, build: @escaping @Sendable (Arguments) throws(CommandError) -> Command
    ) -> CommandSpec {
        spec(words, [], summary, build: build)
    }

    public static let all: [CommandSpec] = meeting + attendance + agenda + motions + minutes

    static let meeting: [CommandSpec] = [
        spec(
            "open", [.init("title", .text)],
            options: [.init("date", .day), .init("place", .text), .init("clerk", .name)],
            "open the meeting (the chair)"
        ) { a throws(CommandError) in
            let date = try a.day("date") ?? a.context.today
            return .openMeeting(
                MeetingDetails(
                    title: try a.text("title"), date: date, place: a.optionalText("place") ?? "",
                    clerk: a.optionalText("clerk") ?? ""))
        },
        spec("close", "close the meeting (the chair)") { _ in .closeMeeting },
        spec("approve-minutes", [.init("note", .text, optional: true)], "approve the previous meeting's minutes") { a in
            .approvePreviousMinutes(note: a.optionalText("note") ?? "Approved as a true record")
        }.available { !$0.isFirstOfSeries },  // #24: the first meeting has no previous minutes
        spec(
            "name", [.init("person", .person), .init("name", .text)],
            "name a place the constitution left blank: the chair, a non-voting member (M4)"
        ) { a throws(CommandError) in
            .namePerson(try a.person("person"), name: try a.text("name"))
        },
        spec("chair", [.init("person", .person)], "hand the chair to someone (E2)") { a throws(CommandError) in
            .handOverChair(to: try a.person("person"))
        },
        spec(
            "correct", [.init("event", .integer), .init("text", .text)],
            options: [.init("outcome", .choice(["carried", "not-carried"]))],
            "correct a minuted entry (the text as it should read) or a closed vote (why; outcome= if it was wrong) by "
                + "its log number (V5)"
        ) { a throws(CommandError) in
            guard let target = try a.integer("event") else {
                throw CommandError("correct: expected the event's number from the log")
            }
            let carried = try a.optionalChoice("outcome", ["carried", "not-carried"]).map { $0 == "carried" }
            return .correct(Correction(target: target, text: try a.text("text"), carried: carried))
        },
    ]

    static let attendance: [CommandSpec] = [
        spec(
            "arrive", [.init("person", .person)], options: [.init("at", .time)],
            "record an arrival (A1); at=HH:MM for an earlier time"
        ) { a throws(CommandError) in
            .arrive(try a.person("person"), at: try a.time("at"))
        },
        spec("leave", [.init("person", .person)], options: [.init("at", .time)], "record a departure (A1)") {
            a throws(CommandError) in
            .depart(try a.person("person"), at: try a.time("at"))
        },
        spec(
            "apologies", [.init("person", .person), .init("note", .text, optional: true)],
            "record apologies for absence (A1)"
        ) { a throws(CommandError) in
            .giveApologies(try a.person("person"), note: a.optionalText("note") ?? "")
        },
        spec("guest", [.init("name", .text), .init("role", .text)], "add a non-voting guest") {
            a throws(CommandError) in
            .addGuest(name: try a.text("name"), role: try a.text("role"))
        },
        spec(
            "appoint",
            [.init("seat", .seat), .init("capacity", .choice(["representative", "proxy"])), .init("name", .text)],
            flags: ["advised"],
            "appoint a successor representative or proxy; 'advised' records that partners were told (P2–P4)"
        ) { a throws(CommandError) in
            .appoint(
                seat: try a.seat("seat"),
                capacity: try a.choice("capacity", ["representative", "proxy"]) == "proxy" ? .proxy : .representative,
                name: try a.text("name"), partnersAdvised: a.flag("advised"))
        },
    ]

    static let agenda: [CommandSpec] = [
        spec(
            "item add", [.init("title", .text)], options: [.init("minutes", .integer), .init("id", .text)],
            flags: ["confidential"], "add an agenda item"
        ) { a throws(CommandError) in
            let id = try a.newID("", existing: a.context.state.agenda.map(\.id.rawValue))
            return .addAgendaItem(
                AgendaItem(
                    id: AgendaItemID(id), title: try a.text("title"), allottedMinutes: try a.integer("minutes"),
                    confidential: a.flag("confidential")))
        },
        spec(
            "item rename", [.init("item", .item), .init("title", .text)],
            "put an agenda item's title right, before the meeting closes"
        ) { a throws(CommandError) in
            .renameAgendaItem(AgendaItemID(try a.text("item")), title: try a.text("title"))
        },
        spec("item open", [.init("item", .item)], "make an item the current one") { a throws(CommandError) in
            .openAgendaItem(AgendaItemID(try a.text("item")))
        },
        spec(
            "item confidential", [.init("item", .item), .init("setting", .choice(["on", "off"]))],
            "mark an item confidential or public (N4)"
        ) { a throws(CommandError) in
            .markConfidential(AgendaItemID(try a.text("item")), try a.choice("setting", ["on", "off"]) == "on")
        },
    ]

    static let motions: [CommandSpec] = [
        spec(
            "motion", [.init("text", .text)],
            options: [.init("mover", .name), .init("rationale", .text), .init("id", .text)],
            "move a motion (V5), decided by the meeting's rule; another rule needs a rule change (V3)"
        ) { a throws(CommandError) in
            let id = try a.newID("M", existing: a.context.state.motionOrder.map(\.rawValue))
            return .moveMotion(
                MotionDraft(
                    id: MotionID(id), text: try a.text("text"), mover: a.optionalText("mover") ?? defaultMover,
                    rationale: a.optionalText("rationale") ?? ""))
        },
        spec(
            "rule-change", [.init("rule", .rule), .init("motions", .motion, variadic: true)],
            options: [.init("id", .text), .init("mover", .name)],
            "propose, for unanimous agreement, another rule for the motions named (V3)"
        ) { a throws(CommandError) in
            guard let rule = try a.rule("rule") else {
                throw CommandError("rule-change: expected \(ArgumentKind.rule.noun)")
            }
            let targets = a.list("motions").map { MotionID($0) }
            guard !targets.isEmpty else { throw CommandError("rule-change: name the motions the new rule applies to") }
            let id = try a.newID("M", existing: a.context.state.motionOrder.map(\.rawValue))
            let text =
                "That motion(s) \(targets.map(\.rawValue).joined(separator: ", ")) be decided by \(rule.fileName)"
            return .moveMotion(
                MotionDraft(
                    id: MotionID(id), text: text, mover: a.optionalText("mover") ?? "Chair",
                    ruleChange: RuleChange(newRule: rule, appliesTo: targets)))
        },
        spec(
            "amend", [.init("motion", .motion), .init("text", .text), .init("note", .text, optional: true)],
            "amend a motion before its vote (V5)"
        ) { a throws(CommandError) in
            .amendMotion(MotionID(try a.text("motion")), text: try a.text("text"), note: a.optionalText("note") ?? "")
        },
        spec(
            "withdraw", [.init("motion", .motion), .init("reason", .text, optional: true)],
            "withdraw a motion before its vote; the reason is minuted (V5)"
        ) { a throws(CommandError) in
            .withdrawMotion(MotionID(try a.text("motion")), reason: a.optionalText("reason") ?? "")
        },
        spec(
            "defer", [.init("motion", .motion), .init("reason", .text, optional: true)],
            "defer a motion to later; the reason is minuted (V5)"
        ) { a throws(CommandError) in
            .deferMotion(MotionID(try a.text("motion")), reason: a.optionalText("reason") ?? "")
        },
        spec(
            "vote open", [.init("motion", .motion)], options: [.init("override", .text)],
            "open the vote; override=\"reason\" proceeds without quorum, minuted (Q4)"
        ) { a throws(CommandError) in
            .openVote(MotionID(try a.text("motion")), overrideInquorate: a.optionalText("override"))
        },
        spec(
            "vote",
            [.init("motion", .motion), .init("seat", .seat), .init("choice", .choice(["for", "against", "abstain"]))],
            options: [.init("by", .person)],
            "record a seat's vote for whoever holds it; by= checks it is that person (V1, A2, A3)"
        ) { a throws(CommandError) in
            let choice = VoteChoice(rawValue: try a.choice("choice", ["for", "against", "abstain"]))!
            return .castVote(
                MotionID(try a.text("motion")), seat: try a.seat("seat"), choice: choice, by: try a.optionalPerson("by")
            )
        },
        spec(
            "vote close", [.init("motion", .motion)], options: [.init("casting", .choice(["for", "against"]))],
            "close the vote; casting= is the chair's casting vote on a tie, if the constitution gives one (M4)"
        ) { a throws(CommandError) in
            let casting =
                a.optionalText("casting") == nil
                ? nil : VoteChoice(rawValue: try a.choice("casting", ["for", "against"]))
            return .closeVote(MotionID(try a.text("motion")), castingVote: casting)
        },
    ]

    static let minutes: [CommandSpec] = [
        spec(
            "note", [.init("text", .text)], options: [.init("item", .item)], flags: ["confidential"],
            "minute a note (N1)"
        ) { a throws(CommandError) in
            .note(
                MinuteText(
                    item: a.optionalText("item").map { AgendaItemID($0) }, text: try a.text("text"),
                    confidential: a.flag("confidential")))
        },
        spec(
            "concern", [.init("text", .text)], options: [.init("item", .item)], flags: ["confidential"],
            "minute a systemic concern raised (N1, N4)"
        ) { a throws(CommandError) in
            .raiseConcern(
                MinuteText(
                    item: a.optionalText("item").map { AgendaItemID($0) }, text: try a.text("text"),
                    confidential: a.flag("confidential")))
        },
        spec(
            "action", [.init("what", .text)],
            options: [.init("who", .name), .init("due", .day), .init("item", .item), .init("id", .text)],
            flags: ["confidential"],
            "record an action: what, who= and due= (N2)"
        ) { a throws(CommandError) in
            guard let who = try a.personOrText("who") else {
                throw a.missing("who", "action: expected who=\"…\": an action says who will do it (N2)")
            }
            guard let due = try a.day("due") else {
                throw a.missing("due", "action: expected due=YYYY-MM-DD: an action says by when (N2)")
            }
            let id = try a.newID("A", existing: a.context.state.actions.keys.map(\.rawValue), seriesWide: true)
            return .recordAction(
                ActionItem(
                    id: ActionID(id), item: a.optionalText("item").map { AgendaItemID($0) }, what: try a.text("what"),
                    who: who, due: due, confidential: a.flag("confidential")))
        },
        spec(
            "action close", [.init("action", .action), .init("note", .text, optional: true)],
            "close an action, this meeting's or one carried forward (N2)"
        ) { a throws(CommandError) in
            .closeAction(ActionID(try a.text("action")), note: a.optionalText("note") ?? "")
        },
        spec(
            "risk", [.init("description", .text)],
            options: [
                .init("owner", .name), .init("rating", .rating), .init("mitigation", .text), .init("item", .item),
                .init("id", .text),
            ], flags: ["confidential"],
            "add to the risk register: owner=, rating=, mitigation= (N3)"
        ) { a throws(CommandError) in
            guard let owner = try a.personOrText("owner") else {
                throw a.missing("owner", "risk: expected owner=\"…\" (N3)")
            }
            let rating = a.optionalText("rating") == nil ? RiskRating.medium : try a.rating("rating")
            let id = try a.newID("R", existing: a.context.state.risks.keys.map(\.rawValue), seriesWide: true)
            return .recordRisk(
                Risk(
                    id: RiskID(id), item: a.optionalText("item").map { AgendaItemID($0) },
                    description: try a.text("description"), owner: owner, rating: rating,
                    mitigation: a.optionalText("mitigation") ?? "", confidential: a.flag("confidential")))
        },
        spec(
            "risk rate", [.init("risk", .risk), .init("rating", .rating), .init("note", .text, optional: true)],
            "re-rate a risk (N3)"
        ) { a throws(CommandError) in
            .rerateRisk(RiskID(try a.text("risk")), rating: try a.rating("rating"), note: a.optionalText("note") ?? "")
        },
        spec(
            "risk close", [.init("risk", .risk), .init("note", .text)],
            "close a risk, saying why; it leaves the register (N3)"
        ) { a throws(CommandError) in
            .closeRisk(RiskID(try a.text("risk")), note: try a.text("note"))
        },
        spec(
            "report", [.init("title", .text)],
            options: [.init("from", .text), .init("challenge", .text), .init("item", .item)], flags: ["confidential"],
            "minute a report received (a highlight report, the risk register) with the challenge given: from=, "
                + "challenge= (N3)"
        ) { a throws(CommandError) in
            .receiveReport(
                HighlightReport(
                    item: a.optionalText("item").map { AgendaItemID($0) }, title: try a.text("title"),
                    from: a.optionalText("from") ?? defaultReportSource,
                    challenge: a.optionalText("challenge") ?? "", confidential: a.flag("confidential")))
        },
        spec(
            "share", [.init("what", .text)],
            options: [.init("with", .text), .init("often", .text), .init("item", .item)],
            "minute information to share with partner groups: with=, often= (N5)"
        ) { a throws(CommandError) in
            .agreeInformationSharing(
                InformationSharing(
                    item: a.optionalText("item").map { AgendaItemID($0) }, what: try a.text("what"),
                    shareWith: a.optionalText("with") ?? "", howOften: a.optionalText("often") ?? ""))
        },
        spec(
            "declare", [.init("person", .person), .init("interest", .text)], options: [.init("item", .item)],
            "minute a declaration of interest; the vote stands (V6)"
        ) { a throws(CommandError) in
            .declareInterest(
                Declaration(
                    person: try a.person("person"), item: a.optionalText("item").map { AgendaItemID($0) },
                    interest: try a.text("interest")))
        },
    ]
}

extension CommandContext {
    /// Today in this terminal's time zone, the default meeting date.
    public var today: CalendarDay { CalendarDay(now, in: timeZone) ?? CalendarDay(year: 1970, month: 1, day: 1)! }
}
