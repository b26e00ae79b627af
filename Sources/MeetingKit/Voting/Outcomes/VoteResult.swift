import Foundation

/// A closed vote with a snapshot of every voting seat at the moment it closed (A4, after OpenSlides).
public struct VoteResult: Hashable, Sendable {
    public var closedAt: Date
    /// The journal position of the close, which a correction of the outcome names (V5).
    public var sequence: Int
    public var tally: Tally
    public var outcome: Outcome
    /// The voting seats and who held each when the vote closed, in seat order.
    public var seats: [SeatID]
    public var holdings: [SeatHolding]
    public var castingVote: VoteChoice?
    /// The quorum when the vote opened (Q4).
    public var quorumAtOpening: QuorumStatus?
}
