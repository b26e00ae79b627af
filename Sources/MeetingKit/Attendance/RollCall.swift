import Foundation

/// A1: the roll taken at the opening. The chair opens the meeting and the clerk then takes the roll, so an
/// arrival recorded then is not late: the roll call lasts until the first agenda item is taken, and only an
/// arrival after that is minuted late, with its time.
extension MeetingState {
    /// When the roll call at the opening ended: the first time an agenda item was taken. Nil while it lasts.
    public var rollCallEndedAt: Date? { rollCallEnd?.at }

    /// The item taking that ended the roll call: the first after the meeting opened. An item taken before
    /// the opening (a script, say) does not end a roll call that has not begun (#24).
    public var rollCallEnd: ItemOpening? {
        guard let opened = openedAt else { return nil }
        return itemOpenings.first { $0.at >= opened }
    }

    /// Whether an arrival at `instant`, recorded as event `sequence`, is late: after the roll call at the
    /// opening ended (A1). An arrival recorded during the roll call counts as present from the opening,
    /// whenever the clerk reached the row. Events of one second are told apart by their order in the record,
    /// so an arrival recorded after the first item was taken is late even within that second.
    public func arrivesLate(at instant: Date, sequence: Int = .max) -> Bool {
        guard let ended = rollCallEnd else { return false }
        return (instant, sequence) > (ended.at, ended.sequence)
    }

    /// Whether `movement`, an arrival, is late (A1).
    public func arrivesLate(_ movement: Movement) -> Bool { arrivesLate(at: movement.at, sequence: movement.sequence) }
}

extension MeetingState {
    /// A1, Q3: the movements as the minutes count presence over time: an arrival recorded during the roll
    /// call at the opening (the person's first movement since the opening) counts from the opening, so the
    /// quorum the minutes give at the opening is the room's, not the clerk's progress down the roll.
    public var movementsCountingRollCall: [Movement] {
        guard let opened = openedAt else { return movements }
        var movedSinceOpening: Set<PersonID> = []
        return movements.sorted().map { movement in
            var counted = movement
            let duringRollCall = movement.at > opened && !arrivesLate(movement)
            if movement.kind == .arrived, duringRollCall, !movedSinceOpening.contains(movement.person) {
                counted.at = opened
            }
            if movement.at >= opened { movedSinceOpening.insert(movement.person) }
            return counted
        }
    }
}
