extension MeetingState {
    /// M4: the chair in office gets the chair's console; the clerk the clerk's; a representative, proxy or
    /// non-voting member their ballot; anyone else is not let in.
    public func remoteView(for holder: KeyHolder) throws(Refusal) -> RemoteView {
        switch holder {
        case .projector: return .projector
        case .clerk: return .console(.clerk)
        case .person(let person):
            if person == chair { return .console(.chair) }
            if !constitution.seats(heldBy: person).isEmpty || constitution.member(person) != nil {
                return .ballot(person)
            }
            throw Refusal(
                "\(constitution.displayName(person)) holds no place in this meeting: not its chair, nor a "
                    + "representative, proxy or member."
            )
        }
    }

    /// Whether `person` may cast a seat's vote now, and which; the same test `decide` applies to the ballot.
    public func ballotStanding(of person: PersonID) -> BallotStanding {
        guard let motion = openVote, let record = motions[motion] else { return .noVoteOpen }
        let held = constitution.seats(heldBy: person)
        guard !held.isEmpty else {
            return .mayNotVote(
                motion: motion, reason: "\(constitution.displayName(person)) is a non-voting member (M1).")
        }
        var firstReason: String?
        let holders = voteHolders
        for (seatID, capacity) in held {
            guard let seat = constitution.seat(seatID) else { continue }
            do throws(Refusal) {
                try checkEntitled(person, seat: seat, holding: holders[seatID] ?? .unrepresented(.bothAbsent))
                if let other = record.ballots.first(where: { $0.voter == person && $0.seat != seatID }) {
                    throw Refusal(
                        "You have voted for \(constitution.seat(other.seat)?.partner ?? other.seat.rawValue); one "
                            + "person, one vote (A3)."
                    )
                }
                let cast = record.ballots[seatID].flatMap { $0.voter == person ? $0.choice : nil }
                if record.ballots[seatID] != nil, cast == nil {
                    throw Refusal(
                        "\(seat.partner.possessive) vote has been cast by someone else; a vote stands (V1, A4).")
                }
                return .mayVote(motion: motion, seat: seatID, capacity: capacity, cast: cast)
            } catch {
                firstReason = firstReason ?? error.reason
            }
        }
        return .mayNotVote(motion: motion, reason: firstReason ?? "You hold no seat's vote now.")
    }
}
