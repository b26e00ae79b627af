import CommandLanguage
import Foundation
import MeetingKit
import TerminalUI

/// What the key table's `when`s ask of the model: whether a key can act now.
extension ConsoleModel {
    /// #24: the first meeting of a series has no previous minutes to approve, so `P` is not offered on it.
    var hasPreviousMeeting: Bool { meetingNumber > 1 }

    /// #24: the footer offers `u` only while the record would take the undo: not once the action closed a
    /// vote (V5), nor once anything was recorded after it.
    var ownLastActionCanBeUndone: Bool { ownLastAction != nil && undoStanding == nil }

    /// Why the record would refuse to undo this terminal's last action now, in its words (V5: not after
    /// anything else was recorded, never a closed vote); nil when it would take the undo (or there is nothing
    /// to undo). Asked of the record's own rules, invariants included, so the footer never offers an undo
    /// the record refuses (#24).
    var undoRefusal: String? {
        guard let first = ownLastAction else { return nil }
        let undo = Command.undoLastAction(first: first)
        let at = state.latestTime ?? now
        do {
            // Without the journal (a model made for a test of one screen) the decision is all there is.
            if events.isEmpty {
                _ = try state.decide(undo, by: role, at: at)
            } else {
                _ = try state.admit(undo, by: role, at: at, journal: events)
            }
            return nil
        } catch {
            // Said after "Nothing was undone:" or "u does nothing now:".
            return error.reason.prefix(1).lowercased() + error.reason.dropFirst()
        }
    }

    /// The selected agenda item is not already current, and no vote holds the meeting on the current one.
    var selectedItemCanBeOpened: Bool {
        state.openVote == nil && state.agenda.indices.contains(selected)
            && state.agenda[selected].id != state.currentItem
    }

    /// The motion shown is still before its vote, as the record holds it: it may be put to the vote,
    /// amended, withdrawn or deferred (V5).
    var motionAwaitsVote: Bool {
        guard state.openVote == nil, let motion = shownMotion else { return false }
        return motion.stage.isBeforeVote
    }

    /// V3: a rule change names motions still to be voted on; with none, `r` has nothing to reach.
    var hasMotionForRuleChange: Bool { state.orderedMotions.contains { $0.stage.isBeforeVote } }

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
