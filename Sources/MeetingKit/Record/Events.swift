import Foundation

/// Who recorded an event. The chair runs the agenda, motions and votes; the clerk records attendance and
/// minutes; a member casts their own seat's vote from their own terminal, and nothing else (V1, A2).
public enum Role: String, Codable, Sendable, CaseIterable {
    case chair
    case clerk
    case member
}

/// One change to a meeting: a value with a position in the journal, a time, an author and a payload.
/// State is a pure fold of these (see `MeetingState.apply`).
public struct MeetingEvent: Hashable, Codable, Sendable {
    /// Position in the meeting's journal, from 1.
    public var sequence: Int
    public var time: Date
    public var author: Role
    /// The person and key behind the event, when it came from a connection whose key the record holds.
    /// Absent from the stored text when nil, so records written before it keep their bytes and hashes.
    public var by: Actor?
    public var payload: EventPayload

    public init(sequence: Int, time: Date, author: Role, by actor: Actor? = nil, payload: EventPayload) {
        self.sequence = sequence
        self.time = time
        self.author = author
        self.by = actor
        self.payload = payload
    }
}

/// Everything that can happen in a meeting. Cases carry only facts; the fold derives the rest.
public indirect enum EventPayload: Hashable, Codable, Sendable {
    case meetingOpened(MeetingDetails)
    case meetingClosed
    case previousMinutesApproved(note: String)

    // Attendance (A1). `at` is when it happened, which the clerk may set earlier than the recording time.
    case arrived(person: PersonID, at: Date)
    case departed(person: PersonID, at: Date)
    case apologies(person: PersonID, note: String)
    case guestAdded(Person, role: String)

    // Appointments (P2–P4) and the chair (M4, E2).
    case appointed(Appointment)
    case chairHandedOver(to: PersonID)
    /// M4, P1: a place the constitution left blank (the chair, a non-voting member) given its person's name.
    case personNamed(PersonID, name: String)

    // Agenda.
    case agendaItemAdded(AgendaItem)
    case agendaItemOpened(AgendaItemID)
    /// A title put right before the meeting closes; afterwards only a correction would do.
    case agendaItemRenamed(AgendaItemID, title: String)
    case confidentialityMarked(item: AgendaItemID, confidential: Bool)

    // Motions and votes (V1–V5, Q4).
    case motionMoved(MotionDraft)
    case motionAmended(MotionID, text: String, note: String)
    case motionWithdrawn(MotionID)
    case motionDeferred(MotionID)
    case quorumOverridden(MotionID, reason: String)
    case voteOpened(MotionID)
    case voteCast(Ballot)
    case voteChanged(Ballot)
    case voteClosed(MotionID, castingVote: VoteChoice?)

    // Minutes (N1–N5, V6).
    case noted(MinuteText)
    case actionRecorded(ActionItem)
    case actionClosed(ActionID, note: String)
    case riskRecorded(Risk)
    case riskRerated(RiskID, rating: RiskRating, note: String)
    /// N3: a risk leaves the register with a note saying why; it is no longer carried forward.
    case riskClosed(RiskID, note: String)
    /// N3: a highlight report or the risk register received from the EOG, with the challenge given.
    case reportReceived(HighlightReport)
    case concernRaised(MinuteText)
    case informationSharingAgreed(InformationSharing)
    case interestDeclared(Declaration)

    /// V5: a closed vote or a minuted entry is never rewritten; a later event says what was wrong.
    case corrected(Correction)

    /// Its author's newest action, events `first...last`, taken back before anything came after it. The
    /// events stay in the journal; the fold skips them (see `MeetingState.fold`).
    case undone(first: Int, last: Int)
}

public struct MeetingDetails: Hashable, Codable, Sendable {
    public var title: String
    public var date: CalendarDay
    public var place: String
    public var clerk: String

    public init(title: String, date: CalendarDay, place: String, clerk: String) {
        self.title = title
        self.date = date
        self.place = place
        self.clerk = clerk
    }
}

/// P2–P4: a representative or proxy appointed, naming the successor in the same act.
public struct Appointment: Hashable, Codable, Sendable {
    public var seat: SeatID
    public var capacity: Capacity
    public var successor: Person
    /// P3: the other partners were advised of the appointment.
    public var partnersAdvised: Bool

    public init(seat: SeatID, capacity: Capacity, successor: Person, partnersAdvised: Bool) {
        self.seat = seat
        self.capacity = capacity
        self.successor = successor
        self.partnersAdvised = partnersAdvised
    }
}

public struct AgendaItem: Hashable, Codable, Sendable {
    public var id: AgendaItemID
    public var title: String
    public var allottedMinutes: Int?
    public var confidential: Bool

    public init(id: AgendaItemID, title: String, allottedMinutes: Int? = nil, confidential: Bool = false) {
        self.id = id
        self.title = title
        self.allottedMinutes = allottedMinutes
        self.confidential = confidential
    }
}

/// What a motion says when it is moved (V5).
public struct MotionDraft: Hashable, Codable, Sendable {
    public var id: MotionID
    public var item: AgendaItemID?
    public var text: String
    /// Who proposed it: often "EOG" (§4.1), or a person's name.
    public var mover: String
    public var rationale: String
    /// Nil: the rule in force for the meeting decides it.
    public var rule: DecisionRule?
    /// V3: a motion that, carried unanimously, changes the rule for the motions it names.
    public var ruleChange: RuleChange?

    public init(
        id: MotionID, item: AgendaItemID? = nil, text: String, mover: String, rationale: String = "",
        rule: DecisionRule? = nil, ruleChange: RuleChange? = nil
    ) {
        self.id = id
        self.item = item
        self.text = text
        self.mover = mover
        self.rationale = rationale
        self.rule = rule
        self.ruleChange = ruleChange
    }
}

public struct RuleChange: Hashable, Codable, Sendable {
    public var newRule: DecisionRule
    public var appliesTo: [MotionID]

    public init(newRule: DecisionRule, appliesTo: [MotionID]) {
        self.newRule = newRule
        self.appliesTo = appliesTo
    }
}

/// One seat's vote, with who cast it and in which capacity (A4).
public struct Ballot: Hashable, Codable, Sendable {
    public var motion: MotionID
    public var seat: SeatID
    public var voter: PersonID
    public var capacity: Capacity
    public var choice: VoteChoice

    public init(motion: MotionID, seat: SeatID, voter: PersonID, capacity: Capacity, choice: VoteChoice) {
        self.motion = motion
        self.seat = seat
        self.voter = voter
        self.capacity = capacity
        self.choice = choice
    }
}
