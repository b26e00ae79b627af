import MeetingKit

/// One line of the roll call: a person, the seat or role they fill, and whether they are here.
public struct RollRow: Hashable, Sendable {
    public var person: PersonID
    /// The seat a representative or proxy fills; nil for the chair, officers and guests.
    public var seat: SeatID?
    public var name: String
    public var place: String
    public var capacity: String
    public var present: Bool
    public var presence: RollPresence
    public var holdsVote: Bool

    static func rows(for state: MeetingState) -> [RollRow] {
        let c = state.constitution
        let holders = state.voteHolders
        var rows: [RollRow] = []
        var seen: Set<PersonID> = []
        func add(_ person: PersonID, seat: SeatID? = nil, place: String, capacity: String) {
            guard seen.insert(person).inserted else { return }
            rows.append(
                RollRow(
                    person: person, seat: seat, name: c.displayName(person), place: place, capacity: capacity,
                    present: state.present.contains(person), presence: state.rollPresence(of: person),
                    holdsVote: holders.values.contains { $0.holder == person }))
        }
        for seat in c.seats {
            guard let people = c.holders[seat.id] else { continue }
            add(people.representative, seat: seat.id, place: seat.partner, capacity: "representative")
            if let proxy = people.proxy { add(proxy, seat: seat.id, place: seat.partner, capacity: "proxy") }
        }
        if let chair = state.chair { add(chair, place: "Chair", capacity: "chair") }
        for member in c.members { add(member.person, place: member.role, capacity: "non-voting") }
        for (guest, role) in state.guests.sorted(by: { $0.key < $1.key }) { add(guest, place: role, capacity: "guest") }
        return rows
    }
}
