import TerminalUI

public enum ConsoleAction: Hashable, Sendable {
    case quit, help, commandLine, up, down, top, bottom, arrived, left
    case showRoll, showAgenda, showMotion, showLog, openItem, openVote, closeVote, voteFor, voteAgainst, abstain
}

/// The console's one keymap: dispatch, the footer and the `?` help all read it.
public enum ConsoleKeys {
    public static let keymap = Keymap<ConsoleAction, ConsoleModel>([
        // Help and quit come first, so a narrow footer never drops them.
        .init([.character("?")], .help, label: "help", help: "show every key"),
        .init([.character("q")], .quit, label: "quit", help: "leave the console (everything done is already saved)"),
        .init([.character(":")], .commandLine, label: "command", help: "type a command (Tab completes, ↑↓ history)"),
        .init([.character("1")], .showRoll, label: "roll", help: "roll call screen", when: { $0.screen != .roll }),
        .init([.character("2")], .showAgenda, label: "agenda", help: "agenda screen: items, the current one, time used", when: { $0.screen != .agenda }),
        .init([.character("3")], .showMotion, label: "motion", help: "motion and vote screen", when: { $0.screen != .motion }),
        .init([.character("6")], .showLog, label: "log", help: "every event with its time and author, corrections included", when: { $0.screen != .log }),
        .init([.character("a")], .arrived, label: "arrived", help: "mark the selected person arrived now (clerk)", when: { $0.role == .clerk && $0.screen == .roll }),
        .init([.character("l")], .left, label: "left", help: "mark the selected person as having left now (clerk)", when: { $0.role == .clerk && $0.screen == .roll }),
        .init([.enter], .openItem, label: "open item", help: "make the selected item the current one (chair)", when: { $0.role == .chair && $0.screen == .agenda && !$0.state.agenda.isEmpty }),
        .init([.character("o")], .openVote, label: "open vote", help: "open the vote on the motion shown (chair; asks to override if inquorate, Q4)",
              when: { $0.role == .chair && $0.screen == .motion && $0.state.openVote == nil && $0.shownMotion?.result == nil && $0.shownMotion != nil }),
        .init([.character("y")], .voteFor, label: "for", help: "record the selected seat's vote: for (chair)", when: { $0.role == .chair && $0.screen == .motion && $0.state.openVote != nil }),
        .init([.character("n")], .voteAgainst, label: "against", help: "record the selected seat's vote: against (chair)", when: { $0.role == .chair && $0.screen == .motion && $0.state.openVote != nil }),
        .init([.character("b")], .abstain, label: "abstain", help: "record the selected seat's vote: abstain (chair)", when: { $0.role == .chair && $0.screen == .motion && $0.state.openVote != nil }),
        .init([.character("c")], .closeVote, label: "close vote", help: "close the vote and declare the outcome (chair)", when: { $0.role == .chair && $0.screen == .motion && $0.state.openVote != nil }),
        .init([.up, .character("k")], .up, label: "up", help: "move up", inFooter: false),
        .init([.down, .character("j")], .down, label: "down", help: "move down", inFooter: false),
        .init([.home, .character("g")], .top, label: "top", help: "first row", inFooter: false),
        .init([.end, .character("G")], .bottom, label: "bottom", help: "last row", inFooter: false),
    ])
}
