import Foundation

/// The rules a meeting runs under: a body, its seats and people, and the settings where the framework
/// is silent or contradicts itself (DOMAIN M3, M4, Q2, Q4, V2). Build one through `ConstitutionDraft`,
/// which checks it.
public struct Constitution: Hashable, Codable, Sendable {
    public var name: String
    public var body: Body
    public var project: Project
    public var seats: [Seat]
    public var holders: [SeatID: SeatHolders]
    public var members: [Member]
    public var people: [PersonID: Person]
    /// The chair named by the constitution; for a chair given by seat, the seat's representative when the
    /// constitution was made (kept for records written before `chairSeat`).
    public var chair: PersonID?
    public var quorum: QuorumRule
    public var decisionRule: DecisionRule
    /// M4: the framework gives the chair no casting vote; a constitution may grant one.
    public var chairHasCastingVote: Bool
    /// Whether the projector may show who voted how (the minutes always name votes, N1).
    public var votesNamedInPublic: Bool
    /// Q4: open a vote while inquorate only on the chair's explicit, minuted override.
    public var allowQuorumOverride: Bool
    /// E2, M4: the seat whose representative chairs, whoever that is at the time; nil when the chair is
    /// named as a person.
    public var chairSeat: SeatID? = nil
    /// Where the body meets, as an IANA name ("Europe/London"): times are typed and shown in it, whatever
    /// the terminal's TZ. Nil in records written before it existed; those use the terminal's.
    public var timeZone: String? = nil

    /// The zone times are read and written in.
    public var zone: TimeZone { timeZone.flatMap(TimeZone.init(identifier:)) ?? .current }

    /// E2, M4: who chairs under this constitution: the chair seat's representative as it stands, else the
    /// person named.
    public var designatedChair: PersonID? {
        if let chairSeat, let holders = holders[chairSeat] { return holders.representative }
        return chair
    }

    /// V4: ELG votes steer and carry no statutory power.
    public var votesAreIndicative: Bool { body == .elg }

    public func seat(_ id: SeatID) -> Seat? { seats.first { $0.id == id } }
    public func person(_ id: PersonID) -> Person? { people[id] }
    public func member(_ id: PersonID) -> Member? { members.first { $0.person == id } }

    public func displayName(_ id: PersonID) -> String { people[id]?.displayName ?? id.rawValue }

    /// The chair's name for the minutes: an unnamed chair is "Chair (not named)", never a placeholder (M4).
    public func chairName(_ id: PersonID) -> String {
        guard let person = people[id] else { return id.rawValue }
        return person.isNamed ? person.name : "Chair (not named)"
    }

    /// The people whose presence Q1 requires: core seats' representatives and core members.
    public var corePeople: [PersonID] {
        seats.filter(\.core).compactMap { holders[$0.id]?.representative } + members.filter(\.core).map(\.person)
    }

    /// Every seat where `person` is the representative or the proxy, representative seats first (A3).
    public func seats(heldBy person: PersonID) -> [(seat: SeatID, capacity: Capacity)] {
        let asRepresentative = seats.filter { holders[$0.id]?.representative == person }.map {
            ($0.id, Capacity.representative)
        }
        let asProxy = seats.filter { holders[$0.id]?.proxy == person }.map { ($0.id, Capacity.proxy) }
        return asRepresentative + asProxy
    }
}
