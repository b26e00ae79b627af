import Foundation

extension MeetingState {
    /// Checks every invariant that `appended` could break, this state being the record before them and
    /// `after` the record with them. The costly checks (a pass over the journal) run only for batches that
    /// can reach back: a movement at or before the latest instant, an appointment or handover in the same
    /// instant, an undo, a correction or a change of confidentiality.
    func checkInvariants(after: MeetingState, appended: [MeetingEvent], journal: [MeetingEvent]) throws(Refusal) {
        let zone = constitution.zone
        if RecordInvariant.nothingReliedOnChanges.isChecked, reachesBack(appended) {
            let undone = MeetingState.undoneRanges(in: journal + appended)
            let before = RelianceLedger(state: self, journal: journal, skipping: undone)
            let now = RelianceLedger(state: after, journal: journal, skipping: undone)
            if let change = before.firstChange(in: now),
                let event = journal.first(where: { $0.sequence == change.sequence })
            {
                throw RecordInvariant.nothingReliedOnChanges.refusal(
                    "it would change \(change.what) of event \(event.sequence) (\(event.summary(in: constitution)), "
                        + "\(clockTime(event.time, in: zone)))",
                    instead: "Record the arrival or departure at a time after it, or correct that event (V5).")
            }
        }
        if RecordInvariant.voteIsItsCasters.isChecked {
            for event in appended {
                guard case .voteChanged(let ballot) = event.payload, let motion = motions[ballot.motion],
                    let standing = motion.ballotHistory.last(where: { $0.ballot.seat == ballot.seat }),
                    standing.fromOwnTerminal
                else { continue }
                guard event.author == .member, event.by?.person == standing.ballot.voter else {
                    throw RecordInvariant.voteIsItsCasters.refusal(
                        "\(constitution.displayName(standing.ballot.voter)) cast this vote on motion \(ballot.motion) "
                            + "at their own terminal",
                        instead: "Only they can change it, at their terminal, while the vote is open.")
                }
            }
        }
        if RecordInvariant.oneTextUnderAVote.isChecked {
            for (id, motion) in motions where motion.stage.isVoting {
                guard let later = after.motions[id], later.draft.text == motion.draft.text,
                    later.originalText == motion.originalText
                else {
                    throw RecordInvariant.oneTextUnderAVote.refusal(
                        "the vote on motion \(id) is open, and this would change the text it is voting on",
                        instead: "Close the vote first; a closed vote's motion is corrected with a correction (V5).")
                }
            }
        }
        if RecordInvariant.rulesChangeOnlyByV3.isChecked {
            for event in appended {
                guard case .motionMoved(let draft) = event.payload, let change = draft.ruleChange else { continue }
                if let target = change.appliesTo.first(where: { motions[$0]?.isRuleChange == true }) {
                    throw RecordInvariant.rulesChangeOnlyByV3.refusal(
                        "motion \(target) is itself a rule change",
                        instead: "Name the ordinary motions the new rule should decide.")
                }
            }
        }
        if RecordInvariant.confidentialityNeverDecreases.isChecked, touchesConfidentiality(appended) {
            let undone = MeetingState.undoneRanges(in: journal + appended)
            for event in journal
            where recordsConfidentialMatter(event) && !undone.contains(where: { $0.contains(event.sequence) }) {
                guard after.recordsConfidentialMatter(event) else {
                    throw RecordInvariant.confidentialityNeverDecreases.refusal(
                        "event \(event.sequence) (\(event.summary(in: constitution))) is confidential, and this would "
                            + "make it public",
                        instead:
                            "Matter recorded as confidential stays so; making an item public reaches only what is "
                            + "recorded after."
                    )
                }
            }
        }
    }

    private func reachesBack(_ appended: [MeetingEvent]) -> Bool {
        guard let latest = latestTime else { return false }
        return appended.contains { event in
            switch event.payload {
            case .arrived(_, let at), .departed(_, let at): at <= latest
            case .appointed, .chairHandedOver, .undone, .personNamed, .guestAdded: event.time <= latest
            default: false
            }
        }
    }

    /// Whether `appended` could make matter already recorded public: only a marking, a correction or an undo
    /// can. Whether recorded matter is confidential follows its item's marks and openings before it and its
    /// item's marks after it, and the records of the motion, action or risk it continues; a new item, a new
    /// opening or a new motion only adds marks and openings later than everything recorded, and records under
    /// new ids, none of which can lift anything already hidden. Passing them over keeps the check off the
    /// whole journal at every item and motion, which made admitting a long meeting's commands quadratic.
    private func touchesConfidentiality(_ appended: [MeetingEvent]) -> Bool {
        appended.contains { event in
            switch event.payload {
            case .confidentialityMarked, .corrected, .undone: true
            default: false
            }
        }
    }
}

extension MotionStage {
    var isVoting: Bool { if case .voting = self { true } else { false } }
}
