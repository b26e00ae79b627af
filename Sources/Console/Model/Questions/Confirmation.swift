import MeetingKit

/// A question the console asks before it records something that cannot be taken back, or that changes
/// what is already on the record. Only `y` goes ahead; any other key leaves the record as it is.
public struct Confirmation: Equatable, Sendable {
    public var title: String
    public var lines: [String]
    /// What `y` does, for its button.
    public var proceed: String
    public var effect: ConsoleModel.Effect
    /// Said when the question is answered with anything but `y`.
    public var declined: String

    /// Q4: opening a vote without quorum is the chair's decision, and minuted.
    static func openWithoutQuorum(motion: MotionID, quorum: QuorumStatus) -> Confirmation {
        Confirmation(
            title: "Open the vote without quorum?",
            lines: [
                "\(quorum.summary).", "Rule: \(quorum.ruleText).",
                "A vote needs quorum when it opens (Q4). Proceeding on motion \(motion)",
                "is the chair's decision and is minuted.",
            ],
            proceed: "proceed, minuted",
            // The minutes already say the chair proceeded without quorum (Q4): the reason is the position.
            effect: .perform(.openVote(motion, overrideInquorate: quorum.detail)),
            declined: "The vote was not opened.")
    }

    /// V5: a closed vote is never undone, so closing with seats yet to vote is asked, naming them; so is
    /// closing after quorum was lost during the vote, which the minutes' quorum account shows (Q3).
    static func closeVoteEarly(
        motion: MotionID, yet: [SeatID], quorum: QuorumStatus, in constitution: Constitution
    ) -> Confirmation {
        let names = yet.map { constitution.seat($0)?.partner ?? $0.rawValue }
        var lines: [String] = []
        if !yet.isEmpty {
            lines +=
                ["\(yet.count) represented seat\(yet.count == 1 ? " has" : "s have") not voted on motion \(motion):"]
                + wrapped(names, width: 60)
        }
        if !quorum.isQuorate {
            lines += ["Quorum was lost during the vote: \(quorum.summary).", "The minutes show when it was lost (Q3)."]
        }
        return Confirmation(
            title: yet.isEmpty ? "Close the vote without quorum?" : "Close the vote with seats yet to vote?",
            lines: lines + ["A closed vote is never undone, only corrected (V5)."],
            proceed: "close the vote now",
            effect: .perform(.closeVote(motion)),
            declined: "The vote stays open.")
    }

    /// V1: re-keying a seat that has voted changes its vote only when asked for.
    static func changeVote(
        motion: MotionID, seat: Seat, standing: Ballot, to choice: VoteChoice, in constitution: Constitution
    ) -> Confirmation {
        Confirmation(
            title: "Change \(seat.partner)'s vote?",
            lines: [
                "Change \(standing.choice.word.uppercased()) to \(choice.word.uppercased()) on motion \(motion)?",
                "Cast by \(constitution.displayName(standing.voter)); only they may change it (V1).",
            ],
            proceed: "change it",
            effect: .perform(.castVote(motion, seat: seat.id, choice: choice)),
            declined: "\(seat.partner)'s vote stands as \(standing.choice.word).")
    }

    /// The command `y` records, if it records one.
    public var command: Command? {
        if case .perform(let command) = effect { return command }
        return nil
    }

    /// The meeting's end is for the chair to declare, once: after it the record takes only corrections.
    static func closeMeeting(_ state: MeetingState, number: Int, at time: String) -> Confirmation {
        var lines = [
            "Close \(state.constitution.meetingName(number)) at \(time)?",
            "After this the record takes only corrections (V5).",
        ]
        let open = state.actions.values.filter(\.isOpen).count + state.risks.values.filter(\.isOpen).count
        if open > 0 {
            lines.append("\(open) open action\(open == 1 ? "" : "s") and risks carry to the next meeting (N2, N3).")
        }
        return Confirmation(
            title: "Close the meeting?", lines: lines, proceed: "close the meeting", effect: .perform(.closeMeeting),
            declined: "The meeting stays open.")
    }

    /// A new meeting of the series is started only when asked for.
    static func startNextMeeting(after number: Int, body: String) -> Confirmation {
        Confirmation(
            title: "Start the next meeting?",
            lines: [
                "Meeting \(number) is closed. Start \(body) meeting \(number + 1)?",
                "It begins with the names in force at the end of meeting \(number)",
                "and carries its open actions and risks.",
            ],
            proceed: "start meeting \(number + 1)", effect: .startNextMeeting, declined: "No meeting was started.")
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
