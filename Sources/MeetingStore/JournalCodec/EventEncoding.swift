import Foundation
import MeetingKit

/// Writes an event as docs/journal-format.md describes it. Every object's keys are written in the order
/// JSONEncoder's `.sortedKeys` put them (byte order), a field with no value is left out, and a case's
/// single unnamed value sits under `_0`; `JournalCodecTests` holds these bytes to the old encoder's.
extension JournalWriter {
    mutating func event(_ event: MeetingEvent) {
        openObject()
        key("author"); string(event.author.rawValue)
        if let actor = event.by {
            key("by"); self.actor(actor)
        }
        key("payload"); payload(event.payload)
        key("sequence"); int(event.sequence)
        key("time"); date(event.time)
        closeObject()
    }

    mutating func actor(_ actor: Actor) {
        openObject()
        if let key = actor.key { self.key("key"); string(key) }
        if let name = actor.name { key("name"); string(name) }
        if let person = actor.person { key("person"); string(person.rawValue) }
        closeObject()
    }

    mutating func payload(_ payload: EventPayload) {
        openObject()
        switch payload {
        case .meetingOpened(let details):
            key("meetingOpened"); unnamed { $0.meetingDetails(details) }
        case .meetingClosed:
            key("meetingClosed"); emptyObject()
        case .previousMinutesApproved(let note):
            key("previousMinutesApproved"); fields { $0.key("note"); $0.string(note) }
        case .arrived(let person, let at):
            key("arrived"); fields { $0.key("at"); $0.date(at); $0.key("person"); $0.string(person.rawValue) }
        case .departed(let person, let at):
            key("departed"); fields { $0.key("at"); $0.date(at); $0.key("person"); $0.string(person.rawValue) }
        case .apologies(let person, let note):
            key("apologies"); fields { $0.key("note"); $0.string(note); $0.key("person"); $0.string(person.rawValue) }
        case .guestAdded(let person, let role):
            key("guestAdded"); fields { $0.key("_0"); $0.person(person); $0.key("role"); $0.string(role) }
        case .appointed(let appointment):
            key("appointed"); unnamed { $0.appointment(appointment) }
        case .chairHandedOver(let to):
            key("chairHandedOver"); fields { $0.key("to"); $0.string(to.rawValue) }
        case .personNamed(let person, let name):
            key("personNamed"); fields { $0.key("_0"); $0.string(person.rawValue); $0.key("name"); $0.string(name) }
        case .agendaItemAdded(let item):
            key("agendaItemAdded"); unnamed { $0.agendaItem(item) }
        case .agendaItemOpened(let item):
            key("agendaItemOpened"); unnamed { $0.string(item.rawValue) }
        case .agendaItemRenamed(let item, let title):
            key("agendaItemRenamed"); fields { $0.key("_0"); $0.string(item.rawValue); $0.key("title"); $0.string(title) }
        case .confidentialityMarked(let item, let confidential):
            key("confidentialityMarked"); fields { $0.key("confidential"); $0.bool(confidential); $0.key("item"); $0.string(item.rawValue) }
        case .motionMoved(let draft):
            key("motionMoved"); unnamed { $0.motionDraft(draft) }
        case .motionAmended(let motion, let text, let note):
            key("motionAmended"); fields { $0.key("_0"); $0.string(motion.rawValue); $0.key("note"); $0.string(note); $0.key("text"); $0.string(text) }
        case .motionWithdrawn(let motion):
            key("motionWithdrawn"); unnamed { $0.string(motion.rawValue) }
        case .motionDeferred(let motion):
            key("motionDeferred"); unnamed { $0.string(motion.rawValue) }
        case .quorumOverridden(let motion, let reason):
            key("quorumOverridden"); fields { $0.key("_0"); $0.string(motion.rawValue); $0.key("reason"); $0.string(reason) }
        case .voteOpened(let motion):
            key("voteOpened"); unnamed { $0.string(motion.rawValue) }
        case .voteCast(let ballot):
            key("voteCast"); unnamed { $0.ballot(ballot) }
        case .voteChanged(let ballot):
            key("voteChanged"); unnamed { $0.ballot(ballot) }
        case .voteClosed(let motion, let castingVote):
            key("voteClosed")
            fields {
                $0.key("_0"); $0.string(motion.rawValue)
                if let castingVote { $0.key("castingVote"); $0.string(castingVote.rawValue) }
            }
        case .noted(let text):
            key("noted"); unnamed { $0.minuteText(text) }
        case .actionRecorded(let action):
            key("actionRecorded"); unnamed { $0.actionItem(action) }
        case .actionClosed(let action, let note):
            key("actionClosed"); fields { $0.key("_0"); $0.string(action.rawValue); $0.key("note"); $0.string(note) }
        case .riskRecorded(let risk):
            key("riskRecorded"); unnamed { $0.risk(risk) }
        case .riskRerated(let risk, let rating, let note):
            key("riskRerated"); fields { $0.key("_0"); $0.string(risk.rawValue); $0.key("note"); $0.string(note); $0.key("rating"); $0.string(rating.rawValue) }
        case .riskClosed(let risk, let note):
            key("riskClosed"); fields { $0.key("_0"); $0.string(risk.rawValue); $0.key("note"); $0.string(note) }
        case .reportReceived(let report):
            key("reportReceived"); unnamed { $0.highlightReport(report) }
        case .concernRaised(let text):
            key("concernRaised"); unnamed { $0.minuteText(text) }
        case .informationSharingAgreed(let sharing):
            key("informationSharingAgreed"); unnamed { $0.informationSharing(sharing) }
        case .interestDeclared(let declaration):
            key("interestDeclared"); unnamed { $0.declaration(declaration) }
        case .corrected(let correction):
            key("corrected"); unnamed { $0.correction(correction) }
        case .undone(let first, let last):
            key("undone"); fields { $0.key("first"); $0.int(first); $0.key("last"); $0.int(last) }
        }
        closeObject()
    }

