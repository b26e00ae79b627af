import Foundation

/// N4: the one public view of a meeting: its state with confidential matter removed, built here and nowhere
/// else. Every public output reads it (the minutes in every format, the action register and every register,
/// search and the console's `/`, the projector, members' ballots, the next meeting's public matters
/// arising); none filters on its own. What is confidential is decided by `MeetingState.isConfidential`.
public struct PublicProjection: Sendable {
    /// The meeting as the public may see it. A confidential item keeps its number, titled "Confidential item".
    public let state: MeetingState
    /// How many pieces of matter were left out: entries, motions, actions, risks, corrections.
    public let omitted: Int

    public static let confidentialItemTitle = "Confidential item"

    public init(_ full: MeetingState) {
        var shown = full
        var omitted = 0
        func keep(_ confidential: Bool) -> Bool {
            if confidential { omitted += 1 }
            return !confidential
        }
        for index in shown.agenda.indices where full.isConfidential(.item(shown.agenda[index].id)) {
            shown.agenda[index].title = Self.confidentialItemTitle
            shown.agenda[index].confidential = true
        }
        shown.entries = full.entries.filter { keep(full.isConfidential(.entry($0))) }
        shown.motions = full.motions.filter { keep(full.isConfidential(.motion($0.value))) }
        shown.motionOrder = full.motionOrder.filter { shown.motions[$0] != nil }
        if let open = shown.openVote, shown.motions[open] == nil { shown.openVote = nil }
        shown.actions = full.actions.filter { keep(full.isConfidential(.action($0.value))) }
        shown.risks = full.risks.filter { keep(full.isConfidential(.risk($0.value))) }
        shown.mattersArising.actions = full.mattersArising.actions.filter { shown.actions[$0.action.id] != nil }
        shown.mattersArising.risks = full.mattersArising.risks.filter { shown.risks[$0.risk.id] != nil }
        shown.corrections = full.corrections.filter { keep(full.isConfidential(.event($0.sequence))) }
        let hiddenTargets = Set(full.correctable.keys.filter { full.isConfidential(.event($0)) })
        shown.correctable = full.correctable.filter { !hiddenTargets.contains($0.key) }
        shown.correctedBy = full.correctedBy.filter { !hiddenTargets.contains($0.key) }
        state = shown
        self.omitted = omitted
    }

    /// The events of `journal` the public may see: what search and anything drawn from the journal itself
    /// may show. `full` is the state `journal` folds to.
    public static func publicEvents(of journal: [MeetingEvent], in full: MeetingState) -> Set<Int> {
        Set(journal.lazy.filter { !full.recordsConfidentialMatter($0) }.map(\.sequence))
    }
}

extension MeetingState {
    /// The public projection of this meeting (N4).
    public var publicView: PublicProjection { PublicProjection(self) }
}
