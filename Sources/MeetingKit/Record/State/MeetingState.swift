import Foundation

/// Everything known about a meeting, as a pure fold of its events. Build it with `init(constitution:)` and
/// `apply(_:)`, or `MeetingState.fold(constitution:events:)`; change it only through events that
/// `decide(_:by:at:)` produced.
public struct MeetingState: Hashable, Sendable {
    /// The constitution as the meeting began, before any appointment made in it.
    public let initialConstitution: Constitution
    /// The constitution in force: appointments made in the meeting applied (P2–P4).
    public internal(set) var constitution: Constitution
    public internal(set) var details: MeetingDetails?
    public internal(set) var openedAt: Date?
    public internal(set) var closedAt: Date?
    public internal(set) var previousMinutesApproval: String?
    /// Whether this is the first meeting of its series: it has no previous minutes to approve (#24).
    public let isFirstOfSeries: Bool
    public internal(set) var lastSequence = 0
    /// The latest time of any event folded: a command's clock never runs behind it (time runs forward).
    public internal(set) var latestTime: Date?
    /// The constitution from each appointment on, in order (P2–P4); before the first, `initialConstitution`.
    /// Views at an instant use the one in force then, so an appointment changes nothing before its time.
    public internal(set) var constitutionEpochs: [ConstitutionEpoch] = []
    /// Names given during the meeting to places left blank (M4): who the person always was, so the
    /// constitution the meeting opened with reads them too.
    var namesGiven: [PersonID: String] = [:]
    /// Each name given during the meeting, with its time, for the minutes' appointments (N1).
    public internal(set) var namings: [NamingRecord] = []

    /// The constitution the meeting began with, with the names given since.
    public var openingConstitution: Constitution {
        var opening = initialConstitution
        for (person, name) in namesGiven { opening.people[person]?.name = name }
        return opening
    }
    /// E2: each explicit handover of the chair, in order.
    public internal(set) var chairHandovers: [ChairTerm] = []

    public internal(set) var movements: [Movement] = []
    /// Who is present now: every movement recorded so far, in time order.
    public internal(set) var present: Set<PersonID> = []
    /// Seat holdings for `present`, until the next movement or appointment; see `currentHoldings`.
    var holdingsCache: [SeatHolding]?
    /// The latest movement time so far, to tell an in-order movement from a back-dated one.
    var latestMovementAt: Date?
    public internal(set) var apologies: [PersonID: String] = [:]
    public internal(set) var guests: [PersonID: String] = [:]
    public internal(set) var appointments: [AppointmentRecord] = []

    public internal(set) var agenda: [AgendaItem] = []
    public internal(set) var currentItem: AgendaItemID?
    /// When each item was opened, in order; an item can be returned to.
    public internal(set) var itemOpenings: [ItemOpening] = []
    /// N4: each item's confidentiality from its adding on, in journal order; what decides whether matter
    /// recorded under it is confidential (see `isConfidential`).
    public internal(set) var confidentialityMarks: [AgendaItemID: [ConfidentialityMark]] = [:]

    public internal(set) var motions: [MotionID: MotionRecord] = [:]
    public internal(set) var motionOrder: [MotionID] = []
    /// The motion whose vote is open; at most one at a time.
    public internal(set) var openVote: MotionID?
    /// Q4: the quorum when each vote opened, kept for its result.
    var openingQuorum: [MotionID: QuorumStatus] = [:]

    public internal(set) var entries: [MinuteEntry] = []
    public internal(set) var actions: [ActionID: ActionRecord] = [:]
    public internal(set) var risks: [RiskID: RiskRecord] = [:]
    public internal(set) var corrections: [CorrectionRecord] = []
    /// The number of the latest correction of each corrected event (C1 is the meeting's first): views show
    /// the corrected version in place, marked with it.
    public internal(set) var correctedBy: [Int: Int] = [:]
    /// Events that a correction may name (V5), with a short description of each.
    public internal(set) var correctable: [Int: CorrectableEntry] = [:]

    /// The newest action: the run of events one author appended at one time. What an undo takes back.
    public internal(set) var lastAction: RecordedAction?

    /// What the meeting began with, carried from earlier meetings of its series (N2, N3).
    public internal(set) var mattersArising: MattersArising

    public init(constitution: Constitution, mattersArising: MattersArising = .none, isFirstOfSeries: Bool = false) {
        initialConstitution = constitution
        self.isFirstOfSeries = isFirstOfSeries
        self.constitution = constitution
        self.mattersArising = mattersArising
        for (offset, carried) in mattersArising.actions.enumerated() {
            actions[carried.action.id] = ActionRecord(
                action: carried.action, recordedAt: nil, sequence: offset - mattersArising.actions.count,
                carriedFrom: carried.fromMeeting)
        }
        for (offset, carried) in mattersArising.risks.enumerated() {
            risks[carried.risk.id] = RiskRecord(
                risk: carried.risk, recordedAt: nil, sequence: offset - mattersArising.risks.count,
                carriedFrom: carried.fromMeeting)
        }
    }

