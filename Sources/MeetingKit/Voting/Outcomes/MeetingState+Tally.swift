extension MeetingState {
    /// V1, A4: the tally of a motion. For an open vote it is live: ballots so far against who holds each seat
    /// now; for a closed vote it is the tally as closed.
    public func tally(of id: MotionID) -> Tally? {
        guard let motion = motions[id] else { return nil }
        if let result = motion.result { return result.tally }
        return Self.tally(
            seats: constitution.seats, holdings: constitution.seatHoldings(present: present), ballots: motion.ballots)
    }

    /// Every voting seat with who held its vote and its ballot: as the vote closed, or now while it is open.
    public func entitlement(for motion: MotionRecord) -> [SeatEntitlement] {
        if let result = motion.result {
            return zip(result.seats, result.holdings).map { seat, holding in
                SeatEntitlement(seat: seat, holding: holding, ballot: motion.ballots[seat])
            }
        }
        return entitlementNow(for: motion)
    }

    private func entitlementNow(for motion: MotionRecord) -> [SeatEntitlement] {
        zip(constitution.seats, constitution.seatHoldings(present: present)).map { seat, holding in
            SeatEntitlement(seat: seat.id, holding: holding, ballot: motion.ballots[seat.id])
        }
    }

    /// Counts ballots; a seat that voted counts even if its voter has since left (the vote stands).
    static func tally(seats: [Seat], holdings: [SeatHolding], ballots: BallotBox) -> Tally {
        var tally = Tally()
        for (seat, holding) in zip(seats, holdings) {
            switch (ballots[seat.id]?.choice, holding.holder) {
            case (.inFavour?, _): tally.inFavour += 1
            case (.against?, _): tally.against += 1
            case (.abstain?, _): tally.abstentions += 1
            case (nil, .some): tally.notVoted += 1
            case (nil, nil): tally.unrepresented += 1
            }
        }
        return tally
    }

    /// Represented seats that have not yet voted on the open motion, in constitution order.
    public func seatsYetToVote(on id: MotionID) -> [SeatID] {
        guard let motion = motions[id], motion.result == nil else { return [] }
        return entitlementNow(for: motion).filter { $0.ballot == nil && $0.holding.holder != nil }.map(\.seat)
    }
}
