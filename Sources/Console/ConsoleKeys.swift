import TerminalUI

public enum ConsoleAction: Hashable, Sendable { case quit, help, commandLine, up, down, top, bottom, arrived, left }

/// The console's one keymap: dispatch, the footer and the `?` help all read it.
public enum ConsoleKeys {
    public static let keymap = Keymap<ConsoleAction, ConsoleModel>([
        .init([.character(":")], .commandLine, label: "command", help: "type a command (Tab completes, ↑↓ history)"),
        .init([.character("a")], .arrived, label: "arrived", help: "mark the selected person arrived now (clerk)", when: { $0.role == .clerk }),
        .init([.character("l")], .left, label: "left", help: "mark the selected person as having left now (clerk)", when: { $0.role == .clerk }),
        .init([.up, .character("k")], .up, label: "up", help: "move up", inFooter: false),
        .init([.down, .character("j")], .down, label: "down", help: "move down", inFooter: false),
        .init([.home, .character("g")], .top, label: "top", help: "first row", inFooter: false),
        .init([.end, .character("G")], .bottom, label: "bottom", help: "last row", inFooter: false),
        .init([.character("?")], .help, label: "help", help: "show every key"),
        .init([.character("q")], .quit, label: "quit", help: "leave the console (everything done is already saved)"),
    ])
}
