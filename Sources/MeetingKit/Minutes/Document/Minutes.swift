import Foundation

/// The minutes of a meeting as structure (N1–N5), derived from its state. Later layers render it to the
/// screen, the projector and files; nothing here decides layout.
public struct MinutesDocument: Hashable, Sendable, Encodable {
    public struct Header: Hashable, Sendable, Encodable {
        public var body: Body
        public var constitution: String
        public var project: Project
        public var title: String?
        public var date: CalendarDay?
        public var place: String?
        public var openedAt: Date?
        public var closedAt: Date?
        /// Who chaired, in order, with the time each took the chair (E2).
        public var chairs: [ChairLine]
        public var clerk: String?
        /// V4: ELG votes are indicative.
        public var indicative: Bool
    }

    public struct ChairLine: Hashable, Sendable, Encodable {
        public var name: String
        public var from: Date?
    }

    public struct Attendee: Hashable, Sendable, Encodable {
        public var name: String
        /// "representative, Special Schools", "proxy for Special Schools", "non-voting: Director of …".
        public var capacity: String
        public var arrivals: [Date]
        public var departures: [Date]
        public var late: Bool
    }

    public struct ProxyActing: Hashable, Sendable, Encodable {
        public var proxy: String
        public var seat: String
        public var forRepresentative: String
    }

    public struct Absence: Hashable, Sendable, Encodable {
        public var name: String
        public var capacity: String
        public var note: String?
    }

    public struct Attendance: Hashable, Sendable, Encodable {
        /// M4: a chair who holds no seat, in the chair's place at the head of the attendance, not among the
        /// non-voting members. A chair who holds a seat attends as that seat and is listed with it.
        public var inTheChair: [Attendee] = []
        public var present: [Attendee] = []
        public var proxiesActing: [ProxyActing] = []
        public var nonVoting: [Attendee] = []
        public var apologies: [Absence] = []
        public var absent: [Absence] = []
        /// Every arrival and departure in time order (A1).
        public var movements: [MovementLine] = []
    }

    public struct MovementLine: Hashable, Sendable, Encodable {
        public var at: Date
        public var name: String
        public var arrived: Bool
        /// An arrival after the same person left: minuted as "returned" (A1).
        public var returned: Bool
    }

    /// N1: a name given to a blank place, or the chair handed over, during the meeting.
    public struct NamingLine: Hashable, Sendable, Encodable {
        public var at: Date
        public var name: String
        /// "Chair", "non-voting: Consultant Head Teacher", "representative, Special Schools".
        public var role: String
        /// True when the chair passed to `name` (E2); false when `name` was given to a blank place (M4).
        public var tookTheChair: Bool
    }

    public struct QuorumChange: Hashable, Sendable, Encodable {
        public var at: Date
        public var quorate: Bool
        public var summary: String
    }

    public struct QuorumSection: Hashable, Sendable, Encodable {
        public var rule: String
        /// The first line is the position when the meeting opened; later lines are changes (Q3).
        public var changes: [QuorumChange] = []
        /// Q4: votes opened without quorum on the chair's override.
        public var overrides: [OverrideLine] = []
    }

    public struct OverrideLine: Hashable, Sendable, Encodable {
        public var motion: MotionID
        public var reason: String
    }

    public var header: Header
    public var previousMinutes: String?
    public var attendance: Attendance
    public var quorum: QuorumSection
    public var appointments: [AppointmentLine]
    /// Names given and chair handovers, in time order (N1, M4, E2).
    public var namings: [NamingLine]
    public var items: [ItemSection]
    /// Every action of the meeting, as the table of what, who and by when (N2).
    public var actions: [ActionLine]
    public var risks: [RiskLine]
    public var corrections: [CorrectionLine]
    /// Actions and risks from earlier meetings, and what this meeting did with them (N2, N3).
    public var mattersArising: [MatterArising]
    /// N4: whether confidential matter is included (the private record) or left out (the public minutes).
    public var includesConfidential: Bool
    /// Confidential entries left out of this version.
    public var confidentialOmitted: Int
}

