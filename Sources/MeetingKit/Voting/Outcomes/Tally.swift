/// The counted votes on a motion.
public struct Tally: Hashable, Codable, Sendable {
    public var inFavour: Int
    public var against: Int
    public var abstentions: Int
    /// Represented seats that have not voted.
    public var notVoted: Int
    /// Voting seats with nobody to hold their vote.
    public var unrepresented: Int

    public init(inFavour: Int = 0, against: Int = 0, abstentions: Int = 0, notVoted: Int = 0, unrepresented: Int = 0) {
        self.inFavour = inFavour
        self.against = against
        self.abstentions = abstentions
        self.notVoted = notVoted
        self.unrepresented = unrepresented
    }

    /// V2: votes cast are for and against; an abstention is not a vote cast.
    public var votesCast: Int { inFavour + against }
}
