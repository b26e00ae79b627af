/// What a correction may name (V5): a closed vote or a minuted entry.
public enum CorrectableEntry: Hashable, Sendable, CustomStringConvertible {
    case motionMoved(MotionID)
    case voteClosed(MotionID)
    case note, concern, informationSharing, declaration, report
    case action(ActionID)
    case risk(RiskID)

    public var description: String {
        switch self {
        case .motionMoved(let id): "motion \(id) moved"
        case .voteClosed(let id): "vote on motion \(id) closed"
        case .note: "note"
        case .concern: "concern"
        case .informationSharing: "information sharing"
        case .declaration: "declaration of interest"
        case .report: "report received"
        case .action(let id): "action \(id)"
        case .risk(let id): "risk \(id)"
        }
    }
}
