public struct AgendaItem: Hashable, Codable, Sendable {
    public var id: AgendaItemID
    public var title: String
    public var allottedMinutes: Int?
    public var confidential: Bool

    public init(id: AgendaItemID, title: String, allottedMinutes: Int? = nil, confidential: Bool = false) {
        self.id = id
        self.title = title
        self.allottedMinutes = allottedMinutes
        self.confidential = confidential
    }
}
