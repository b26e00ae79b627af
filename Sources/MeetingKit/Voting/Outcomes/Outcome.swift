/// Whether a closed vote carried, and a sentence saying why in the terms of its rule.
public struct Outcome: Hashable, Codable, Sendable {
    public var carried: Bool
    public var reason: String

    public var word: String { carried ? "CARRIED" : "NOT CARRIED" }
}
