import Foundation

/// Where someone on the roll stands now, as the roll call shows it at a glance (A1).
public enum RollPresence: Hashable, Sendable {
    /// Here since before the meeting opened, or arrived while the roll was taken at the opening (A1).
    case present
    /// Arrived after the roll call at the opening ended, at that time.
    case late(Date)
    /// Left and came back: here again since `at`, having last left at `leftAt`; both are shown, and when
    /// they first arrived after the roll call, that too (`lateAt`).
    case back(Date, leftAt: Date, lateAt: Date?)
    /// Gone since that time.
    case left(Date)
    case apologies
    case absent

    public var isHere: Bool {
        switch self {
        case .present, .late, .back: true
        case .left, .apologies, .absent: false
        }
    }
}

extension MeetingState {
    /// The person's presence now, from their arrivals and departures in time order and any apologies.
    public func rollPresence(of person: PersonID) -> RollPresence {
        rollPresence(of: person, movements: movements.filter { $0.person == person })
    }

    /// The same, from the person's own movements, already picked out (the roll call groups them once).
    public func rollPresence(of person: PersonID, movements own: [Movement]) -> RollPresence {
        let own = own.sorted()
        guard let last = own.last else { return apologies[person] != nil ? .apologies : .absent }
        if last.kind == .departed { return .left(last.at) }
        let lateAt = own.first { $0.kind == .arrived }.flatMap { arrivesLate($0) ? $0.at : nil }
        if let leftAt = own.last(where: { $0.kind == .departed })?.at {
            return .back(last.at, leftAt: leftAt, lateAt: lateAt)
        }
        return lateAt.map(RollPresence.late) ?? .present
    }
}
