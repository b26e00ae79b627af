import Foundation

/// Where a motion stands (V5).
public enum MotionStage: Hashable, Sendable {
    case moved
    case voting(openedAt: Date)
    case closed
    case withdrawn(at: Date)
    case deferred(at: Date)

    public var word: String {
        switch self {
        case .moved: "moved"
        case .voting: "voting"
        case .closed: "closed"
        case .withdrawn: "withdrawn"
        case .deferred: "deferred"
        }
    }
}

/// A motion and its vote, as the fold has built them.
public struct MotionRecord: Hashable, Sendable {
    public var draft: MotionDraft
    /// The text as moved; `draft.text` holds the text after amendments.
    public var originalText: String
    public var movedAt: Date
    public var sequence: Int
    public var amendments: [Amendment] = []
    public var stage: MotionStage = .moved
    /// The rule that decides it: the meeting's rule when moved, or one a unanimous rule change set (V3).
    public var rule: DecisionRule
    /// Each seat's latest ballot while the vote is open, and as it closed.
    public var ballots = BallotBox()
    /// Every ballot cast or changed, in order, for the log (A4).
    public var ballotHistory: [BallotRecord] = []
    /// Q4: the chair's reason for opening the vote while inquorate.
    public var quorumOverride: String?
    public var result: VoteResult?

    public var id: MotionID { draft.id }
    public var isRuleChange: Bool { draft.ruleChange != nil }

    /// V1, A4: each change of a seat's vote while it was open, in order.
    public func changes(of seat: SeatID) -> [MinutesDocument.VoteChange] {
        var previous: VoteChoice?
        var changes: [MinutesDocument.VoteChange] = []
        for record in ballotHistory where record.ballot.seat == seat {
            if let from = previous, from != record.ballot.choice {
                changes.append(MinutesDocument.VoteChange(from: from, to: record.ballot.choice, at: record.at, keyedBy: record.keyedBy))
            }
            previous = record.ballot.choice
        }
        return changes
    }
}

public struct Amendment: Hashable, Sendable {
    public var text: String
    public var note: String
    public var at: Date
}

public struct BallotRecord: Hashable, Sendable {
    public var ballot: Ballot
    public var at: Date
    public var changed: Bool
    /// Cast by the member at their own terminal (their key), not keyed for them by the chair or clerk.
    public var fromOwnTerminal: Bool = false
    /// Who keyed it: the member (at their own terminal), the chair or the clerk (I3, V1).
    public var keyedBy: Role = .chair
}

extension MotionRecord {
    /// Who keyed `seat`'s standing ballot (I3): the member at their own terminal, the chair or the clerk.
    public func keyedBy(_ seat: SeatID) -> Role? { ballotHistory.last { $0.ballot.seat == seat }?.keyedBy }

    /// Whether `seat`'s standing ballot was cast by its voter at their own terminal.
    public func castFromOwnTerminal(_ seat: SeatID) -> Bool {
        ballotHistory.last { $0.ballot.seat == seat }?.fromOwnTerminal ?? false
    }
}

/// A closed vote with a snapshot of every voting seat at the moment it closed (A4, after OpenSlides).
public struct VoteResult: Hashable, Sendable {
    public var closedAt: Date
    /// The journal position of the close, which a correction of the outcome names (V5).
    public var sequence: Int
    public var tally: Tally
    public var outcome: Outcome
    /// The voting seats and who held each when the vote closed, in seat order.
    public var seats: [SeatID]
    public var holdings: [SeatHolding]
    public var castingVote: VoteChoice?
    /// The quorum when the vote opened (Q4).
    public var quorumAtOpening: QuorumStatus?
}

/// One voting seat in a vote: who held its vote and what it voted, or why it could not.
public struct SeatEntitlement: Hashable, Sendable {
    public var seat: SeatID
    public var holding: SeatHolding
    public var ballot: Ballot?
}

/// A minuted entry in journal order (N1): notes, concerns, information sharing and declarations.
public struct MinuteEntry: Hashable, Sendable {
    public enum Kind: Hashable, Sendable {
        case note(MinuteText)
        case concern(MinuteText)
        case informationSharing(InformationSharing)
        case declaration(Declaration)
        case report(HighlightReport)
    }
    public var kind: Kind
    public var at: Date
    public var sequence: Int
    public var author: Role

    public var item: AgendaItemID? {
        switch kind {
        case .note(let t), .concern(let t): t.item
        case .informationSharing(let i): i.item
        case .declaration(let d): d.item
        case .report(let r): r.item
        }
    }

    /// The entry's own confidential flag, as recorded; see `MeetingState.isConfidential` for the answer
    /// that counts (N4).
    public var flaggedConfidential: Bool {
        switch kind {
        case .note(let t), .concern(let t): t.confidential
        case .report(let r): r.confidential
        case .informationSharing, .declaration: false
        }
    }
}

public struct ActionRecord: Hashable, Sendable {
    public var action: ActionItem
    /// When it was recorded; for an action carried from an earlier meeting, nil.
    public var recordedAt: Date?
    /// Journal position in this meeting; carried actions sort before anything recorded here.
    public var sequence: Int
    /// The earlier meeting it was carried from (N2), or nil when raised in this meeting.
    public var carriedFrom: Int?
    public var closedNote: String?
    public var closedAt: Date?

    public var isOpen: Bool { closedAt == nil }
}

public struct RiskRecord: Hashable, Sendable {
    public var risk: Risk
    public var recordedAt: Date?
    public var sequence: Int
    /// The earlier meeting it was carried from (N3), or nil when raised in this meeting.
    public var carriedFrom: Int?
    public var rerates: [RiskRerate] = []
    public var closedNote: String?
    public var closedAt: Date?

    public var currentRating: RiskRating { rerates.last?.rating ?? risk.rating }
    public var isOpen: Bool { closedAt == nil }
}

public struct RiskRerate: Hashable, Sendable {
    public var rating: RiskRating
    public var note: String
    public var at: Date
}
