import CommandLanguage
import Foundation
import MeetingKit
import TerminalUI

/// A command the console starts for the user and leaves open on the command line to finish: the key
/// supplies what the screen already knows (the selected person, the motion shown, the time now) and the
/// user types the rest, with Tab completion. One typed language, so nothing entered here differs from a
/// script or `gavel do`.
public enum CommandDraft: Hashable, Sendable {
    case openMeeting, addItem, approveMinutes
    case arrivalAt, departureAt, apologies, name
    case motion, amend, ruleChange, withdrawMotion, deferMotion
    case note, action, risk, concern, declaration, sharing
    case closeAction, rerateRisk, closeRisk
    case renameItem, correct, guest, search

    /// The command line to start with: complete but for what the user must type, so Enter never fails on a
    /// quote the draft left open; Tab moves on to each empty field in order, `key=` or `""`. Every field of
    /// free text is drafted in quotes (#24), so words with spaces are taken as one value, not refused.
    /// Nil when the screen has nothing for it to act on.
    func line(in model: ConsoleModel) -> DraftLine? {
        if self == .search { return DraftLine(ConsoleKeys.searchWord + " ") }
        guard let (command, fields) = template(in: model) else { return nil }
        guard let template = CommandTemplate(command, fields) else {
            assertionFailure("the draft \(self) names a command or field the catalog does not have")
            return nil
        }
        return DraftLine(template.text, cursor: template.cursor)
    }

    /// The catalog's command and the fields the draft shows, in order; nil when the screen has nothing for
    /// it to act on.
    private func template(in model: ConsoleModel) -> (String, [(name: String, value: CommandTemplate.Field)])? {
        let state = model.state
        switch self {
        case .openMeeting:
            let title = state.constitution.meetingName(model.meetingNumber)
            return (
                "open",
                [
                    ("title", .given(title)), ("date", .given("\(model.context.today)")), ("place", .blank),
                    ("clerk", .blank),
                ]
            )
        case .addItem: return ("item add", [("title", .blank), ("minutes", .blank)])
        case .approveMinutes: return ("approve-minutes", [("note", .begun("Approved as a true record"))])
        case .arrivalAt, .departureAt:
            guard let row = model.selectedRollRow else { return nil }
            let time = clockTime(model.now, in: model.timeZone)
            return (
                self == .arrivalAt ? "arrive" : "leave",
                [("person", .given(row.person.rawValue)), ("at", .begun(time))]
            )
        case .apologies:
            guard let row = model.selectedRollRow else { return nil }
            return ("apologies", [("person", .given(row.person.rawValue)), ("note", .blank)])
        case .name:
            guard let row = model.selectedRollRow else { return nil }
            if let seat = row.seat, case .seat(let capacity) = row.capacity {
                return (
                    "appoint",
                    [("seat", .given(seat.rawValue)), ("capacity", .given(capacity.rawValue)), ("name", .blank)]
                )
            }
            // The chair, non-voting members and guests are named in the constitution's people (M4, P1).
            let name = state.constitution.people[row.person]?.name ?? ""
            return ("name", [("person", .given(row.person.rawValue)), ("name", .begun(name))])
        case .motion:
            return (
                "motion", [("text", .blank), ("mover", .given(CommandCatalog.defaultMover)), ("rationale", .blank)]
            )
        case .amend:
            guard let motion = model.shownMotion else { return nil }
            return (
                "amend",
                [("motion", .given(motion.id.rawValue)), ("text", .begun(motion.draft.text)), ("note", .blank)]
            )
        case .withdrawMotion, .deferMotion:
            // V5: a draft, not a bare question: Enter ends the motion with the reason typed, Esc leaves it (#24).
            guard model.motionAwaitsVote, let motion = model.shownMotion else { return nil }
            return (
                self == .withdrawMotion ? "withdraw" : "defer",
                [("motion", .given(motion.id.rawValue)), ("reason", .blank)]
            )
        case .ruleChange: return ("rule-change", [("rule", .blank)])
        case .note: return ("note", [("text", .blank)])
        case .action: return ("action", [("what", .blank), ("who", .blank), ("due", .blank)])
        case .risk:
            return ("risk", [("description", .blank), ("owner", .blank), ("rating", .blank), ("mitigation", .blank)])
        case .concern: return ("concern", [("text", .blank)])
        // Who, then the interest: both quoted (#24).
        case .declaration: return ("declare", [("person", .blank), ("interest", .blank)])
        case .sharing: return ("share", [("what", .blank), ("with", .blank), ("often", .blank)])
        case .closeAction:
            guard case .action(let line, _)? = model.selectedMatter?.kind else { return nil }
            return ("action close", [("action", .given(line.id.rawValue)), ("note", .blank)])
        case .rerateRisk:
            guard case .risk(let line, _)? = model.selectedMatter?.kind else { return nil }
            return ("risk rate", [("risk", .given(line.id.rawValue)), ("rating", .blank), ("note", .blank)])
        case .closeRisk:
            guard case .risk(let line, _)? = model.selectedMatter?.kind else { return nil }
            return ("risk close", [("risk", .given(line.id.rawValue)), ("note", .blank)])
        case .guest: return ("guest", [("name", .blank), ("role", .blank)])
        case .renameItem:
            guard state.agenda.indices.contains(model.selected) else { return nil }
            let item = state.agenda[model.selected]
            return ("item rename", [("item", .given(item.id.rawValue)), ("title", .begun(item.title))])
        case .correct:
            guard model.events.indices.contains(model.selected) else { return nil }
            let event = model.events[model.selected]
            guard let entry = state.correctable[event.sequence] else { return nil }
            let number = ("event", CommandTemplate.Field.given("\(event.sequence)"))
            if case .voteClosed = entry { return ("correct", [number, ("text", .blank), ("outcome", .blank)]) }
            return ("correct", [number, ("text", .begun(state.currentText(of: event.sequence) ?? ""))])
        case .search: return nil
        }
    }
}
