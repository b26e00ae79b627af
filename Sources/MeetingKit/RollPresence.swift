import Foundation

/// Where someone on the roll stands now, as the roll call shows it at a glance (A1).
public enum RollPresence: Hashable, Sendable {
    /// Here since before the meeting opened, or since it opened.
    case present
    /// Arrived after the meeting opened, at that time.
    case late(Date)
    /// Left and came back: here again since that time.
    case back(Date)
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
        let own = movements.filter { $0.person == person }.sorted { ($0.at, $0.sequence) < ($1.at, $1.sequence) }
        guard let last = own.last else { return apologies[person] != nil ? .apologies : .absent }
        if last.kind == .departed { return .left(last.at) }
        if own.contains(where: { $0.kind == .departed }) { return .back(last.at) }
        if let opened = openedAt, last.at > opened { return .late(last.at) }
        return .present
    }
}
