extension MeetingState {
    /// V5: the record is never rewritten, but what the meeting shows is the corrected version: the fold
    /// puts a correction's text in place of the entry it names (a closed vote's outcome, when `carried` is
    /// given). Returns how it read before, for the history of corrections.
    mutating func applyCorrection(_ correction: Correction) -> String? {
        let text = correction.text
        switch correctable[correction.target] {
        case .motionMoved(let id)?:
            guard var motion = motions[id] else { return nil }
            let was = motion.originalText
            motion.originalText = text
            if motion.amendments.isEmpty { motion.draft.text = text }
            motions[id] = motion
            return was
        case .voteClosed(let id)?:
            guard let carried = correction.carried, let result = motions[id]?.result else { return nil }
            motions[id]?.result?.outcome = Outcome(carried: carried, reason: text)
            return "\(result.outcome.word): \(result.outcome.reason)"
        case .action(let id)?:
            let was = actions[id]?.action.what
            actions[id]?.action.what = text
            return was
        case .risk(let id)?:
            let was = risks[id]?.risk.description
            risks[id]?.risk.description = text
            return was
        case .note?, .concern?, .informationSharing?, .declaration?, .report?:
            guard let index = entries.lastIndex(where: { $0.sequence == correction.target }) else { return nil }
            let was = entries[index].mainText
            entries[index].mainText = text
            return was
        case nil:
            return nil
        }
    }

    /// How a correctable entry reads now, corrections included: what a correction starts from. Nil for a
    /// closed vote, whose correction says why rather than rewording it.
    public func currentText(of sequence: Int) -> String? {
        switch correctable[sequence] {
        case .motionMoved(let id)?: motions[id]?.originalText
        case .action(let id)?: actions[id]?.action.what
        case .risk(let id)?: risks[id]?.risk.description
        case .note?, .concern?, .informationSharing?, .declaration?, .report?:
            entries.last { $0.sequence == sequence }?.mainText
        case .voteClosed?, nil: nil
        }
    }

    /// " (corrected, see C1)" for an event the meeting has corrected, else nothing: the one marker every
    /// screen and minutes format puts beside a corrected version.
    public func correctionMark(_ sequence: Int?) -> String {
        guard let sequence, let number = correctedBy[sequence] else { return "" }
        return " (corrected, see C\(number))"
    }
}

extension MinuteEntry {
    /// What a correction of the entry replaces: a note's or concern's text, what is shared, the interest
    /// declared, the challenge given to a report.
    var mainText: String {
        get {
            switch kind {
            case .note(let t), .concern(let t): t.text
            case .informationSharing(let i): i.what
            case .declaration(let d): d.interest
            case .report(let r): r.challenge
            }
        }
        set {
            switch kind {
            case .note(var t):
                t.text = newValue
                kind = .note(t)
            case .concern(var t):
                t.text = newValue
                kind = .concern(t)
            case .informationSharing(var i):
                i.what = newValue
                kind = .informationSharing(i)
            case .declaration(var d):
                d.interest = newValue
                kind = .declaration(d)
            case .report(var r):
                r.challenge = newValue
                kind = .report(r)
            }
        }
    }
}
