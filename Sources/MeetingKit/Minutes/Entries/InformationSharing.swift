/// N5: information to be shared with partner groups, and how often.
public struct InformationSharing: Hashable, Codable, Sendable {
    public var item: AgendaItemID?
    public var what: String
    public var shareWith: String
    public var howOften: String

    public init(item: AgendaItemID?, what: String, shareWith: String, howOften: String) {
        self.item = item
        self.what = what
        self.shareWith = shareWith
        self.howOften = howOften
    }
}
