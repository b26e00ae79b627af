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
            guard state.openVote == nil, let motion = shownMotion else { return nil }
            if case .moved = motion.stage { return nil }
            return "motion \(motion.id) is \(motion.stage.word); only a motion awaiting its vote can have one (V5)."
        case (.closeMeeting, .chair, .agenda):
            guard state.isOpen, let open = state.openVote else { return nil }
            return "the vote on motion \(open) is still open; close it first (3, then c)."
        case (.openItem, .chair, .agenda):
            if let open = state.openVote { return "the vote on motion \(open) is open; close it before moving on." }
            guard state.agenda.indices.contains(selected), state.agenda[selected].id == state.currentItem else { return nil }
            return "item \(state.agenda[selected].id) is already the current item."
        case (.draft(.approveMinutes), .chair, .agenda):
            if !hasPreviousMeeting { return "this is the series' first meeting; there are no previous minutes to approve." }
            return state.previousMinutesApproval == nil ? nil : "the previous minutes are already approved."
        case (.toggleConfidential, .clerk, .minutes):
            // The whole minutes do not show the current item's standing: x acts only where it is shown.
            guard wholeMinutes, let item = state.currentItem else { return nil }
            return "the whole minutes are shown, not item \(item)'s; w shows the item, then x marks it (N4)."
        case (.undo, _, _):
            return undoRefusal
        case (.draft(.ruleChange), .chair, .motion):
            guard state.openVote == nil, !hasMotionForRuleChange else { return nil }
            return "no motion awaits its vote for a rule change to reach (V3); move one first (m)."
        case (.draft(.name), .clerk, .roll):
            guard !selectedRowCanBeNamed, let open = state.openVote else { return nil }
            return "the vote on motion \(open) is open; who holds a seat's vote is named after it closes (A2)."
        default:
            return nil
        }
    }

    /// The message for `key` when one of its bindings here cannot act now, saying why; nil otherwise.
    func whyKeyNotNow(_ key: Key) -> String? {
        guard state.closedAt == nil else { return nil }
        for binding in ConsoleKeys.keymap.bindings where binding.keys.contains(key) {
            if let why = whyNotNow(binding.action) { return "\(key.label()) (\(binding.label)) does nothing now: \(why)" }
        }
        return nil
    }
}
