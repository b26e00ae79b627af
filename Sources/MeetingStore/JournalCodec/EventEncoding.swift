import Foundation
import MeetingKit

/// Writes an event as docs/journal-format.md describes it. Every object's keys are written in the order
/// JSONEncoder's `.sortedKeys` put them (byte order), a field with no value is left out, and a case's
/// single unnamed value sits under `_0`; `JournalCodecTests` holds these bytes to the old encoder's.
extension JournalWriter {
    mutating func event(_ event: MeetingEvent) {
        openObject()
        string("author", event.author.rawValue)
        if let actor = event.by {
            key("by")
            self.actor(actor)
        }
        key("payload")
        payload(event.payload)
        int("sequence", event.sequence)
        date("time", event.time)
        closeObject()
    }

    mutating func actor(_ actor: Actor) {
        openObject()
        optionalString("key", actor.key)
        optionalString("name", actor.name)
        optionalString("person", actor.person?.rawValue)
        closeObject()
    }

    mutating func payload(_ payload: EventPayload) {
        openObject()
        switch payload {
        case .meetingOpened(let details):
            key("meetingOpened")
            unnamed { $0.meetingDetails(details) }
        case .meetingClosed:
            key("meetingClosed")
            emptyObject()
        case .previousMinutesApproved(let note):
            key("previousMinutesApproved")
            fields {
                $0.string("note", note)
            }
        case .arrived(let person, let at):
            key("arrived")
            fields {
                $0.date("at", at)
                $0.string("person", person.rawValue)
            }
        case .departed(let person, let at):
            key("departed")
            fields {
                $0.date("at", at)
                $0.string("person", person.rawValue)
            }
        case .apologies(let person, let note):
            key("apologies")
            fields {
                $0.string("note", note)
                $0.string("person", person.rawValue)
            }
        case .guestAdded(let person, let role):
            key("guestAdded")
            fields {
                $0.key("_0")
                $0.person(person)
                $0.string("role", role)
            }
        case .appointed(let appointment):
            key("appointed")
            unnamed { $0.appointment(appointment) }
        case .chairHandedOver(let to):
            key("chairHandedOver")
            fields {
                $0.string("to", to.rawValue)
            }
        case .personNamed(let person, let name):
            key("personNamed")
            fields {
                $0.string("_0", person.rawValue)
                $0.string("name", name)
            }
        case .agendaItemAdded(let item):
            key("agendaItemAdded")
            unnamed { $0.agendaItem(item) }
        case .agendaItemOpened(let item):
            key("agendaItemOpened")
            unnamed { $0.string(item.rawValue) }
        case .agendaItemRenamed(let item, let title):
            key("agendaItemRenamed")
            fields {
                $0.string("_0", item.rawValue)
                $0.string("title", title)
            }
        case .confidentialityMarked(let item, let confidential):
            key("confidentialityMarked")
            fields {
                $0.bool("confidential", confidential)
                $0.string("item", item.rawValue)
            }
        case .motionMoved(let draft):
            key("motionMoved")
            unnamed { $0.motionDraft(draft) }
        case .motionAmended(let motion, let text, let note):
            key("motionAmended")
            fields {
                $0.string("_0", motion.rawValue)
                $0.string("note", note)
                $0.string("text", text)
            }
        case .motionWithdrawn(let motion):
            key("motionWithdrawn")
            unnamed { $0.string(motion.rawValue) }
        case .motionDeferred(let motion):
            key("motionDeferred")
            unnamed { $0.string(motion.rawValue) }
        case .quorumOverridden(let motion, let reason):
            key("quorumOverridden")
            fields {
                $0.string("_0", motion.rawValue)
                $0.string("reason", reason)
            }
        case .voteOpened(let motion):
            key("voteOpened")
            unnamed { $0.string(motion.rawValue) }
        case .voteCast(let ballot):
            key("voteCast")
            unnamed { $0.ballot(ballot) }
        case .voteChanged(let ballot):
            key("voteChanged")
            unnamed { $0.ballot(ballot) }
        case .voteClosed(let motion, let castingVote):
            key("voteClosed")
            fields {
                $0.string("_0", motion.rawValue)
                $0.optionalString("castingVote", castingVote?.rawValue)
            }
        case .noted(let text):
            key("noted")
            unnamed { $0.minuteText(text) }
        case .actionRecorded(let action):
            key("actionRecorded")
            unnamed { $0.actionItem(action) }
        case .actionClosed(let action, let note):
            key("actionClosed")
            fields {
                $0.string("_0", action.rawValue)
                $0.string("note", note)
            }
        case .riskRecorded(let risk):
            key("riskRecorded")
            unnamed { $0.risk(risk) }
        case .riskRerated(let risk, let rating, let note):
            key("riskRerated")
            fields {
                $0.string("_0", risk.rawValue)
                $0.string("note", note)
                $0.string("rating", rating.rawValue)
            }
        case .riskClosed(let risk, let note):
            key("riskClosed")
            fields {
                $0.string("_0", risk.rawValue)
                $0.string("note", note)
            }
        case .reportReceived(let report):
            key("reportReceived")
            unnamed { $0.highlightReport(report) }
        case .concernRaised(let text):
            key("concernRaised")
            unnamed { $0.minuteText(text) }
        case .informationSharingAgreed(let sharing):
            key("informationSharingAgreed")
            unnamed { $0.informationSharing(sharing) }
        case .interestDeclared(let declaration):
            key("interestDeclared")
            unnamed { $0.declaration(declaration) }
        case .corrected(let correction):
            key("corrected")
            unnamed { $0.correction(correction) }
        case .undone(let first, let last):
            key("undone")
            fields {
                $0.int("first", first)
                $0.int("last", last)
            }
        }
        closeObject()
    }

    /// A kind's object of fields.
    mutating func fields(_ write: (inout JournalWriter) -> Void) {
        openObject()
        write(&self)
        closeObject()
    }

    /// A kind whose one value has no name: `{"_0": value}`.
    mutating func unnamed(_ write: (inout JournalWriter) -> Void) {
        openObject()
        key("_0")
        write(&self)
        closeObject()
    }

    /// A member written only when it has a value, as `JSONEncoder` leaves out a nil.
    mutating func optionalString(_ name: StaticString, _ value: String?) {
        if let value { string(name, value) }
    }
}
