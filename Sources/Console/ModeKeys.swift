import TerminalUI

/// The keys of the console's other modes, each one table as browsing has: help, a question, the command
/// line. Dispatch reads them and nothing else.
extension ConsoleKeys {
    public enum HelpAction: Hashable, Sendable { case close, up, down, pageUp, pageDown }

    public static let help = Keymap<HelpAction, ConsoleModel>([
        .init([.escape, .character("?"), .character("q")], .close, label: "close", help: "close the help"),
        .init([.up, .character("k")], .up, label: "up", help: "scroll up a line"),
        .init([.down, .character("j")], .down, label: "down", help: "scroll down a line"),
        .init([.pageUp], .pageUp, label: "page up", help: "scroll up a page"),
        .init([.pageDown, .character(" ")], .pageDown, label: "page down", help: "scroll down a page"),
    ])

    public enum QuestionAction: Hashable, Sendable { case proceed }

    /// Only `y` goes ahead; every other key declines, so a stray key records nothing.
    public static let question = Keymap<QuestionAction, ConsoleModel>([
        .init([.character("y")], .proceed, label: "y", help: "go ahead; any other key leaves the record as it is"),
    ])

    public enum CommandLineAction: Hashable, Sendable { case run, cancel, complete, earlier, later }

    /// Every other key edits the line (`TextField`).
    public static let commandLine = Keymap<CommandLineAction, ConsoleModel>([
        .init([.enter], .run, label: "Enter", help: "run the command"),
        .init([.escape], .cancel, label: "Esc", help: "leave the command line"),
        .init([.tab], .complete, label: "Tab", help: "complete the word, or go to the draft's next empty field"),
        .init([.up], .earlier, label: "up", help: "an earlier command"),
        .init([.down], .later, label: "down", help: "a later command"),
    ])
}
