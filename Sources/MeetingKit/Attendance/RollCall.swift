import Foundation

/// A1: the roll taken at the opening. The chair opens the meeting and the clerk then takes the roll, so an
/// arrival recorded then is not late: the roll call lasts until the first agenda item is taken, and only an
/// arrival after that is minuted late, with its time.
extension MeetingState {
    /// When the roll call at the opening ended: the first time an agenda item was taken. Nil while it lasts.
    public var rollCallEndedAt: Date? { itemOpenings.first?.at }

    /// Whether an arrival at `instant` is late: after the roll call at the opening ended (A1). An arrival
    /// recorded during the roll call counts as present from the opening, whenever the clerk reached the row.
    public func arrivesLate(at instant: Date) -> Bool {
        guard let ended = rollCallEndedAt else { return false }
        return instant > ended
    }
}

extension MeetingState {
    /// A1, Q3: the movements as the minutes count presence over time: an arrival recorded during the roll
    /// call at the opening (the person's first movement since the opening) counts from the opening, so the
    /// quorum the minutes give at the opening is the room's, not the clerk's progress down the roll.
    public var movementsCountingRollCall: [Movement] {
        guard let opened = openedAt else { return movements }
        let rollCallEnd = rollCallEndedAt ?? closedAt
        var movedSinceOpening: Set<PersonID> = []
        return movements.sorted { ($0.at, $0.sequence) < ($1.at, $1.sequence) }.map { movement in
            var counted = movement
            let duringRollCall = movement.at > opened && rollCallEnd.map { movement.at <= $0 } ?? true
            if movement.kind == .arrived, duringRollCall, !movedSinceOpening.contains(movement.person) { counted.at = opened }
            if movement.at >= opened { movedSinceOpening.insert(movement.person) }
            return counted
        }
    }
}
