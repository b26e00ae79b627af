/// Who fills a seat (P2): one representative, and a proxy who acts only in the representative's absence.
public struct SeatHolders: Hashable, Codable, Sendable {
    public var representative: PersonID
    public var proxy: PersonID?

    public init(representative: PersonID, proxy: PersonID?) {
        self.representative = representative
        self.proxy = proxy
    }
}
