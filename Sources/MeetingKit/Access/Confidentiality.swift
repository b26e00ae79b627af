/// N4: whether the public may see a piece of the record. This is the one place that decides it; the public
/// projection (`PublicProjection`) asks it for every matter and every event, and every public output reads
/// that projection.
///
/// Confidentiality belongs to the matter and never decreases (invariant I4): matter recorded while its item,
/// or the item then current, was confidential stays confidential; marking an item confidential later hides
/// everything already under it; making it public again reaches only what is recorded after. Whatever
/// continues a matter (an amendment, a ballot, a correction, an action's or risk's closing) is judged with it.
extension MeetingState {
    /// Something on the record whose confidentiality is asked about.
    public enum Matter: Sendable {
        /// An agenda item's title (nil: before the agenda).
        case item(AgendaItemID?)
        case entry(MinuteEntry)
        case motion(MotionRecord)
        case action(ActionRecord)
        case risk(RiskRecord)
        /// Whatever event `sequence` recorded; a correction is as confidential as what it corrects.
        case event(Int)
    }

    /// N4: true when `matter` must stay out of everything public.
    public func isConfidential(_ matter: Matter) -> Bool {
        switch matter {
        case .item(let id):
            // A title is matter recorded with the item: once confidential, it stays out for good.
            guard let id else { return false }
            return confidentialityMarks[id]?.contains { $0.confidential } ?? (item(id)?.confidential ?? false)
        case .entry(let entry):
            return entry.flaggedConfidential || itemsHide(entry.item, recordedAt: entry.sequence)
        case .motion(let motion):
            return itemsHide(motion.draft.item, recordedAt: motion.sequence)
        case .action(let record):
            // A carried action's items belong to the meeting that raised it, which judged it when it handed
            // the action on (`mattersArisingForNext`).
            return record.action.confidential
                || (record.carriedFrom == nil && itemsHide(record.action.item, recordedAt: record.sequence))
        case .risk(let record):
            return record.risk.confidential
                || (record.carriedFrom == nil && itemsHide(record.risk.item, recordedAt: record.sequence))
        case .event(let sequence):
            return isConfidential(event: sequence, depth: 0)
        }
    }

    /// Whether the item it was placed under, or the item current when it was recorded, hides matter
    /// recorded at `sequence`.
    func itemsHide(_ item: AgendaItemID?, recordedAt sequence: Int) -> Bool {
        if itemHides(item, recordedAt: sequence) { return true }
        let current = itemOpenings.last { $0.sequence < sequence }?.item
        return current != item && itemHides(current, recordedAt: sequence)
    }

    /// Confidential when `sequence` was recorded, or marked confidential any time since.
    private func itemHides(_ item: AgendaItemID?, recordedAt sequence: Int) -> Bool {
        guard let item, let marks = confidentialityMarks[item] else { return false }
        var whenRecorded = false
        for mark in marks {
            if mark.sequence < sequence { whenRecorded = mark.confidential } else if mark.confidential { return true }
        }
        return whenRecorded
    }

    /// Whether an item is confidential now: what a new entry under it is flagged with.
    func isConfidentialNow(_ item: AgendaItemID?) -> Bool { item.flatMap { self.item($0)?.confidential } ?? false }

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

    /// N4: whether `event` records confidential matter, for every kind of event: what the public projection
    /// leaves out of search and of anything drawn from the journal itself. Attendance, appointments, the
    /// chair, opening and closing are public; everything else follows the matter it records or continues.
    public func recordsConfidentialMatter(_ event: MeetingEvent) -> Bool {
        switch event.payload {
        case .meetingOpened, .meetingClosed, .previousMinutesApproved, .arrived, .departed, .apologies, .guestAdded,
            .appointed, .chairHandedOver, .personNamed, .undone:
            return false
        case .agendaItemAdded(let item): return isConfidential(.item(item.id))
        case .agendaItemOpened(let id), .agendaItemRenamed(let id, _), .confidentialityMarked(let id, _):
            return isConfidential(.item(id))
        case .motionMoved(let draft): return motionIsConfidential(draft.id)
        case .motionAmended(let id, _, _), .motionWithdrawn(let id), .motionDeferred(let id),
            .quorumOverridden(let id, _),
            .voteOpened(let id), .voteClosed(let id, _):
            return motionIsConfidential(id)
        case .voteCast(let ballot), .voteChanged(let ballot): return motionIsConfidential(ballot.motion)
        case .actionRecorded(let action):
            return actions[action.id].map { isConfidential(.action($0)) } ?? action.confidential
        case .actionClosed(let id, _): return actions[id].map { isConfidential(.action($0)) } ?? false
        case .riskRecorded(let risk): return risks[risk.id].map { isConfidential(.risk($0)) } ?? risk.confidential
        case .riskRerated(let id, _, _), .riskClosed(let id, _):
            return risks[id].map { isConfidential(.risk($0)) } ?? false
        case .noted, .concernRaised, .informationSharingAgreed, .interestDeclared, .reportReceived, .corrected:
            return isConfidential(.event(event.sequence))
        }
    }

    private func motionIsConfidential(_ id: MotionID) -> Bool {
        motions[id].map { isConfidential(.motion($0)) } ?? false
    }
}
