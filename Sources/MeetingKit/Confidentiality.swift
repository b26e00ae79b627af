/// N4: whether the public may see a piece of the record. This is the one place that decides it; the public
/// minutes, the public action register, the projector and the next meeting's public matters arising all
/// ask it at the moment they make their output, so flags count as they stand then, not as they stood when
/// an entry was recorded.
extension MeetingState {
    /// Something on the record whose confidentiality is asked about.
    public enum Matter: Sendable {
        /// An agenda item (nil: before the agenda).
        case item(AgendaItemID?)
        case entry(MinuteEntry)
        case motion(MotionRecord)
        case action(ActionRecord)
        case risk(RiskRecord)
        /// Whatever event `sequence` recorded; a correction is as confidential as what it corrects.
        case event(Int)
    }

    /// N4: true when `matter` must stay out of everything public: it was recorded as confidential, or the
    /// item it sits under is confidential now.
    public func isConfidential(_ matter: Matter) -> Bool {
        switch matter {
        case .item(let id):
            guard let id else { return false }
            return item(id)?.confidential ?? false
        case .entry(let entry):
            return entry.flaggedConfidential || isConfidential(.item(entry.item))
        case .motion(let motion):
            return isConfidential(.item(motion.draft.item))
        case .action(let record):
            // A carried action's item belongs to the meeting that raised it, which judged it when it handed
            // the action on (`mattersArisingForNext`).
            return record.action.confidential || (record.carriedFrom == nil && isConfidential(.item(record.action.item)))
        case .risk(let record):
            return record.risk.confidential || (record.carriedFrom == nil && isConfidential(.item(record.risk.item)))
        case .event(let sequence):
            return isConfidential(event: sequence, depth: 0)
        }
    }

    private func isConfidential(event sequence: Int, depth: Int) -> Bool {
        if let correction = corrections.first(where: { $0.sequence == sequence }) {
            // Corrections name earlier events only, so this ends; the depth bound guards a hostile journal.
            return depth < 64 && isConfidential(event: correction.correction.target, depth: depth + 1)
        }
        switch correctable[sequence] {
        case .motionMoved(let id)?, .voteClosed(let id)?:
            return motions[id].map { isConfidential(.motion($0)) } ?? false
        case .action(let id)?:
            return actions[id].map { isConfidential(.action($0)) } ?? false
        case .risk(let id)?:
            return risks[id].map { isConfidential(.risk($0)) } ?? false
        case .note?, .concern?, .informationSharing?, .declaration?, .report?:
            return entries.first { $0.sequence == sequence }.map { isConfidential(.entry($0)) } ?? false
        case nil:
            return false
        }
    }
}
