/// N3: a risk has a description, an owner, a rating and a mitigation, and lives across meetings.
public struct Risk: Hashable, Codable, Sendable {
    public var id: RiskID
    public var item: AgendaItemID?
    public var description: String
    public var owner: String
    public var rating: RiskRating
    public var mitigation: String
    public var confidential: Bool

    public init(
        id: RiskID, item: AgendaItemID?, description: String, owner: String, rating: RiskRating, mitigation: String,
        confidential: Bool = false
    ) {
        self.id = id
        self.item = item
        self.description = description
        self.owner = owner
        self.rating = rating
        self.mitigation = mitigation
        self.confidential = confidential
    }
}
