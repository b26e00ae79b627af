import Foundation

extension Constitution {
    /// The id a named person has: the same name always means the same person, so someone who represents
    /// one seat and is the proxy of another is recognised as one person (A3).
    public func personID(forName name: String) -> PersonID {
        let wanted = name.trimmingCharacters(in: .whitespaces).lowercased()
        if let existing = people.values.first(where: { $0.isNamed && $0.name.lowercased() == wanted }) {
            return existing.id
        }
        return PersonID(slug(name))
    }
}

extension MeetingState {
    /// P2–P4: appointing a representative or proxy names the successor in the same act. Replacing a named
    /// representative needs the other partners advised (P3); nobody's approval is asked (P4).
    func validateAppointment(
        seat: SeatID, capacity: Capacity, name: String, advised: Bool
    ) throws(Refusal) -> Appointment {
        guard let seatInfo = constitution.seat(seat) else {
            throw Refusal(
                "There is no seat '\(seat)'; seats are "
                    + "\(constitution.seats.map(\.id.rawValue).joined(separator: ", "))."
            )
        }
        try require(!name.isBlank, "Name the successor: a \(capacity.rawValue) is replaced, never removed (P3).")
        let holders = constitution.holders[seat]
        let current = capacity == .representative ? holders?.representative : holders?.proxy
        let id = constitution.personID(forName: name)
        try require(current != id, "\(name) is already the \(capacity.rawValue) for \(seatInfo.partner).")
        if capacity == .representative, let current, constitution.people[current]?.isNamed == true {
            try require(
                advised,
                "Replacing \(seatInfo.partner.possessive) representative needs the other partners advised of the "
                    + "successor (P3)."
            )
        }
        if capacity == .representative,
            let other = constitution.seats.first(where: {
                $0.id != seat && constitution.holders[$0.id]?.representative == id
            })
        {
            throw Refusal("\(name) already represents \(other.partner); one person cannot represent two seats.")
        }
        if capacity == .proxy, holders?.representative == id {
            throw Refusal("\(name) is \(seatInfo.partner.possessive) representative and cannot also be its proxy.")
        }
        if capacity == .representative, holders?.proxy == id {
            throw Refusal("\(name) is \(seatInfo.partner.possessive) proxy; appoint a new proxy first.")
        }
        // Who holds a seat's vote must not change under an open vote.
        if let open = openVote {
            throw Refusal("The vote on motion \(open) is open; record the appointment after it closes.")
        }
        let placeholder = "\(seatInfo.partner) \(capacity.rawValue)"
        let person = constitution.people[id] ?? Person(id: id, name: name, placeholder: placeholder)
        return Appointment(seat: seat, capacity: capacity, successor: person, partnersAdvised: advised)
    }
}
