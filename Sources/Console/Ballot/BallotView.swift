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
        if let warning = model.notFollowing { right.append((warning, .warning)) }
        right.append((state.quorum.light, state.quorum.isQuorate ? .quorumOK : .quorumLost))
        right.append((ConsoleView.clock(model.now, model.timeZone), .statusBar))
        StatusBar(left: left, right: right).render(into: &grid, Rect(x: 0, y: 0, width: width, height: 1), ascii: ascii)
        let content = lines(model, width: width)
        if !fits(content, height: height) {
            // #24: a ballot too small to show the motion records no vote; it asks for room instead.
            let request = LoopWording.enlarge(to: "see the motion", width: width, height: height)
            for (offset, part) in TextFit.wrap(request, to: max(1, width - 2), maxLines: max(1, height - 3))
                .enumerated()
            {
                grid.put(part, x: 1, y: 2 + offset, limit: width - 2, role: .warning, ascii: ascii)
            }
        } else {
            for (offset, line) in content.enumerated() {
                grid.put(line.text, x: 2, y: 2 + offset, limit: width - 3, role: line.role, ascii: ascii)
            }
        }
        if let message = model.message, height > 3 {
            // A long message wraps upwards from above the keys rather than lose its end (#24).
            // Below the ballot's own lines, which stay whole: the rows between them and the keys.
            let below = fits(content, height: height) ? height - 1 - (2 + content.count) : height - 3
            let wrapped = TextFit.wrap(message.text, to: max(1, width - 2), maxLines: max(1, min(4, below)))
            for (offset, line) in wrapped.enumerated() {
                grid.put(
                    line, x: 1, y: height - 1 - wrapped.count + offset, limit: width - 2,
                    role: message.isError ? .refusal : .normal, ascii: ascii)
            }
        }
        Footer.render(keys(model), into: &grid, Rect(x: 0, y: height - 1, width: width, height: 1), ascii: ascii)
        return grid
    }

    /// Whether the window shows every line of the ballot: the status bar and a blank line above, the
    /// message and the keys below.
    static func fits(_ content: [(text: String, role: StyleRole)], height: Int) -> Bool {
        2 + content.count + 2 <= height
    }

    /// Whether a member's vote key at this size would act on a motion shown whole (#24).
    public static func showsBallot(_ model: BallotModel, width: Int, height: Int) -> Bool {
        width >= 20 && fits(lines(model, width: width), height: height)
    }

    /// The ballot's lines, as the model words them, wrapped to `width`; an empty line stays one.
    static func lines(_ model: BallotModel, width: Int) -> [(text: String, role: StyleRole)] {
        model.ballotLines.flatMap { line in
            line.text.isEmpty
                ? [line] : TextFit.wrap(line.text, to: max(1, width - 4), maxLines: .max).map { ($0, line.role) }
        }
    }

    static func keys(_ model: BallotModel) -> [(key: String, label: String)] { BallotKeys.footer(model) }
}
