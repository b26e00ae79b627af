import MeetingKit

/// What a key does on a member's ballot.
public enum BallotAction: Hashable, Sendable {
    case vote(VoteChoice), confirmChange, quit
}
