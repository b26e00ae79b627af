import Foundation

public struct AccessEvent: Hashable, Codable, Sendable {
    public var sequence: Int
    public var time: Date
    /// Who made the change, where known (the host's administrator at the host has no key).
    public var by: Actor?
    public var payload: AccessPayload

    public init(sequence: Int, time: Date, by actor: Actor? = nil, payload: AccessPayload) {
        self.sequence = sequence
        self.time = time
        self.by = actor
        self.payload = payload
    }
}
