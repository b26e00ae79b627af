/// The ballots on one motion, at most one per seat (V1). A body has a dozen seats at most, so a short
/// list searched in order is cheaper than hashing seat ids on every vote.
public struct BallotBox: Hashable, Sendable, Sequence {
    private var ballots: [Ballot] = []

    public init() {}

    public subscript(seat: SeatID) -> Ballot? {
        ballots.first { $0.seat == seat }
    }

    /// Records `ballot` as its seat's vote, returning the ballot it replaced.
    @discardableResult
    public mutating func record(_ ballot: Ballot) -> Ballot? {
        guard let index = ballots.firstIndex(where: { $0.seat == ballot.seat }) else {
            ballots.append(ballot)
            return nil
        }
        defer { ballots[index] = ballot }
        return ballots[index]
    }

    public var count: Int { ballots.count }
    public var isEmpty: Bool { ballots.isEmpty }
    public func makeIterator() -> IndexingIterator<[Ballot]> { ballots.makeIterator() }

    /// Equal when the same seats voted the same way, whatever the order they voted in.
    public static func == (a: BallotBox, b: BallotBox) -> Bool {
        a.count == b.count && a.allSatisfy { b[$0.seat] == $0 }
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(count)
    }
}
