/// N3: a report the group received (a highlight report, the risk register) and the challenge it gave.
public struct HighlightReport: Hashable, Codable, Sendable {
    public var item: AgendaItemID?
    public var title: String
    /// Who presented it: usually "EOG".
    public var from: String
    public var challenge: String
    public var confidential: Bool

    public init(item: AgendaItemID?, title: String, from: String, challenge: String, confidential: Bool = false) {
        self.item = item
        self.title = title
        self.from = from
        self.challenge = challenge
        self.confidential = confidential
    }
}
