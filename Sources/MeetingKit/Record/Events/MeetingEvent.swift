import Foundation

/// One change to a meeting: a value with a position in the journal, a time, an author and a payload.
/// State is a pure fold of these (see `MeetingState.apply`).
public struct MeetingEvent: Hashable, Codable, Sendable {
    /// Position in the meeting's journal, from 1.
    public var sequence: Int
    public var time: Date
    public var author: Role
    /// The person and key behind the event, when it came from a connection whose key the record holds.
    /// Absent from the stored text when nil, so records written before it keep their bytes and hashes.
    public var by: Actor?
    public var payload: EventPayload

    public init(sequence: Int, time: Date, author: Role, by actor: Actor? = nil, payload: EventPayload) {
        self.sequence = sequence
        self.time = time
        self.author = author
        self.by = actor
        self.payload = payload
    }
}
