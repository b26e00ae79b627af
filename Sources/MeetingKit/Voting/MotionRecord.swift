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
                changes.append(
                    MinutesDocument.VoteChange(
                        from: from, to: record.ballot.choice, at: record.at, keyedBy: record.keyedBy))
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
