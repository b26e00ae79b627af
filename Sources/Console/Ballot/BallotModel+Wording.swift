import MeetingKit
import TerminalUI

/// What the member's ballot says, line by line, before it is wrapped to the window: the motion, its rule
/// and the member's standing. The model words it; `BallotView` only wraps and places it.
extension BallotModel {
    var ballotLines: [(text: String, role: StyleRole)] {
        let constitution = state.constitution
        if state.closedAt != nil { return [("The meeting has closed.", .dim)] }
        guard let motionID = state.openVote, let motion = state.motions[motionID] else {
            return [("No vote is open. This screen shows the motion when the chair opens its vote.", .dim)]
        }
        var lines: [(text: String, role: StyleRole)] = [
            (constitution.motionHeading(motionID), .header),
            // N4: a member's terminal shows what the public projection shows; a confidential motion is voted
            // on as heard in the room, its text kept off the screen.
            (
                publicState.motions[motionID]?.draft.text
                    ?? "Confidential motion: its text is not shown on this terminal.", .title
            ),
            ("Rule: \(motion.rule.description)", .dim), ("", .normal),
        ]
        switch standing {
        case .noVoteOpen: break
        case .mayVote(_, let seat, let capacity, let cast):
            let partner = constitution.seat(seat)?.partner ?? seat.rawValue
            lines.append(("You vote for \(partner), as its \(capacity.rawValue) (A2).", .normal))
            lines.append(
                (
                    cast.map { "Your vote: \($0.word.uppercased())" } ?? "You have not voted yet.",
                    cast == nil ? .warning : .voteFor
                ))
        case .mayNotVote(_, let reason):
            lines.append(("You cannot vote on this motion: \(reason)", .warning))
        }
        return lines
    }
}