    /// A kind's object of fields.
    private mutating func fields(_ write: (inout JournalWriter) -> Void) {
        openObject()
        write(&self)
        closeObject()
    }

    /// A kind whose one value has no name: `{"_0": value}`.
    private mutating func unnamed(_ write: (inout JournalWriter) -> Void) {
        openObject()
        key("_0")
        write(&self)
        closeObject()
    }

    private mutating func optionalString(_ name: StaticString, _ value: String?) {
        guard let value else { return }
        key(name); string(value)
    }

    mutating func person(_ person: Person) {
        fields { $0.key("id"); $0.string(person.id.rawValue); $0.key("name"); $0.string(person.name); $0.key("placeholder"); $0.string(person.placeholder) }
    }

    private mutating func meetingDetails(_ details: MeetingDetails) {
        fields {
            $0.key("clerk"); $0.string(details.clerk)
            $0.key("date"); $0.string(details.date.description)
            $0.key("place"); $0.string(details.place)
            $0.key("title"); $0.string(details.title)
        }
    }

    private mutating func appointment(_ appointment: Appointment) {
        fields {
            $0.key("capacity"); $0.string(appointment.capacity.rawValue)
            $0.key("partnersAdvised"); $0.bool(appointment.partnersAdvised)
            $0.key("seat"); $0.string(appointment.seat.rawValue)
            $0.key("successor"); $0.person(appointment.successor)
        }
    }

    private mutating func agendaItem(_ item: AgendaItem) {
        fields {
            if let minutes = item.allottedMinutes { $0.key("allottedMinutes"); $0.int(minutes) }
            $0.key("confidential"); $0.bool(item.confidential)
            $0.key("id"); $0.string(item.id.rawValue)
            $0.key("title"); $0.string(item.title)
        }
    }

