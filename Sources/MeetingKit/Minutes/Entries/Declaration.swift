/// A member declares an interest in an item. Recorded and minuted; it does not remove their vote (V6).
public struct Declaration: Hashable, Codable, Sendable {
    public var person: PersonID
    public var item: AgendaItemID?
    public var interest: String

    public init(person: PersonID, item: AgendaItemID?, interest: String) {
        self.person = person
        self.item = item
        self.interest = interest
    }
}
