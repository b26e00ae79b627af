import Foundation

public struct ChairTerm: Hashable, Sendable {
    public var person: PersonID
    /// Nil for the chair named by the constitution, in the chair from the start.
    public var from: Date?
}
