extension EventPayload {
    /// The words a search finds the event by, and what it is, or nil for events with no text of their own
    /// (arrivals, votes, openings). Names are left to the registers; search is for what was said and decided.
    public var searchableText: (kind: String, text: String)? {
        switch self {
        case .motionMoved(let draft):
            ("motion \(draft.id)", draft.text + (draft.rationale.isEmpty ? "" : " " + draft.rationale))
        case .motionAmended(let id, let text, let note): ("amendment of motion \(id)", text + " " + note)
        case .noted(let note): ("note", note.text)
        case .concernRaised(let concern): ("concern", concern.text)
        case .actionRecorded(let action): ("action \(action.id)", action.what + " " + action.who)
        case .actionClosed(let id, let note): ("action \(id) closed", note)
        case .riskRecorded(let risk): ("risk \(risk.id)", risk.description + " " + risk.mitigation)
        case .riskClosed(let id, let note): ("risk \(id) closed", note)
        case .interestDeclared(let declaration): ("declaration of interest", declaration.interest)
        case .reportReceived(let report): ("report", report.title + " " + report.challenge)
        case .informationSharingAgreed(let info): ("information to share", info.what + " " + info.shareWith)
        case .corrected(let correction): ("correction of event \(correction.target)", correction.text)
        case .agendaItemAdded(let item): ("agenda item \(item.id)", item.title)
        // A renamed item is found by its new title too (#24).
        case .agendaItemRenamed(let id, let title): ("agenda item \(id) renamed", title)
        default: nil
        }
    }
}

/// The words of a search as every way of searching reads them: runs of letters and digits, lower-cased, so
/// punctuation in a query is never syntax.
public func searchWords(_ text: String) -> [String] {
    text.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init)
}

extension EventPayload {
    /// The event's kind and text when its text holds every one of `words` (from `searchWords`); else nil.
    public func matching(_ words: [String]) -> (kind: String, text: String)? {
        guard !words.isEmpty, let found = searchableText else { return nil }
        let lowered = found.text.lowercased()
        return words.allSatisfy(lowered.contains) ? found : nil
    }
}

/// One search hit as every search shows it (the console's `/`, `gavel search`): which meeting, its date
/// when it was opened, the event, then what kind of entry and its words. The words are the record's, for the
/// writer to escape where it writes them.
public func searchHitLine(meeting: Int, date: CalendarDay?, sequence: Int, kind: String, text: String) -> String {
    "meeting \(meeting)\(date.map { ", \($0)" } ?? ""), event \(sequence), \(kind): \(text)"
}

/// V5: a hit on an entry a correction rewrote, as every search shows it: the hit (its words as first
/// recorded, which the index holds), then the correction and how the entry reads now.
public func searchHitLines(
    meeting: Int, date: CalendarDay?, sequence: Int, kind: String, text: String,
    rewrittenBy correction: CorrectionRecord?
) -> [String] {
    [searchHitLine(meeting: meeting, date: date, sequence: sequence, kind: kind, text: text)]
        + (correction.map { ["    corrected (C\($0.number)); now reads: \($0.correction.text)"] } ?? [])
}

extension Sequence<CorrectionRecord> {
    /// V5: the last of these corrections that rewrote event `sequence`'s words; one that only explains
    /// leaves them as they were.
    public func latestRewrite(of sequence: Int) -> CorrectionRecord? {
        reversed().first { $0.correction.target == sequence && $0.was != nil }
    }
}
