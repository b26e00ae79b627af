/// A constitution as a person wrote it, before it is checked. Every part carries the field path it came
/// from ("seat[2].proxy", "people.special-schools.representative") so a problem can be pointed at.
public struct ConstitutionDraft: Sendable {
    public struct SeatDraft: Sendable {
        public var id: String
        public var partner: String
        public var role: String
        public var core: Bool
        public var field: String
        public init(id: String, partner: String, role: String, core: Bool, field: String) {
            (self.id, self.partner, self.role, self.core, self.field) = (id, partner, role, core, field)
        }
    }

    /// Who fills a seat: `[people.SEAT]` in a file. A blank name is a placeholder for the clerk.
    public struct PeopleDraft: Sendable {
        public var seat: String
        public var representative: String?
        public var proxy: String?
        public var field: String
        public init(seat: String, representative: String?, proxy: String?, field: String) {
            (self.seat, self.representative, self.proxy, self.field) = (seat, representative, proxy, field)
        }
    }

    public struct MemberDraft: Sendable {
        public var role: String
        public var name: String
        public var core: Bool
        public var field: String
        public init(role: String, name: String, core: Bool, field: String) {
            (self.role, self.name, self.core, self.field) = (role, name, core, field)
        }
    }

    public var name = ""
    public var body = ""
    public var project = Project(name: "")
    public var seats: [SeatDraft] = []
    public var people: [PeopleDraft] = []
    public var members: [MemberDraft] = []
    /// The chair by name; or by `chairSeat`, the seat whose representative chairs (M4).
    public var chairName: String?
    public var chairSeat: String?
    public var quorum = "majority-of-seats"
    public var quorumMinimum: Int?
    public var decision = "simple-majority"
    public var chairHasCastingVote = false
    public var votesNamedInPublic = true
    public var allowQuorumOverride = true
    /// An IANA time zone name; nil leaves times in the terminal's zone.
    public var timeZone: String?

    public init() {}
}

extension QuorumRule {
    public static let knownNames = ["majority-of-seats", "all-core-members", "minimum-seats"]
    public var fileName: String {
        switch self {
        case .majorityOfSeats: "majority-of-seats"
        case .allCoreMembers: "all-core-members"
        case .minimumSeats: "minimum-seats"
        }
    }
}
