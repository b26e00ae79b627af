import Foundation

/// N2: every action of a series, open and closed, as one register: where it was raised, what, who, by
/// when, and whether it is done, or overdue on `today`.
public struct ActionRegister: Hashable, Sendable {
    public struct Row: Hashable, Sendable {
        public var id: ActionID
        public var raisedAt: Int
        public var what: String
        public var who: String
        public var due: CalendarDay?
        public var closedAt: Int?
        public var closedNote: String?
        public var confidential: Bool
        public var overdue: Bool

        public var isOpen: Bool { closedAt == nil }
    }

    public var rows: [Row]
    /// Confidential actions left out (N4).
    public var confidentialOmitted: Int

    /// `meetings` in order, each with its number. An action is raised by the meeting that recorded it and
    /// closed by whichever meeting closed it.
    /// Unless `includeConfidential`, drawn from each meeting's public projection (N4).
    public init(meetings: [(number: Int, state: MeetingState)], today: CalendarDay, includeConfidential: Bool = false) {
        var rows: [Row] = []
        var index: [ActionID: Int] = [:]
        var omitted = Set<ActionID>()
        for (number, full) in meetings {
            let state = includeConfidential ? full : full.publicView.state
            for record in full.actions.values where record.carriedFrom == nil && state.actions[record.action.id] == nil
            { omitted.insert(record.action.id) }
            for record in state.actions.values.sorted(by: { $0.sequence < $1.sequence }) {
                if record.carriedFrom == nil, index[record.action.id] == nil {
                    index[record.action.id] = rows.count
                    rows.append(
                        Row(
                            id: record.action.id, raisedAt: number, what: record.action.what, who: record.action.who,
                            due: record.action.due,
                            closedAt: nil, closedNote: nil, confidential: full.isConfidential(.action(record)),
                            overdue: false))
                }
                if record.closedAt != nil, let at = index[record.action.id], rows[at].closedAt == nil {
                    rows[at].closedAt = number
                    rows[at].closedNote = record.closedNote
                }
            }
        }
        for i in rows.indices { rows[i].overdue = rows[i].isOpen && (rows[i].due.map { $0 < today } ?? false) }
        confidentialOmitted = omitted.count
        self.rows = rows
    }
}
