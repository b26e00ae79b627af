import Foundation

/// The constitution from an appointment on (P2–P4).
public struct ConstitutionEpoch: Hashable, Sendable {
    /// Nil for the constitution the meeting began with.
    public var from: Date?
    public var constitution: Constitution
}
