/// Why a command was not carried out, in words for the person who gave it.
public struct Refusal: Error, Hashable, Sendable, CustomStringConvertible {
    public var reason: String

    public init(_ reason: String) { self.reason = reason }
    public var description: String { reason }
}
