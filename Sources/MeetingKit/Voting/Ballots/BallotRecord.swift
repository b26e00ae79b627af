import Foundation

public struct BallotRecord: Hashable, Sendable {
    public var ballot: Ballot
    public var at: Date
    public var changed: Bool
    /// Cast by the member at their own terminal (their key), not keyed for them by the chair or clerk.
    public var fromOwnTerminal: Bool = false
    /// Who keyed it: the member (at their own terminal), the chair or the clerk (I3, V1).
    public var keyedBy: Role = .chair
}
