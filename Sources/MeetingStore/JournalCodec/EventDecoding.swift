import Foundation
import MeetingKit

/// Reads an event as docs/journal-format.md describes it, including what older records hold: events
/// without `by`, motions with their own `rule`. Keys may come in any order, and keys this Gavel does not
/// know are passed over, as JSONDecoder passed over them.
extension MeetingEvent {
    init(journal object: JournalObject) throws(JournalTextError) {
        // One pass over the members: looking each up by name would pass over the payload again for each.
        var author: Int?, by: Int?, payload: Int?, sequence: Int?, time: Int?
        try object.text.forEachMember(ofObjectAt: object.offset) { key, value throws(JournalTextError) in
            if try key.is("author") {
                author = value
            } else if try key.is("by") {
                by = value
            } else if try key.is("payload") {
                payload = value
            } else if try key.is("sequence") {
                sequence = value
            } else if try key.is("time") {
                time = value
            }
        }
        let text = object.text
        self.init(
            sequence: try object.field("sequence", at: sequence) { at throws(JournalTextError) in try text.int(at: at)
            },
            time: try object.field("time", at: time) { at throws(JournalTextError) in
                Date(timeIntervalSinceReferenceDate: try text.double(at: at))
            },
            author: try object.field("author", at: author) { at throws(JournalTextError) in
                try JournalObject.word(try text.string(at: at))
            },
            by: try by.flatMap { at throws(JournalTextError) in
                text.isNull(at: at) ? nil : try Actor(journal: JournalObject(text: text, at: at))
            },
            payload: try EventPayload(
                journal: try object.field("payload", at: payload) { at throws(JournalTextError) in
                    try JournalObject(text: text, at: at)
                }))
    }
}

extension Actor {
    init(journal object: JournalObject) throws(JournalTextError) {
        self.init(
            person: try object.optionalID("person"), name: try object.optionalString("name"),
            key: try object.optionalString("key"))
    }
}

extension EventPayload {
    init(journal object: JournalObject) throws(JournalTextError) {
        let (kind, fields) = try object.onlyMember()
        do {
            self = try Self.read(kind: kind, fields)
        } catch {
            throw JournalTextError(detail: "in `\(kind)`: \(error.detail)")
        }
    }

    // One line per kind, as the format's table lists them.
    private static func read(kind: String, _ f: JournalObject) throws(JournalTextError) -> EventPayload {
        switch kind {
        case "meetingOpened": .meetingOpened(try MeetingDetails(journal: f.object("_0")))
        case "meetingClosed": .meetingClosed
        case "previousMinutesApproved": .previousMinutesApproved(note: try f.string("note"))
        case "arrived": .arrived(person: try f.id("person"), at: try f.date("at"))
        case "departed": .departed(person: try f.id("person"), at: try f.date("at"))
        case "apologies": .apologies(person: try f.id("person"), note: try f.string("note"))
        case "guestAdded": .guestAdded(try Person(journal: f.object("_0")), role: try f.string("role"))
        case "appointed": .appointed(try Appointment(journal: f.object("_0")))
        case "chairHandedOver": .chairHandedOver(to: try f.id("to"))
        case "personNamed": .personNamed(try f.id("_0"), name: try f.string("name"))
        case "agendaItemAdded": .agendaItemAdded(try AgendaItem(journal: f.object("_0")))
        case "agendaItemOpened": .agendaItemOpened(try f.id("_0"))
        case "agendaItemRenamed": .agendaItemRenamed(try f.id("_0"), title: try f.string("title"))
        case "confidentialityMarked":
            .confidentialityMarked(item: try f.id("item"), confidential: try f.bool("confidential"))
        case "motionMoved": .motionMoved(try MotionDraft(journal: f.object("_0")))
        case "motionAmended": .motionAmended(try f.id("_0"), text: try f.string("text"), note: try f.string("note"))
        case "motionWithdrawn": .motionWithdrawn(try f.id("_0"))
        case "motionDeferred": .motionDeferred(try f.id("_0"))
        case "quorumOverridden": .quorumOverridden(try f.id("_0"), reason: try f.string("reason"))
        case "voteOpened": .voteOpened(try f.id("_0"))
        case "voteCast": .voteCast(try Ballot(journal: f.object("_0")))
        case "voteChanged": .voteChanged(try Ballot(journal: f.object("_0")))
        case "voteClosed": .voteClosed(try f.id("_0"), castingVote: try f.optionalWord("castingVote"))
        case "noted": .noted(try MinuteText(journal: f.object("_0")))
        case "concernRaised": .concernRaised(try MinuteText(journal: f.object("_0")))
        case "actionRecorded": .actionRecorded(try ActionItem(journal: f.object("_0")))
        case "actionClosed": .actionClosed(try f.id("_0"), note: try f.string("note"))
        case "riskRecorded": .riskRecorded(try Risk(journal: f.object("_0")))
        case "riskRerated": .riskRerated(try f.id("_0"), rating: try f.word("rating"), note: try f.string("note"))
        case "riskClosed": .riskClosed(try f.id("_0"), note: try f.string("note"))
        case "reportReceived": .reportReceived(try HighlightReport(journal: f.object("_0")))
        case "informationSharingAgreed": .informationSharingAgreed(try InformationSharing(journal: f.object("_0")))
        case "interestDeclared": .interestDeclared(try Declaration(journal: f.object("_0")))
        case "corrected": .corrected(try Correction(journal: f.object("_0")))
        case "undone": .undone(first: try f.int("first"), last: try f.int("last"))
        default: throw JournalTextError(detail: "not a kind of event this Gavel knows")
        }
    }
}

