/// Where a member stands on the vote in progress, for their ballot screen (A2, A3, M1, V1).
public enum BallotStanding: Hashable, Sendable {
    case noVoteOpen
    /// They hold `seat`'s vote now, in `capacity`; `cast` is what they have already voted, if anything.
    case mayVote(motion: MotionID, seat: SeatID, capacity: Capacity, cast: VoteChoice?)
    case mayNotVote(motion: MotionID, reason: String)
}
