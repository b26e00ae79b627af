import MeetingKit

/// One line of the roll call: a person, the seat or role they fill, and whether they are here.
public struct RollRow: Hashable, Sendable {
    public var person: PersonID
    /// The seat a representative or proxy fills; nil for the chair, officers and guests.
    public var seat: SeatID?
    public var name: String
    public var place: String
    public var capacity: RollCapacity
    public var presence: RollPresence
    public var holdsVote: Bool

    static func rows(for state: MeetingState) -> [RollRow] {
        let c = state.constitution
        let holders = state.voteHolders
        var rows: [RollRow] = []
        var seen: Set<PersonID> = []
        // Each person's movements once, not a pass over all of them per row (A1).
        let movements = Dictionary(grouping: state.movements, by: \.person)
        func add(_ person: PersonID, seat: SeatID? = nil, place: String, capacity: RollCapacity) {
            guard seen.insert(person).inserted else { return }
            rows.append(
                RollRow(
                    person: person, seat: seat, name: c.displayName(person), place: place, capacity: capacity,
                    presence: state.rollPresence(of: person, movements: movements[person] ?? []),
                    holdsVote: holders.values.contains { $0.holder == person }))
        }
        for seat in c.seats {
            guard let people = c.holders[seat.id] else { continue }
            add(people.representative, seat: seat.id, place: seat.partner, capacity: .seat(.representative))
            if let proxy = people.proxy { add(proxy, seat: seat.id, place: seat.partner, capacity: .seat(.proxy)) }
        }
        if let chair = state.chair { add(chair, place: "Chair", capacity: .chair) }
        for member in c.members { add(member.person, place: member.role, capacity: .nonVoting) }
        for (guest, role) in state.guests.sorted(by: { $0.key < $1.key }) { add(guest, place: role, capacity: .guest) }
        return rows
    }
}