extension Person {
    init(journal f: JournalObject) throws(JournalTextError) {
        self.init(id: try f.id("id"), name: try f.string("name"), placeholder: try f.string("placeholder"))
    }
}

extension MeetingDetails {
    init(journal f: JournalObject) throws(JournalTextError) {
        self.init(
            title: try f.string("title"), date: try f.day("date"), place: try f.string("place"),
            clerk: try f.string("clerk"))
    }
}

extension Appointment {
    init(journal f: JournalObject) throws(JournalTextError) {
        self.init(
            seat: try f.id("seat"), capacity: try f.word("capacity"),
            successor: try Person(journal: f.object("successor")),
            partnersAdvised: try f.bool("partnersAdvised"))
    }
}

extension AgendaItem {
    init(journal f: JournalObject) throws(JournalTextError) {
        self.init(
            id: try f.id("id"), title: try f.string("title"), allottedMinutes: try f.optionalInt("allottedMinutes"),
            confidential: try f.bool("confidential"))
    }
}

extension MotionDraft {
    init(journal f: JournalObject) throws(JournalTextError) {
        self.init(
            id: try f.id("id"), item: try f.optionalID("item"), text: try f.string("text"),
            mover: try f.string("mover"),
            rationale: try f.string("rationale"),
            rule: try f.optionalObject("rule").map { rule throws(JournalTextError) in try DecisionRule(journal: rule) },
            ruleChange: try f.optionalObject("ruleChange").map { change throws(JournalTextError) in
                RuleChange(
                    newRule: try DecisionRule(journal: change.object("newRule")),
                    appliesTo: try change.strings("appliesTo").map { MotionID($0) })
            })
    }
}

extension DecisionRule {
    init(journal object: JournalObject) throws(JournalTextError) {
        let (name, fields) = try object.onlyMember()
        switch name {
        case "simpleMajority": self = .simpleMajority
        case "unanimity": self = .unanimity
        case "fraction":
            self = .fraction(numerator: try fields.int("numerator"), denominator: try fields.int("denominator"))
        default: throw JournalTextError(detail: "`\(name)` is not a decision rule this Gavel knows")
        }
    }
}

extension Ballot {
    init(journal f: JournalObject) throws(JournalTextError) {
        self.init(
            motion: try f.id("motion"), seat: try f.id("seat"), voter: try f.id("voter"),
            capacity: try f.word("capacity"), choice: try f.word("choice"))
    }
}

extension MinuteText {
    init(journal f: JournalObject) throws(JournalTextError) {
        self.init(item: try f.optionalID("item"), text: try f.string("text"), confidential: try f.bool("confidential"))
    }
}

extension ActionItem {
    init(journal f: JournalObject) throws(JournalTextError) {
        self.init(
            id: try f.id("id"), item: try f.optionalID("item"), what: try f.string("what"), who: try f.string("who"),
            due: try f.optionalDay("due"), confidential: try f.bool("confidential"))
    }
}

extension Risk {
    init(journal f: JournalObject) throws(JournalTextError) {
        self.init(
            id: try f.id("id"), item: try f.optionalID("item"), description: try f.string("description"),
            owner: try f.string("owner"),
            rating: try f.word("rating"), mitigation: try f.string("mitigation"),
            confidential: try f.bool("confidential"))
    }
}

extension HighlightReport {
    init(journal f: JournalObject) throws(JournalTextError) {
        self.init(
            item: try f.optionalID("item"), title: try f.string("title"), from: try f.string("from"),
            challenge: try f.string("challenge"),
            confidential: try f.bool("confidential"))
    }
}

extension InformationSharing {
    init(journal f: JournalObject) throws(JournalTextError) {
        self.init(
            item: try f.optionalID("item"), what: try f.string("what"), shareWith: try f.string("shareWith"),
            howOften: try f.string("howOften"))
    }
}

extension Declaration {
    init(journal f: JournalObject) throws(JournalTextError) {
        self.init(person: try f.id("person"), item: try f.optionalID("item"), interest: try f.string("interest"))
    }
}

extension Correction {
    init(journal f: JournalObject) throws(JournalTextError) {
        self.init(target: try f.int("target"), text: try f.string("text"), carried: try f.optionalBool("carried"))
    }
}
