import Foundation
import TerminalUI
import MeetingKit

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
        let state = model.state
        switch self {
        case .openMeeting:
            return DraftLine(
                "open \"\(state.constitution.body.rawValue) meeting \(model.meetingNumber)\" date=\(model.context.today) place=\"",
                "\" clerk=\"\"")
        case .addItem: return DraftLine("item add \"", "\" minutes=")
        case .approveMinutes: return DraftLine("approve-minutes \"Approved as a true record", "\"")
        case .arrivalAt, .departureAt:
            guard let row = model.selectedRollRow else { return nil }
            return DraftLine(
                "\(self == .arrivalAt ? "arrive" : "leave") \(row.person) at=\(clockTime(model.now, in: model.timeZone))"
            )
        case .apologies:
            guard let row = model.selectedRollRow else { return nil }
            return DraftLine("apologies \(row.person) \"", "\"")
        case .name:
            guard let row = model.selectedRollRow else { return nil }
            if let seat = row.seat, case .seat(let capacity) = row.capacity {
                return DraftLine("appoint \(seat) \(capacity.rawValue) \"", "\"")
            }
            // The chair, non-voting members and guests are named in the constitution's people (M4, P1).
            return DraftLine(
                "name \(row.person) \"\(escaped(model.state.constitution.people[row.person]?.name ?? ""))", "\"")
        case .motion: return DraftLine("motion \"", "\" mover=\"EOG\" rationale=\"\"")
        case .amend:
            guard let motion = model.shownMotion else { return nil }
            return DraftLine("amend \(motion.id) \"\(escaped(motion.draft.text))", "\" \"\"")
        case .withdrawMotion, .deferMotion:
            // V5: a draft, not a bare question: Enter ends the motion with the reason typed, Esc leaves it (#24).
            guard let motion = shownMotion(awaitingVote: model) else { return nil }
            return DraftLine("\(self == .withdrawMotion ? "withdraw" : "defer") \(motion.id) \"", "\"")
        case .ruleChange: return DraftLine("rule-change ")
        case .note: return DraftLine("note \"", "\"")
        case .action: return DraftLine("action \"", "\" who=\"\" due=")
        case .risk: return DraftLine("risk \"", "\" owner=\"\" rating= mitigation=\"\"")
        case .concern: return DraftLine("concern \"", "\"")
        case .declaration: return DraftLine("declare \"", "\" \"\"")  // who, then the interest: both quoted (#24)
        case .sharing: return DraftLine("share \"", "\" with=\"\" often=\"\"")
        case .closeAction:
            guard case .action(let line, _)? = model.selectedMatter?.kind else { return nil }
            return DraftLine("action close \(line.id) \"", "\"")
        case .rerateRisk:
            guard case .risk(let line, _)? = model.selectedMatter?.kind else { return nil }
            return DraftLine("risk rate \(line.id) ", " \"\"")
        case .closeRisk:
            guard case .risk(let line, _)? = model.selectedMatter?.kind else { return nil }
            return DraftLine("risk close \(line.id) \"", "\"")
        case .search: return DraftLine(ConsoleKeys.searchWord + " ")
        case .guest: return DraftLine("guest \"", "\" \"\"")
        case .renameItem:
            guard state.agenda.indices.contains(model.selected) else { return nil }
            let item = state.agenda[model.selected]
            return DraftLine("item rename \(item.id) \"\(escaped(item.title))", "\"")
        case .correct:
            guard model.events.indices.contains(model.selected) else { return nil }
            let event = model.events[model.selected]
            guard let entry = state.correctable[event.sequence] else { return nil }
            if case .voteClosed = entry { return DraftLine("correct \(event.sequence) \"", "\" outcome=") }
            return DraftLine(
                "correct \(event.sequence) \"\(escaped(state.currentText(of: event.sequence) ?? ""))", "\"")
        }
    }
}

/// The motion shown, while it still awaits its vote: what withdraw and defer act on.
private func shownMotion(awaitingVote model: ConsoleModel) -> MotionRecord? {
    model.motionAwaitsVote ? model.shownMotion : nil
}

/// Text from the record put inside a draft's double quotes, written so the tokenizer reads it back as it is.
private func escaped(_ text: String) -> String {
    text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
}

/// A draft command line: the cursor goes between `before` and `after`.
struct DraftLine: Equatable {
    var text: String
    var cursor: Int

    init(_ before: String, _ after: String = "") {
        text = before + after
        cursor = before.count
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
