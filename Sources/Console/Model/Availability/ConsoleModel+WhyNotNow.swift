import Foundation
import MeetingKit
import TerminalUI

/// #24: the footer and help offer only keys that can act now. A key held back on its own screen says why,
/// in the record's words, rather than only that it is not available.
extension ConsoleModel {
    /// Why `action`, bound on this screen for this role, cannot act now; nil when that is not the reason
    /// (another screen's key, another role's, or a key that can act).
    func whyNotNow(_ action: ConsoleAction) -> String? {
        switch (action, role, screen) {
        case (.openVote, .chair, .motion):
            guard state.openVote == nil, let motion = shownMotion, !motion.stage.isBeforeVote else { return nil }
            return "motion \(motion.id) is \(motion.stage.word); only a motion awaiting its vote can have one (V5)."
        case (.closeMeeting, .chair, .agenda):
            guard state.isOpen, let open = state.openVote else { return nil }
            return "the vote on motion \(open) is still open; close it first "
                + "(\(ConsoleKeys.keyLabel(of: .showMotion)), then \(ConsoleKeys.keyLabel(of: .closeVote)))."
        case (.openItem, .chair, .agenda):
            if let open = state.openVote { return "the vote on motion \(open) is open; close it before moving on." }
            guard state.agenda.indices.contains(selected), state.agenda[selected].id == state.currentItem else {
                return nil
            }
            return "item \(state.agenda[selected].id) is already the current item."
        case (.draft(.approveMinutes), .chair, .agenda):
            if !hasPreviousMeeting {
                return "this is the series' first meeting; there are no previous minutes to approve."
            }
            return state.previousMinutesApproval == nil ? nil : "the previous minutes are already approved."
        case (.toggleConfidential, .clerk, .minutes):
            // The whole minutes do not show the current item's standing: x acts only where it is shown.
            guard wholeMinutes, let item = state.currentItem else { return nil }
            return
                "the whole minutes are shown, not item \(item)'s; \(ConsoleKeys.keyLabel(of: .toggleWholeMinutes)) shows "
                + "the item, then \(ConsoleKeys.keyLabel(of: .toggleConfidential)) marks it (N4)."
        case (.undo, _, _):
            return undoStanding
        case (.draft(.deferMotion), .chair, .motion):
            guard state.openVote == nil, let motion = shownMotion, motion.stage.isBeforeVote,
                !motion.stage.mayBeDeferred
            else { return nil }
            return "motion \(motion.id) is already deferred; \(ConsoleKeys.keyLabel(of: .openVote)) takes it up (V5)."
        case (.draft(.ruleChange), .chair, .motion):
            guard state.openVote == nil, !hasMotionForRuleChange else { return nil }
            return "no motion awaits its vote for a rule change to reach (V3); move one first "
                + "(\(ConsoleKeys.keyLabel(of: .draft(.motion))))."
        case (.draft(.name), .clerk, .roll):
            guard !selectedRowCanBeNamed, let open = state.openVote else { return nil }
            return "the vote on motion \(open) is open; who holds a seat's vote is named after it closes (A2)."
        default:
            return nil
        }
    }

    /// Why `action`, a key of this screen and role, cannot act now, where `whyNotNow` has nothing more
    /// particular: from what the meeting is doing.
    func whyCannotAct(_ action: ConsoleAction) -> String {
        if action.needsOpenMeeting, !state.isOpen {
            return "the meeting is not open yet; the chair opens it on the agenda screen "
                + "(\(ConsoleKeys.keyLabel(of: .showAgenda)), then \(ConsoleKeys.keyLabel(of: .draft(.openMeeting))))."
        }
        switch action {
        case .voteFor, .voteAgainst, .abstain, .closeVote:
            let seats = state.constitution.seats
            if state.openVote != nil, action != .closeVote, seats.indices.contains(selected),
                case .unrepresented(let why)? = state.voteHolders[seats[selected].id]
            {
                return
                    "\(seats[selected].partner) is not represented (\(why.explain(in: state.constitution))), so it "
                    + "has no vote to record (A2)."
            }
            if state.openVote != nil { return "the chair closes the vote." }
            return "no vote is open"
                + (role == .chair
                    ? "; \(ConsoleKeys.keyLabel(of: .openVote)) opens the vote on a motion awaiting it." : ".")
        case .openVote:
            if let open = state.openVote { return "the vote on motion \(open) is already open." }
            return "no motion awaits its vote; \(ConsoleKeys.keyLabel(of: .draft(.motion))) moves one."
        case .draft(.motion), .draft(.ruleChange):
            if let open = state.openVote {
                return "the vote on motion \(open) is open; a new motion waits until it closes."
            }
        case .draft(.amend), .draft(.withdrawMotion), .draft(.deferMotion):
            if let open = state.openVote {
                return "the vote on motion \(open) is open; it can no longer be changed (V5)."
            }
            return "no motion awaits its vote (V5)."
        case .arrived, .draft(.arrivalAt), .left, .draft(.departureAt), .draft(.apologies):
            if let row = selectedRollRow {
                switch row.presence {
                case .apologies where action != .arrived && action != .draft(.arrivalAt):
                    return "\(row.name) has sent apologies (A1)."
                case let presence where presence.isHere:
                    return "\(row.name) is here; \(ConsoleKeys.keyLabel(of: .left)) or "
                        + "\(ConsoleKeys.keyLabel(of: .draft(.departureAt))) records leaving (A1)."
                default:
                    return "\(row.name) is not here; \(ConsoleKeys.keyLabel(of: .arrived)) or "
                        + "\(ConsoleKeys.keyLabel(of: .draft(.arrivalAt))) records an arrival (A1)."
                }
            }
        case .draft(.closeAction):
            if case .risk? = selectedMatter?.kind {
                return "the selected row is a risk: \(ConsoleKeys.keyLabel(of: .draft(.closeRisk))) closes it, "
                    + "\(ConsoleKeys.keyLabel(of: .draft(.rerateRisk))) re-rates it (N3)."
            }
            return "the selected row is not an open action (N2)."
        case .draft(.closeRisk), .draft(.rerateRisk):
            if case .action? = selectedMatter?.kind {
                return
                    "the selected row is an action: \(ConsoleKeys.keyLabel(of: .draft(.closeAction))) closes it (N2)."
            }
            return "the selected row is not an open risk (N3)."
        case .draft(.correct):
            if events.indices.contains(selected) {
                return
                    "event \(events[selected].sequence) is neither a minuted entry nor a closed vote; only those are "
                    + "corrected (V5)."
            }
        case .up, .down, .top, .bottom:
            return "there are no rows to move through on this screen."
        case .undo:
            return "this terminal has nothing it may undo now."
        default:
            break
        }
        return "it has nothing to act on here now; \(ConsoleKeys.keyLabel(of: .help)) lists the keys that can act."
    }
}
