import MeetingKit

/// A question the console asks before it records something that cannot be taken back, or that changes
/// what is already on the record. Only `y` goes ahead; any other key leaves the record as it is.
public struct Confirmation: Equatable, Sendable {
    public var title: String
    public var lines: [String]
    /// What `y` does, for its button.
    public var proceed: String
    public var command: Command
    /// Said when the question is answered with anything but `y`.
    public var declined: String

    /// Q4: opening a vote without quorum is the chair's decision, and minuted.
    static func openWithoutQuorum(motion: MotionID, quorum: QuorumStatus) -> Confirmation {
        Confirmation(
            title: "Open the vote without quorum?",
            lines: ["\(quorum.summary).", "Rule: \(quorum.ruleText).",
                    "A vote needs quorum when it opens (Q4). Proceeding on motion \(motion)", "is the chair's decision and is minuted."],
            proceed: "proceed, minuted",
            command: .openVote(motion, overrideInquorate: "The chair proceeded without quorum (\(quorum.summary))"),
            declined: "The vote was not opened.")
    }

    /// V5: a closed vote is never undone, so closing with seats yet to vote is asked, naming them.
    static func closeWithSeatsToVote(motion: MotionID, yet: [SeatID], in constitution: Constitution) -> Confirmation {
        let names = yet.map { constitution.seat($0)?.partner ?? $0.rawValue }
        return Confirmation(
            title: "Close the vote with seats yet to vote?",
            lines: ["\(yet.count) represented seat\(yet.count == 1 ? " has" : "s have") not voted on motion \(motion):"]
                + wrapped(names, width: 60)
                + ["A closed vote is never undone, only corrected (V5)."],
            proceed: "close the vote now",
            command: .closeVote(motion),
            declined: "The vote stays open.")
    }

    /// V1: re-keying a seat that has voted changes its vote only when asked for.
    static func changeVote(motion: MotionID, seat: Seat, standing: Ballot, to choice: VoteChoice, in constitution: Constitution) -> Confirmation {
        Confirmation(
            title: "Change \(seat.partner)'s vote?",
            lines: ["Change \(standing.choice.word.uppercased()) to \(choice.word.uppercased()) on motion \(motion)?",
                    "Cast by \(constitution.displayName(standing.voter)); only they may change it (V1)."],
            proceed: "change it",
            command: .castVote(motion, seat: seat.id, choice: choice),
            declined: "\(seat.partner)'s vote stands as \(standing.choice.word).")
    }

    /// Names joined with commas into lines of at most `width` characters.
    private static func wrapped(_ names: [String], width: Int) -> [String] {
        var lines: [String] = []
        for name in names {
            if let last = lines.last, last.count + name.count + 2 <= width {
                lines[lines.count - 1] = last + ", " + name
            } else {
                lines.append(name)
            }
        }
        return lines
    }
}
