/// N2: what, who and by when.
public struct ActionItem: Hashable, Codable, Sendable {
    public var id: ActionID
    public var item: AgendaItemID?
    public var what: String
    public var who: String
    public var due: CalendarDay?
    public var confidential: Bool

    public init(
        id: ActionID, item: AgendaItemID?, what: String, who: String, due: CalendarDay?, confidential: Bool = false
    ) {
        self.id = id
        self.item = item
        self.what = what
        self.who = who
        self.due = due
        self.confidential = confidential
    }
}
