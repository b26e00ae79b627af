import MeetingKit
import TerminalUI

/// The ballot's one keymap: dispatch and the footer read it, as the console's do (`ConsoleKeys`).
public enum BallotKeys {
    public static let keymap = Keymap<BallotAction, BallotModel>([
        // V1: while a change is asked, only y changes the vote; any other key keeps it.
        .init(
            [.character("y")], .confirmChange, label: "change", help: "change your vote as asked",
            when: { $0.changing != nil }),
        .init(
            [.character("y")], .vote(.inFavour), label: "for", help: "vote for the motion",
            when: { $0.changing == nil && $0.mayVoteNow }),
        .init(
            [.character("n")], .vote(.against), label: "against", help: "vote against the motion",
            when: { $0.changing == nil && $0.mayVoteNow }),
        .init(
            [.character("b")], .vote(.abstain), label: "abstain", help: "abstain",
            when: { $0.changing == nil && $0.mayVoteNow }),
        .init(
            [.character("q")], .quit, label: "quit", help: "leave the ballot; a vote cast stands",
            when: { $0.changing == nil }),
    ])

    /// The footer: the keys that act now, and, under a question, that any other key declines it.
    static func footer(_ model: BallotModel) -> [(key: String, label: String)] {
        keymap.footer(in: model) + (model.changing == nil ? [] : [("any other key", "keep")])
    }

    /// The key bound to `action`, as sentences name it.
    static func keyLabel(of action: BallotAction) -> String { keymap.keyLabel(of: action) ?? "" }

    /// The keys the ballot takes outside a question, as the table has them: "y (for), n (against), b (abstain)
    /// and q (quit)".
    static var keysInUse: String {
        let named = keymap.bindings.filter { $0.action != .confirmChange }.map {
            "\($0.keys.map { $0.label() }.joined(separator: " ")) (\($0.label))"
        }
        return named.dropLast().joined(separator: ", ") + (named.count > 1 ? " and " : "") + (named.last ?? "")
    }

    /// The vote a key casts wherever the ballot could take one, enabled now or not: what a refused key meant.
    static func choice(of key: Key) -> VoteChoice? {
        for binding in keymap.bindings where binding.keys.contains(key) {
            if case .vote(let choice) = binding.action { return choice }
        }
        return nil
    }
}
