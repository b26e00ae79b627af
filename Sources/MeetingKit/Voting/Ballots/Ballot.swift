/// One seat's vote, with who cast it and in which capacity (A4).
public struct Ballot: Hashable, Codable, Sendable {
    public var motion: MotionID
    public var seat: SeatID
    public var voter: PersonID
    public var capacity: Capacity
    public var choice: VoteChoice

    public init(motion: MotionID, seat: SeatID, voter: PersonID, capacity: Capacity, choice: VoteChoice) {
        self.motion = motion
        self.seat = seat
        self.voter = voter
        self.capacity = capacity
        self.choice = choice
    }
}
