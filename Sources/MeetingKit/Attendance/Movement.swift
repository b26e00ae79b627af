import Foundation

/// One arrival or departure on the attendance timeline (A1).
public struct Movement: Hashable, Codable, Sendable {
    public enum Kind: String, Hashable, Codable, Sendable { case arrived, departed }
    public var person: PersonID
    public var kind: Kind
    /// When it happened; may be earlier than when it was recorded.
    public var at: Date
    public var sequence: Int
}

extension Movement: Comparable {
    /// A1: the timeline's one order: by when it happened, and within one instant by when it was recorded.
    public static func < (lhs: Movement, rhs: Movement) -> Bool { (lhs.at, lhs.sequence) < (rhs.at, rhs.sequence) }
}

extension Movement {
    /// A1: who is present after this movement, from who was before it; the one fold every view of
    /// presence makes.
    public func apply(to present: inout Set<PersonID>) {
        switch kind {
        case .arrived: present.insert(person)
        case .departed: present.remove(person)
        }
    }
}
