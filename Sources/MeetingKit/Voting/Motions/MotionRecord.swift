import Foundation

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

extension MotionRecord {
    /// Who keyed `seat`'s standing ballot (I3): the member at their own terminal, the chair or the clerk.
    public func keyedBy(_ seat: SeatID) -> Role? { ballotHistory.last { $0.ballot.seat == seat }?.keyedBy }

    /// Whether `seat`'s standing ballot was cast by its voter at their own terminal.
    public func castFromOwnTerminal(_ seat: SeatID) -> Bool {
        ballotHistory.last { $0.ballot.seat == seat }?.fromOwnTerminal ?? false
    }
}
