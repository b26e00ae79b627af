import Foundation

/// Where a motion stands (V5).
public enum MotionStage: Hashable, Sendable {
    case moved
    case voting(openedAt: Date)
    case closed
    case withdrawn(at: Date)
    case deferred(at: Date)

    /// V5: still before its vote: moved, or deferred and so open to being taken up again. Only such a motion
    /// is amended, withdrawn, deferred, put to the vote or reached by a rule change (V3).
    public var isBeforeVote: Bool {
        switch self {
        case .moved, .deferred: true
        case .voting, .closed, .withdrawn: false
        }
    }

    /// V5: only a motion moved and not yet deferred is deferred; a deferred one is taken up, not deferred
    /// again.
    public var mayBeDeferred: Bool {
        if case .moved = self { true } else { false }
    }

    public var word: String {
        switch self {
        case .moved: "moved"
        case .voting: "voting"
        case .closed: "closed"
        case .withdrawn: "withdrawn"
        case .deferred: "deferred"
        }
    }
}