    private mutating func motionDraft(_ draft: MotionDraft) {
        fields {
            $0.key("id"); $0.string(draft.id.rawValue)
            $0.optionalString("item", draft.item?.rawValue)
            $0.key("mover"); $0.string(draft.mover)
            $0.key("rationale"); $0.string(draft.rationale)
            if let rule = draft.rule { $0.key("rule"); $0.decisionRule(rule) }
            if let change = draft.ruleChange {
                $0.key("ruleChange")
                $0.fields {
                    $0.key("appliesTo")
                    $0.openArray()
                    for motion in change.appliesTo { $0.element(); $0.string(motion.rawValue) }
                    $0.closeArray()
                    $0.key("newRule"); $0.decisionRule(change.newRule)
                }
            }
            $0.key("text"); $0.string(draft.text)
        }
    }

    mutating func decisionRule(_ rule: DecisionRule) {
        fields {
            switch rule {
            case .simpleMajority: $0.key("simpleMajority"); $0.emptyObject()
            case .unanimity: $0.key("unanimity"); $0.emptyObject()
            case .fraction(let numerator, let denominator):
                $0.key("fraction")
                $0.fields { $0.key("denominator"); $0.int(denominator); $0.key("numerator"); $0.int(numerator) }
            }
        }
    }

    private mutating func ballot(_ ballot: Ballot) {
        fields {
            $0.key("capacity"); $0.string(ballot.capacity.rawValue)
            $0.key("choice"); $0.string(ballot.choice.rawValue)
            $0.key("motion"); $0.string(ballot.motion.rawValue)
            $0.key("seat"); $0.string(ballot.seat.rawValue)
            $0.key("voter"); $0.string(ballot.voter.rawValue)
        }
    }

    private mutating func minuteText(_ text: MinuteText) {
        fields {
            $0.key("confidential"); $0.bool(text.confidential)
            $0.optionalString("item", text.item?.rawValue)
            $0.key("text"); $0.string(text.text)
        }
    }

    private mutating func actionItem(_ action: ActionItem) {
        fields {
            $0.key("confidential"); $0.bool(action.confidential)
            $0.optionalString("due", action.due?.description)
            $0.key("id"); $0.string(action.id.rawValue)
            $0.optionalString("item", action.item?.rawValue)
            $0.key("what"); $0.string(action.what)
            $0.key("who"); $0.string(action.who)
        }
    }

    private mutating func risk(_ risk: Risk) {
        fields {
            $0.key("confidential"); $0.bool(risk.confidential)
            $0.key("description"); $0.string(risk.description)
            $0.key("id"); $0.string(risk.id.rawValue)
            $0.optionalString("item", risk.item?.rawValue)
            $0.key("mitigation"); $0.string(risk.mitigation)
            $0.key("owner"); $0.string(risk.owner)
            $0.key("rating"); $0.string(risk.rating.rawValue)
        }
    }

    private mutating func highlightReport(_ report: HighlightReport) {
        fields {
            $0.key("challenge"); $0.string(report.challenge)
            $0.key("confidential"); $0.bool(report.confidential)
            $0.key("from"); $0.string(report.from)
            $0.optionalString("item", report.item?.rawValue)
            $0.key("title"); $0.string(report.title)
        }
    }

    private mutating func informationSharing(_ sharing: InformationSharing) {
        fields {
            $0.key("howOften"); $0.string(sharing.howOften)
            $0.optionalString("item", sharing.item?.rawValue)
            $0.key("shareWith"); $0.string(sharing.shareWith)
            $0.key("what"); $0.string(sharing.what)
        }
    }

    private mutating func declaration(_ declaration: Declaration) {
        fields {
            $0.key("interest"); $0.string(declaration.interest)
            $0.optionalString("item", declaration.item?.rawValue)
            $0.key("person"); $0.string(declaration.person.rawValue)
        }
    }

    private mutating func correction(_ correction: Correction) {
        fields {
            if let carried = correction.carried { $0.key("carried"); $0.bool(carried) }
            $0.key("target"); $0.int(correction.target)
            $0.key("text"); $0.string(correction.text)
        }
    }
}
