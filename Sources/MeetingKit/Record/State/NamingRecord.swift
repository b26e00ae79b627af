import Foundation

/// A blank place filled with a name during the meeting (M4).
public struct NamingRecord: Hashable, Sendable {
    public var person: PersonID
    public var name: String
    public var at: Date
}
