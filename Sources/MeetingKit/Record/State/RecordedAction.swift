import Foundation

/// One action as the journal holds it: consecutive events by one author at one time.
public struct RecordedAction: Hashable, Sendable {
    public var first: Int
    public var last: Int
    public var author: Role
    public var time: Date
    /// A closed vote is only ever corrected (V5), so an action that closed one cannot be undone.
    public var closedAVote: Bool
    public var isUndo: Bool
}
