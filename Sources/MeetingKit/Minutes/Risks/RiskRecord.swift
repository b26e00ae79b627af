import Foundation

public struct RiskRecord: Hashable, Sendable {
    public var risk: Risk
    public var recordedAt: Date?
    public var sequence: Int
    /// The earlier meeting it was carried from (N3), or nil when raised in this meeting.
    public var carriedFrom: Int?
    public var rerates: [RiskRerate] = []
    public var closedNote: String?
    public var closedAt: Date?

    public var currentRating: RiskRating { rerates.last?.rating ?? risk.rating }
    public var isOpen: Bool { closedAt == nil }
}
