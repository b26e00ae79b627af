/// A note or a concern against an agenda item (N1, N4).
public struct MinuteText: Hashable, Codable, Sendable {
    public var item: AgendaItemID?
    public var text: String
    public var confidential: Bool

    public init(item: AgendaItemID?, text: String, confidential: Bool = false) {
        self.item = item
        self.text = text
        self.confidential = confidential
    }
}
