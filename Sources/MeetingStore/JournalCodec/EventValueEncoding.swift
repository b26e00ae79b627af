import Foundation
import MeetingKit

/// The values inside an event's payload, each in the order and form `JSONEncoder` writes them (see
/// `EventEncoding.swift` for the event and its payload).
extension JournalWriter {
    mutating func person(_ person: Person) {
        fields {
            $0.string("id", person.id.rawValue)
            $0.string("name", person.name)
            $0.string("placeholder", person.placeholder)
        }
    }

    mutating func meetingDetails(_ details: MeetingDetails) {
        fields {
            $0.string("clerk", details.clerk)
            $0.string("date", details.date.description)
            $0.string("place", details.place)
            $0.string("title", details.title)
        }
    }

    mutating func appointment(_ appointment: Appointment) {
        fields {
            $0.string("capacity", appointment.capacity.rawValue)
            $0.bool("partnersAdvised", appointment.partnersAdvised)
            $0.string("seat", appointment.seat.rawValue)
            $0.key("successor")
            $0.person(appointment.successor)
        }
    }

    mutating func agendaItem(_ item: AgendaItem) {
        fields {
            if let minutes = item.allottedMinutes {
                $0.int("allottedMinutes", minutes)
            }
            $0.bool("confidential", item.confidential)
            $0.string("id", item.id.rawValue)
            $0.string("title", item.title)
        }
    }

    mutating func motionDraft(_ draft: MotionDraft) {
        fields {
            $0.string("id", draft.id.rawValue)
            $0.optionalString("item", draft.item?.rawValue)
            $0.string("mover", draft.mover)
            $0.string("rationale", draft.rationale)
            if let rule = draft.rule {
                $0.key("rule")
                $0.decisionRule(rule)
            }
            if let change = draft.ruleChange {
                $0.key("ruleChange")
                $0.fields {
                    $0.key("appliesTo")
                    $0.openArray()
                    for motion in change.appliesTo {
                        $0.element()
                        $0.string(motion.rawValue)
                    }
                    $0.closeArray()
                    $0.key("newRule")
                    $0.decisionRule(change.newRule)
                }
            }
            $0.string("text", draft.text)
        }
    }

    mutating func decisionRule(_ rule: DecisionRule) {
        fields {
            switch rule {
            case .simpleMajority:
                $0.key("simpleMajority")
                $0.emptyObject()
            case .unanimity:
                $0.key("unanimity")
                $0.emptyObject()
            case .fraction(let numerator, let denominator):
                $0.key("fraction")
                $0.fields {
                    $0.int("denominator", denominator)
                    $0.int("numerator", numerator)
                }
            }
        }
    }

    mutating func ballot(_ ballot: Ballot) {
        fields {
            $0.string("capacity", ballot.capacity.rawValue)
            $0.string("choice", ballot.choice.rawValue)
            $0.string("motion", ballot.motion.rawValue)
            $0.string("seat", ballot.seat.rawValue)
            $0.string("voter", ballot.voter.rawValue)
        }
    }

    mutating func minuteText(_ text: MinuteText) {
        fields {
            $0.bool("confidential", text.confidential)
            $0.optionalString("item", text.item?.rawValue)
            $0.string("text", text.text)
        }
    }

    mutating func actionItem(_ action: ActionItem) {
        fields {
            $0.bool("confidential", action.confidential)
            $0.optionalString("due", action.due?.description)
            $0.string("id", action.id.rawValue)
            $0.optionalString("item", action.item?.rawValue)
            $0.string("what", action.what)
            $0.string("who", action.who)
        }
    }

    mutating func risk(_ risk: Risk) {
        fields {
            $0.bool("confidential", risk.confidential)
            $0.string("description", risk.description)
            $0.string("id", risk.id.rawValue)
            $0.optionalString("item", risk.item?.rawValue)
            $0.string("mitigation", risk.mitigation)
            $0.string("owner", risk.owner)
            $0.string("rating", risk.rating.rawValue)
        }
    }

    mutating func highlightReport(_ report: HighlightReport) {
        fields {
            $0.string("challenge", report.challenge)
            $0.bool("confidential", report.confidential)
            $0.string("from", report.from)
            $0.optionalString("item", report.item?.rawValue)
            $0.string("title", report.title)
        }
    }

    mutating func informationSharing(_ sharing: InformationSharing) {
        fields {
            $0.string("howOften", sharing.howOften)
            $0.optionalString("item", sharing.item?.rawValue)
            $0.string("shareWith", sharing.shareWith)
            $0.string("what", sharing.what)
        }
    }

    mutating func declaration(_ declaration: Declaration) {
        fields {
            $0.string("interest", declaration.interest)
            $0.optionalString("item", declaration.item?.rawValue)
            $0.string("person", declaration.person.rawValue)
        }
    }

    mutating func correction(_ correction: Correction) {
        fields {
            if let carried = correction.carried {
                $0.bool("carried", carried)
            }
            $0.int("target", correction.target)
            $0.string("text", correction.text)
        }
    }
}
