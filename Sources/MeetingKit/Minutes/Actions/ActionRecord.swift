import Foundation

public struct ActionRecord: Hashable, Sendable {
    public var action: ActionItem
    /// When it was recorded; for an action carried from an earlier meeting, nil.
    public var recordedAt: Date?
    /// Journal position in this meeting; carried actions sort before anything recorded here.
    public var sequence: Int
    /// The earlier meeting it was carried from (N2), or nil when raised in this meeting.
    public var carriedFrom: Int?
    public var closedNote: String?
    public var closedAt: Date?

    public var isOpen: Bool { closedAt == nil }
}
