/// One row of Figure 1 (P1): a partner and the role that represents it. Seats hold the votes.
public struct Seat: Hashable, Codable, Sendable {
    public var id: SeatID
    public var partner: String
    public var role: String
    /// On the EOG, the seat's representative is a core member whose presence quorum needs (E1, Q1).
    public var core: Bool

    public init(id: SeatID, partner: String, role: String, core: Bool = false) {
        self.id = id
        self.partner = partner
        self.role = role
        self.core = core
    }
}
