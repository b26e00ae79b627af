import Foundation
import MeetingKit
import TerminalUI

/// The member's ballot: what is being decided and by which rule, the seat they vote for and in which
/// capacity, their vote, and the three keys, shown only while they may press them.
public enum BallotView {
    public static func render(_ model: BallotModel, width: Int, height: Int, ascii: Bool = false) -> Grid {
        var grid = Grid(width: width, height: height)
        let state = model.state
        let constitution = state.constitution
        // The meeting by its number only: the member's name needs the room.
        var left = Array(ConsoleView.meetingLabel(state, number: model.meetingNumber).prefix(1))
        left.append(("Ballot: \(constitution.displayName(model.person))", .statusBar))
        var right: [(text: String, role: StyleRole)] = []
        if let since = model.notFollowing { right.append(("NOT FOLLOWING \(since)", .warning)) }
        right.append((state.quorum.isQuorate ? "Quorate" : "NOT QUORATE", state.quorum.isQuorate ? .quorumOK : .quorumLost))
        right.append((ConsoleView.clock(model.now, model.timeZone), .statusBar))
        StatusBar(left: left, right: right).render(into: &grid, Rect(x: 0, y: 0, width: width, height: 1), ascii: ascii)
        var y = 2
        func line(_ text: String, _ role: StyleRole = .normal, indent: Int = 2) {
            for part in TextFit.wrap(text, to: max(1, width - indent - 2), maxLines: max(1, height - y - 3)) where y < height - 2 {
                grid.put(part, x: indent, y: y, limit: width - indent - 1, role: role, ascii: ascii)
                y += 1
            }
        }
        if state.closedAt != nil {
            line("The meeting has closed.", .dim)
        } else if let motionID = state.openVote, let motion = state.motions[motionID] {
            let heading = (constitution.votesAreIndicative ? "INDICATIVE VOTE · " : "") + "Motion \(motionID)"
            line(heading, .header)
            // N4: a member's terminal shows what the public projection shows; a confidential motion is voted
            // on as heard in the room, its text kept off the screen.
            line(model.publicState.motions[motionID]?.draft.text ?? "Confidential motion: its text is not shown on this terminal.", .title)
            line("Rule: \(motion.rule.description)", .dim)
            y += 1
            standing(model, line: line)
        } else {
            line("No vote is open. This screen shows the motion when the chair opens its vote.", .dim)
        }
        if let message = model.message {
            grid.put(message.text, x: 1, y: height - 2, limit: width - 2, role: message.isError ? .refusal : .normal, ascii: ascii)
        }
        Footer.render(keys(model), into: &grid, Rect(x: 0, y: height - 1, width: width, height: 1), ascii: ascii)
        return grid
    }

    private static func standing(_ model: BallotModel, line: (String, StyleRole, Int) -> Void) {
        let constitution = model.state.constitution
        switch model.standing {
        case .noVoteOpen: break
        case .mayVote(_, let seat, let capacity, let cast):
            let partner = constitution.seat(seat)?.partner ?? seat.rawValue
            line("You vote for \(partner), as its \(capacity.rawValue) (A2).", .normal, 2)
            line(cast.map { "Your vote: \($0.word.uppercased())" } ?? "You have not voted yet.", cast == nil ? .warning : .voteFor, 2)
        case .mayNotVote(_, let reason):
            line("You cannot vote on this motion: \(reason)", .warning, 2)
        }
    }

    static func keys(_ model: BallotModel) -> [(key: String, label: String)] {
        if model.changing != nil { return [("Enter", "change"), ("other", "keep")] }
        guard case .mayVote = model.standing, model.state.closedAt == nil else { return [("q", "quit")] }
        return [("y", "for"), ("n", "against"), ("b", "abstain"), ("q", "quit")]
    }
}
