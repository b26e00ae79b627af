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
            let title = "\(state.constitution.body.rawValue) meeting \(model.meetingNumber)"
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
        case .motion: return ("motion", [("text", .blank), ("mover", .given("EOG")), ("rationale", .blank)])
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

/// A draft command line: the cursor goes between `before` and `after`.
struct DraftLine: Equatable {
    var text: String
    var cursor: Int

    init(_ text: String, cursor: Int? = nil) {
        self.text = text
        self.cursor = cursor ?? text.count
    }
}

extension ConsoleModel {
    var selectedRollRow: RollRow? {
        let rows = roll
        return rows.indices.contains(selected) ? rows[selected] : nil
    }

    /// The matters arising the matters screen lists, in its order.
    public var matters: [MinutesDocument.MatterArising] { MinutesDocument.mattersArising(of: state) }

    var selectedMatter: MinutesDocument.MatterArising? {
        let all = matters
        return all.indices.contains(selected) ? all[selected] : nil
    }

    /// Opens the command line with `draft`'s text, the cursor at its end.
    mutating func start(_ draft: CommandDraft) {
        guard let line = draft.line(in: self) else {
            message = (
                draft == .correct
                    ? "Only a closed vote or a minuted entry is corrected (V5); select one."
                    : "Select a row for that first.", true
            )
            return
        }
        mode = .command
        commandLine = TextField()
        commandLine.set(line.text, cursor: line.cursor)
        message = nil
    }
}

extension ConsoleModel {
    /// The motion shown is still before its vote: it may be amended, withdrawn or deferred (V5).
    /// #24: the first meeting of a series has no previous minutes to approve, so `P` is not offered on it.
    var hasPreviousMeeting: Bool { meetingNumber > 1 }

    /// #24: the footer offers `u` only while the record would take the undo: not once the action closed a
    /// vote (V5), nor once anything was recorded after it.
    var ownLastActionCanBeUndone: Bool { ownLastAction != nil && undoStanding == nil }

    /// Why the record would refuse to undo this terminal's last action now, in its words; nil when it
    /// would take the undo (or there is nothing to undo). Asked of the record's own rules, invariants
    /// included, so the footer never offers an undo the record refuses (#24).
    var undoRefusal: String? {
        guard let first = ownLastAction else { return nil }
        guard let last = state.lastAction, last.first == first else {
            return "something has been recorded since this terminal's last action; record a correction instead (V5)."
        }
        // Without the journal (a model made for a test of one screen) the record's own rule is all there is.
        guard !events.isEmpty else {
            return last.closedAVote ? "a closed vote is never undone, only corrected (V5)." : nil
        }
        do {
            _ = try state.admit(.undoLastAction(first: first), by: role, at: state.latestTime ?? now, journal: events)
            return nil
        } catch {
            return error.reason
        }
    }

    /// The selected agenda item is not already current, and no vote holds the meeting on the current one.
    var selectedItemCanBeOpened: Bool {
        state.openVote == nil && state.agenda.indices.contains(selected)
            && state.agenda[selected].id != state.currentItem
    }

    var motionAwaitsVote: Bool {
        guard state.openVote == nil, let motion = shownMotion else { return false }
        if case .moved = motion.stage { return true }
        return false
    }

    /// V3: a rule change names motions still to be voted on; with none, `r` has nothing to reach.
    var hasMotionForRuleChange: Bool {
        state.orderedMotions.contains { motion in
            switch motion.stage {
            case .moved, .deferred: motion.result == nil
            default: false
            }
        }
    }

    /// The selected roll row can be named now: a seat's representative or proxy waits while a vote is open,
    /// since who holds a seat's vote must not change under it (A2).
    var selectedRowCanBeNamed: Bool {
        guard let row = selectedRollRow else { return false }
        return state.openVote == nil || row.seat == nil
            || { if case .seat = row.capacity { false } else { true } }()
    }

    /// The seat selected on the motion screen has someone to hold its vote now, or has voted (A2, V1).
    var selectedSeatIsRepresented: Bool {
        let seats = state.constitution.seats
        guard seats.indices.contains(selected) else { return false }
        let seat = seats[selected].id
        if let open = state.openVote, state.motions[open]?.ballots[seat] != nil { return true }
        return state.voteHolders[seat]?.holder != nil
    }

    var selectedIsOpenAction: Bool {
        if case .action(let line, _)? = selectedMatter?.kind { return !line.closed }
        return false
    }

    var selectedEventIsCorrectable: Bool {
        events.indices.contains(selected) && state.correctable[events[selected].sequence] != nil
    }

    var selectedIsRisk: Bool {
        if case .risk(let line, _)? = selectedMatter?.kind { return !line.closed }
        return false
    }
}

extension ConsoleModel {
    /// #24: another terminal started the next meeting; this console moves to it rather than stay on the
    /// closed one, and says so. A question about the closed meeting is dropped, and a line being typed is
    /// taken off the command line into its history: either was meant for a meeting no longer shown, so
    /// Enter must not record it in the new one; Up brings the line back, so nothing typed is lost.
    mutating func moveToMeeting(_ number: Int, state: MeetingState, events: [MeetingEvent]) {
        let closed = meetingNumber
        var moved = ConsoleModel(state: state, meetingNumber: number, role: role, now: now, timeZone: timeZone)
        moved.events = events
        (moved.width, moved.height, moved.ascii) = (width, height, ascii)
        moved.screen = screen
        moved.history = history
        let typed = mode == .command ? commandLine.text.trimmingCharacters(in: .whitespaces) : ""
        if !typed.isEmpty, moved.history.last != typed { moved.history.append(typed) }
        moved.newestMeetingNumber = max(number, newestMeetingNumber)
        var question = ""
        if case .confirm(let asked) = mode {
            question = " The question \"\(asked.title)\" was about meeting \(closed) and was dropped."
        }
        moved.message = (
            "Meeting \(closed) is closed; meeting \(number) has started, and this console has moved to it." + question
                + (typed.isEmpty ? "" : " The line you were typing was not run: : then Up brings it back."), false
        )
        self = moved
    }
}
