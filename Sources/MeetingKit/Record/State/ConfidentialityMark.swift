/// N4: an item's confidentiality as set at one point of the journal: when it was added, and each marking.
public struct ConfidentialityMark: Hashable, Sendable {
    public var sequence: Int
    public var confidential: Bool
}
