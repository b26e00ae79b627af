import Foundation

/// Where a motion stands (V5).
public enum MotionStage: Hashable, Sendable {
    case moved
    case voting(openedAt: Date)
    case closed
    case withdrawn(at: Date)
    case deferred(at: Date)

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
