/// Open actions and the risk register brought forward from earlier meetings of the series (N2, N3).
/// A meeting starts with them; closing an action or re-rating a risk is then an event of that meeting.
public struct MattersArising: Hashable, Codable, Sendable {
    public var actions: [CarriedAction]
    public var risks: [CarriedRisk]

    public init(actions: [CarriedAction] = [], risks: [CarriedRisk] = []) {
        self.actions = actions
        self.risks = risks
    }

    public static let none = MattersArising()
    public var isEmpty: Bool { actions.isEmpty && risks.isEmpty }
}

extension MeetingState {
    /// The constitution the next meeting of the series starts with: this one's in force at its end, so
    /// names filled in and appointments made here are remembered (P2–P4); guests were this meeting's only.
    /// A chair handed over here chairs the next meeting too (E2).
    public var constitutionForNext: Constitution {
        var next = constitution
        for guest in guests.keys where guest != chairHandovers.last?.person { next.people[guest] = nil }
        if let handover = chairHandovers.last {
            next.chair = handover.person
            next.chairSeat = nil
        }
        return next
    }

    /// What this meeting hands to the next (N2, N3): every action still open, and every risk at its current
    /// rating. `meetingNumber` is this meeting's number in the series, recorded against what it raised.
    /// Each carries its confidentiality as this meeting judges it now (N4): an action minuted under an item
    /// marked confidential later stays out of the next meeting's public matters arising.
    public func mattersArisingForNext(meetingNumber: Int) -> MattersArising {
        let open = actions.values.filter(\.isOpen).sorted {
            ($0.carriedFrom ?? meetingNumber, $0.sequence) < ($1.carriedFrom ?? meetingNumber, $1.sequence)
        }
        let register = risks.values.filter(\.isOpen).sorted {
            ($0.carriedFrom ?? meetingNumber, $0.sequence) < ($1.carriedFrom ?? meetingNumber, $1.sequence)
        }
        return MattersArising(
            actions: open.map { record in
                var action = record.action
                action.confidential = isConfidential(.action(record))
                return CarriedAction(action: action, fromMeeting: record.carriedFrom ?? meetingNumber)
            },
            risks: register.map { record in
                var risk = record.risk
                risk.rating = record.currentRating
                risk.confidential = isConfidential(.risk(record))
                return CarriedRisk(risk: risk, fromMeeting: record.carriedFrom ?? meetingNumber)
            })
    }
}
