import Foundation

/// The rules that hold for the whole record at every instant, whatever the order in which commands came.
/// `decide` judges a command against the conditions in front of it; these are checked on the state the new
/// events would produce, against everything already recorded, so that no combination of commands, each
/// acceptable alone, leaves a record that breaks a rule. Every append path asks `MeetingState.admit`.
public enum RecordInvariant: String, CaseIterable, Sendable {
    case nothingReliedOnChanges = "I1"
    case timeRunsForward = "I2"
    case voteIsItsCasters = "I3"
    case confidentialityNeverDecreases = "I4"
    case oneTextUnderAVote = "I5"
    case rulesChangeOnlyByV3 = "I6"
    case seriesIsContinuous = "I7"

    /// The framework's rules it keeps.
    public var rules: String {
        switch self {
        case .nothingReliedOnChanges: "A2, A4, V1, Q3, Q4, E2, M4, P3"
        case .timeRunsForward: "A1, V5"
        case .voteIsItsCasters: "V1"
        case .confidentialityNeverDecreases: "N4"
        case .oneTextUnderAVote: "V1, V5"
        case .rulesChangeOnlyByV3: "V2, V3"
        case .seriesIsContinuous: "B2, N2, N3, E2"
        }
    }

    /// The invariant in a sentence for a person.
    public var sentence: String {
        switch self {
        case .nothingReliedOnChanges:
            "Nothing relied on changes: an event may not change who was present, who held each seat's vote, the "
                + "quorum, the chair or the constitution at any moment something already recorded relied on them."
        case .timeRunsForward:
            "Time runs forward: a command's clock is never earlier than the meeting's latest event; only a movement's "
                + "at= reaches back, and only where nothing relied on it."
        case .voteIsItsCasters:
            "A vote is its caster's: a vote cast at a member's own terminal is changed only by that member, there; one "
                + "the chair or clerk keyed may be changed by them or by the member."
        case .confidentialityNeverDecreases:
            "Confidentiality belongs to the matter and never decreases: what was recorded confidential, and whatever "
                + "continues it, stays confidential; making an item public again affects only what is recorded after."
        case .oneTextUnderAVote:
            "One text under a vote: from a vote's opening to its close the motion's text does not change, by any path."
        case .rulesChangeOnlyByV3:
            "Rules change only by V3: a rule change names ordinary motions only, never another rule change."
        case .seriesIsContinuous:
            "A series is continuous: a meeting starts only when the one before it is closed, from that meeting's "
                + "constitution, and a constitution given later never silently drops a named person or the chair."
        }
    }

    /// Invariants left unchecked in this task: only so a test can show that each one is what catches its
    /// violations (the adversarial property test with one switched off must fail). Never set in Gavel.
    @TaskLocal public static var switchedOff: Set<RecordInvariant> = []

    var isChecked: Bool { !Self.switchedOff.contains(self) }

    /// The refusal for a broken invariant: which, why here, and what to do instead.
    func refusal(_ what: String, instead: String) -> Refusal {
        Refusal("Not recorded: \(what). \(instead) (invariant \(rawValue): \(sentence) Rules \(rules).)")
    }
}