    /// The state after `events`, skipping those an undo took back. Inlinable so a caller's concrete
    /// collection is iterated directly, not through protocol witnesses.
    @inlinable
    public static func fold(
        constitution: Constitution, mattersArising: MattersArising = .none, isFirstOfSeries: Bool = false,
        events: some Collection<MeetingEvent>
    ) -> MeetingState {
        var state = MeetingState(
            constitution: constitution, mattersArising: mattersArising, isFirstOfSeries: isFirstOfSeries)
        let undone = undoneRanges(in: events)
        // Each event applied where it lies: iterating the array would copy every event out of it first.
        let folded: Void? = events.withContiguousStorageIfAvailable { buffer in
            for index in buffer.indices
            where undone.isEmpty || !undone.contains(where: { $0.contains(buffer[index].sequence) }) {
                state.apply(buffer[index])
            }
        }
        if folded == nil {
            for event in events where undone.isEmpty || !undone.contains(where: { $0.contains(event.sequence) }) {
                state.apply(event)
            }
        }
        return state
    }

    /// The sequence numbers each undo in `events` took back.
    public static func undoneRanges(in events: some Collection<MeetingEvent>) -> [ClosedRange<Int>] {
        // Asked of every event at every fold: the payload is looked at where it lies, never copied out.
        let inPlace = events.withContiguousStorageIfAvailable { buffer in
            var ranges: [ClosedRange<Int>] = []
            for index in buffer.indices {
                if case .undone(let first, let last) = buffer[index].payload, first <= last {
                    ranges.append(first...last)
                }
            }
            return ranges
        }
        return inPlace
            ?? events.compactMap { event in
                if case .undone(let first, let last) = event.payload, first <= last { first...last } else { nil }
            }
    }

    /// Folds events appended after this state was built. An undo takes back events already folded, which
    /// cannot be unwound one by one, so then the whole `journal` (which ends with `new`) is folded again.
    public mutating func extend(with new: [MeetingEvent], journal: [MeetingEvent]) {
        if new.contains(where: { if case .undone = $0.payload { true } else { false } }) {
            self = MeetingState.fold(
                constitution: initialConstitution, mattersArising: mattersArising, isFirstOfSeries: isFirstOfSeries,
                events: journal)
        } else {
            for event in new { apply(event) }
        }
    }

    public var isOpen: Bool { openedAt != nil && closedAt == nil }

    /// E2, M4: who is in the chair now: the last person handed it, else the constitution's chair, which for a
    /// chair given by seat is whoever represents that seat now.
    public var chair: PersonID? { chairHandovers.last?.person ?? constitution.designatedChair }

    /// E2, M4: who was in the chair at an instant.
    public func chair(at instant: Date) -> PersonID? {
        chairHandovers.last { $0.from.map { $0 <= instant } ?? true }?.person
            ?? constitution(at: instant).designatedChair
    }

    /// Each period in the chair, in order: the constitution's chair (following its seat through appointments)
    /// until the first handover, then each handover (E2, M4).
    public var chairHistory: [ChairTerm] {
        var terms: [ChairTerm] = []
        let firstHandover = chairHandovers.first?.from
        let epochs = [ConstitutionEpoch(from: nil, constitution: openingConstitution)] + constitutionEpochs
        for epoch in epochs {
            if let firstHandover, let from = epoch.from, from >= firstHandover { break }
            if let person = epoch.constitution.designatedChair, terms.last?.person != person {
                terms.append(ChairTerm(person: person, from: epoch.from))
            }
        }
        // E2: whoever holds the office when the meeting opens is its chair from the start.
        let all = terms + chairHandovers
        guard let opened = openedAt else { return all }
        let later = all.filter { ($0.from ?? .distantPast) > opened }
        guard let atOpening = all.last(where: { ($0.from ?? .distantPast) <= opened }) else { return later }
        return [ChairTerm(person: atOpening.person, from: nil)] + later
    }

    /// The constitution in force at an instant: the one the meeting began with, with every appointment
    /// made up to that instant (P2–P4).
    public func constitution(at instant: Date) -> Constitution {
        constitutionEpochs.last { $0.from.map { $0 <= instant } ?? true }?.constitution ?? openingConstitution
    }

    /// A2, A3: who holds each seat's vote now.
    public var voteHolders: [SeatID: SeatHolding] { constitution.voteHolders(present: present) }
    /// Q1–Q3: quorum now.
    public var quorum: QuorumStatus { constitution.quorum(present: present) }

    /// A1: the people present at an instant, by the times the clerk recorded.
    public func present(at instant: Date) -> Set<PersonID> { presence(from: movements, at: instant) }
    /// A2, A3: who held each seat's vote at an instant, under the constitution in force then.
    public func voteHolders(at instant: Date) -> [SeatID: SeatHolding] {
        constitution(at: instant).voteHolders(present: present(at: instant))
    }
    /// Q1–Q3: quorum at an instant, under the constitution in force then.
    public func quorum(at instant: Date) -> QuorumStatus {
        constitution(at: instant).quorum(present: present(at: instant))
    }

    public func item(_ id: AgendaItemID) -> AgendaItem? { agenda.first { $0.id == id } }
    public var orderedMotions: [MotionRecord] { motionOrder.compactMap { motions[$0] } }

}
