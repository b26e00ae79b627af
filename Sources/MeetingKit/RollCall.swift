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
