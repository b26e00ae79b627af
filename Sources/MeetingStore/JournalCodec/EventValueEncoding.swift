import Foundation
import MeetingKit

/// The values inside an event's payload, each in the order and form `JSONEncoder` writes them (see
/// `EventEncoding.swift` for the event and its payload).
extension JournalWriter {
    mutating func person(_ person: Person) {
        fields {
            $0.key("id")
            $0.string(person.id.rawValue)
            $0.key("name")
            $0.string(person.name)
            $0.key("placeholder")
            $0.string(person.placeholder)
        }
    }

    mutating func meetingDetails(_ details: MeetingDetails) {
        fields {
            $0.key("clerk")
            $0.string(details.clerk)
            $0.key("date")
            $0.string(details.date.description)
            $0.key("place")
            $0.string(details.place)
            $0.key("title")
            $0.string(details.title)
        }
    }

    mutating func appointment(_ appointment: Appointment) {
        fields {
            $0.key("capacity")
            $0.string(appointment.capacity.rawValue)
            $0.key("partnersAdvised")
            $0.bool(appointment.partnersAdvised)
            $0.key("seat")
            $0.string(appointment.seat.rawValue)
            $0.key("successor")
            $0.person(appointment.successor)
        }
    }

    mutating func agendaItem(_ item: AgendaItem) {
        fields {
            if let minutes = item.allottedMinutes {
                $0.key("allottedMinutes")
                $0.int(minutes)
            }
            $0.key("confidential")
            $0.bool(item.confidential)
            $0.key("id")
            $0.string(item.id.rawValue)
            $0.key("title")
            $0.string(item.title)
        }
    }

    mutating func motionDraft(_ draft: MotionDraft) {
        fields {
            $0.key("id")
            $0.string(draft.id.rawValue)
            $0.optionalString("item", draft.item?.rawValue)
            $0.key("mover")
            $0.string(draft.mover)
            $0.key("rationale")
            $0.string(draft.rationale)
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
            $0.key("text")
            $0.string(draft.text)
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
                    $0.key("denominator")
                    $0.int(denominator)
                    $0.key("numerator")
                    $0.int(numerator)
                }
            }
        }
    }

    mutating func ballot(_ ballot: Ballot) {
        fields {
            $0.key("capacity")
            $0.string(ballot.capacity.rawValue)
            $0.key("choice")
            $0.string(ballot.choice.rawValue)
            $0.key("motion")
            $0.string(ballot.motion.rawValue)
            $0.key("seat")
            $0.string(ballot.seat.rawValue)
            $0.key("voter")
            $0.string(ballot.voter.rawValue)
        }
    }

    mutating func minuteText(_ text: MinuteText) {
        fields {
            $0.key("confidential")
            $0.bool(text.confidential)
            $0.optionalString("item", text.item?.rawValue)
            $0.key("text")
            $0.string(text.text)
        }
    }

    mutating func actionItem(_ action: ActionItem) {
        fields {
            $0.key("confidential")
            $0.bool(action.confidential)
            $0.optionalString("due", action.due?.description)
            $0.key("id")
            $0.string(action.id.rawValue)
            $0.optionalString("item", action.item?.rawValue)
            $0.key("what")
            $0.string(action.what)
            $0.key("who")
            $0.string(action.who)
        }
    }

    mutating func risk(_ risk: Risk) {
        fields {
            $0.key("confidential")
            $0.bool(risk.confidential)
            $0.key("description")
            $0.string(risk.description)
            $0.key("id")
            $0.string(risk.id.rawValue)
            $0.optionalString("item", risk.item?.rawValue)
            $0.key("mitigation")
            $0.string(risk.mitigation)
            $0.key("owner")
            $0.string(risk.owner)
            $0.key("rating")
            $0.string(risk.rating.rawValue)
        }
    }

    mutating func highlightReport(_ report: HighlightReport) {
        fields {
            $0.key("challenge")
            $0.string(report.challenge)
            $0.key("confidential")
            $0.bool(report.confidential)
            $0.key("from")
            $0.string(report.from)
            $0.optionalString("item", report.item?.rawValue)
            $0.key("title")
            $0.string(report.title)
        }
    }

    mutating func informationSharing(_ sharing: InformationSharing) {
        fields {
            $0.key("howOften")
            $0.string(sharing.howOften)
            $0.optionalString("item", sharing.item?.rawValue)
            $0.key("shareWith")
            $0.string(sharing.shareWith)
            $0.key("what")
            $0.string(sharing.what)
        }
    }

    mutating func declaration(_ declaration: Declaration) {
        fields {
            $0.key("interest")
            $0.string(declaration.interest)
            $0.optionalString("item", declaration.item?.rawValue)
            $0.key("person")
            $0.string(declaration.person.rawValue)
        }
    }

    mutating func correction(_ correction: Correction) {
        fields {
            if let carried = correction.carried {
                $0.key("carried")
                $0.bool(carried)
            }
            $0.key("target")
            $0.int(correction.target)
            $0.key("text")
            $0.string(correction.text)
        }
    }
}
