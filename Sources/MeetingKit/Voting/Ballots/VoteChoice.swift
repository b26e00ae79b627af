/// A vote on a motion (V1).
public enum VoteChoice: String, Codable, Sendable, CaseIterable {
    case inFavour = "for"
    case against
    case abstain

    public var word: String { rawValue }
}
