/// What asking for the next meeting came to: its number, and whether this request started it or found it
/// already started by another terminal (or by an earlier request), so the console says which.
public struct MeetingStart: Equatable, Sendable {
    public var number: Int
    public var startedNow: Bool

    public init(number: Int, startedNow: Bool) { (self.number, self.startedNow) = (number, startedNow) }
}
