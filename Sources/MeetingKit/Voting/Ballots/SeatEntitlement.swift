/// One voting seat in a vote: who held its vote and what it voted, or why it could not.
public struct SeatEntitlement: Hashable, Sendable {
    public var seat: SeatID
    public var holding: SeatHolding
    public var ballot: Ballot?
}