extension MinutesDocument {
    /// One agenda item with everything minuted under it (N1). Entries made before any item was opened sit
    /// in a section with no id.
    public struct ItemSection: Hashable, Sendable, Encodable {
        public var id: AgendaItemID?
        public var title: String
        public var allottedMinutes: Int?
        public var confidential: Bool
        public var notes: [String] = []
        public var motions: [MotionSection] = []
        public var concerns: [String] = []
        public var informationSharing: [InformationSharing] = []
        public var declarations: [DeclarationLine] = []
        /// N3: highlight reports and the risk register received, with the challenge given.
        public var reports: [ReportLine] = []
        public var actions: [ActionLine] = []
        public var risks: [RiskLine] = []

        public var isEmpty: Bool {
            notes.isEmpty && motions.isEmpty && concerns.isEmpty && informationSharing.isEmpty && declarations.isEmpty
                && reports.isEmpty && actions.isEmpty && risks.isEmpty
        }
    }

    /// V5: a motion with its mover, rationale, rule, named votes, tally and outcome.
    public struct MotionSection: Hashable, Sendable, Encodable {
        public var id: MotionID
        public var text: String
        public var originalText: String
        public var amendments: [String]
        public var mover: String
        public var rationale: String
        public var rule: String
        public var ruleChange: String?
        public var stage: String
        public var indicative: Bool
        public var votes: [NamedVote]
        public var tally: Tally?
        public var outcome: Outcome?
        public var castingVote: VoteChoice?
        public var quorumOverride: String?
        public var closedAt: Date?
    }

    /// A4: one seat's vote with who cast it and in which capacity.
    public struct NamedVote: Hashable, Sendable, Encodable {
        public var seat: String
        public var voter: String?
        public var capacity: Capacity?
        public var choice: VoteChoice?
        /// Why the seat did not vote, when it did not.
        public var note: String?
        /// V1, A4: each change the voter made while the vote was open, in order.
        public var changes: [VoteChange] = []
        /// I3, V1: who keyed the standing vote: "member" (at their own terminal), "chair" or "clerk".
        public var keyedBy: Role?
    }

    /// The same voter changing their seat's vote while it was open (V1).
    public struct VoteChange: Hashable, Sendable, Encodable {
        public var from: VoteChoice
        public var to: VoteChoice
        public var at: Date
        /// I3, V1: who keyed the change.
        public var keyedBy: Role
    }

    public struct ReportLine: Hashable, Sendable, Encodable {
        public var title: String
        public var from: String
        public var challenge: String
    }

    public struct DeclarationLine: Hashable, Sendable, Encodable {
        public var name: String
        public var interest: String
    }

    public struct ActionLine: Hashable, Sendable, Encodable {
        public var id: ActionID
        public var what: String
        public var who: String
        public var due: CalendarDay?
        public var closed: Bool
    }

    public struct RiskLine: Hashable, Sendable, Encodable {
        public var id: RiskID
        public var description: String
        public var owner: String
        public var rating: RiskRating
        public var mitigation: String
        public var closed: Bool
        /// Why it was closed (N3).
        public var closedNote: String?
    }

    public struct AppointmentLine: Hashable, Sendable, Encodable {
        public var at: Date
        public var seat: String
        public var capacity: Capacity
        public var successor: String
        /// The person replaced; nil when the seat's place was still a blank placeholder, filled by this act.
        public var predecessor: String?
        public var partnersAdvised: Bool
    }

    /// V5: a correction, shown with what it corrects.
    public struct CorrectionLine: Hashable, Sendable, Encodable {
        /// C1, C2…: the number the corrected entry's mark refers to.
        public var number: Int
        public var at: Date
        public var target: Int
        public var targetDescription: String
        public var text: String
        /// How the entry or outcome read before it was corrected.
        public var was: String?
        /// For a closed vote whose outcome was wrong, the outcome it should have had.
        public var outcome: String?
    }
}

extension MinutesDocument {
    public struct MatterArising: Hashable, Sendable, Encodable {
        public enum Kind: Hashable, Sendable, Encodable {
            case action(line: ActionLine, closedNote: String?)
            case risk(line: RiskLine, previousRating: RiskRating)
        }
        public var kind: Kind
        public var fromMeeting: Int
    }
}
