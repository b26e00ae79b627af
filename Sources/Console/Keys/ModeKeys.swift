import MeetingKit
import TerminalUI

/// The keys of the console's other modes, each one table as browsing has: help, a question, the command
/// line. Dispatch reads them and nothing else.
extension ConsoleKeys {
    public enum HelpAction: Hashable, Sendable { case close, up, down, pageUp, pageDown }

    public static let help = Keymap<HelpAction, ConsoleModel>([
        .init([.escape, .character("?"), .character("q")], .close, label: "close", help: "close the help"),
        // Scrolling is offered only where there is more to see that way (#24).
        .init([.up, .character("k")], .up, label: "up", help: "scroll up a line", when: { $0.overlayScroll > 0 }),
        .init(
            [.down, .character("j")], .down, label: "down", help: "scroll down a line",
            when: { $0.overlayScroll < $0.layout.overlayScrollLimit }),
        .init([.pageUp], .pageUp, label: "page up", help: "scroll up a page", when: { $0.overlayScroll > 0 }),
        .init(
            [.pageDown, .character(" ")], .pageDown, label: "page down", help: "scroll down a page",
            when: { $0.overlayScroll < $0.layout.overlayScrollLimit }),
    ])

    public enum QuestionAction: Hashable, Sendable { case proceed }

    /// Only `y` goes ahead; every other key declines, so a stray key records nothing.
    public static let question = Keymap<QuestionAction, ConsoleModel>([
        .init(
            [.character("y")], .proceed, label: "go ahead", help: "go ahead; any other key leaves the record as it is")
    ])

    public enum CommandLineAction: Hashable, Sendable { case run, cancel, complete, previousField, earlier, later }

    /// The editing keys are `TextField.keymap`'s; any other character is typed.
    public static let commandLine = Keymap<CommandLineAction, ConsoleModel>([
        .init([.enter], .run, label: "run", help: "run the command"),
        .init([.escape], .cancel, label: "leave", help: "leave the command line"),
        .init(
            [.tab], .complete, label: "complete, next field",
            help: "complete the word, or go to the draft's next field"),
        .init(
            [.backTab], .previousField, label: "previous field", help: "go back to the draft's previous field",
            inFooter: false),
        .init([.up], .earlier, label: "earlier", help: "an earlier command"),
        .init([.down], .later, label: "later", help: "a later command"),
    ])

    /// What `:` opens, in the command line's own keys as words name them: "type a command (Tab completes;
    /// Up and Down bring back earlier lines)".
    static var commandLineHelp: String {
        func key(_ action: CommandLineAction) -> String { commandLine.keyLabel(of: action, ascii: true) ?? "" }
        return
            "type a command (\(key(.complete)) completes; \(key(.earlier)) and \(key(.later)) bring back earlier lines)"
    }

    /// What any key but the question's own declines with: the footer and the question's box say it alike.
    static let declineLabel = (key: "any other key", label: "cancel")

    /// The question's buttons, from its keymap: "y close the vote now", "any other key: cancel".
    static func questionButtons(proceed: String) -> [String] {
        question.bindings.map { "\($0.keys.map { $0.label() }.joined(separator: " ")) \(proceed)" }
            + ["\(declineLabel.key): \(declineLabel.label)"]
    }

    /// The keys that scroll help or the search results by a line, as their keymap binds them: "↑↓", or
    /// "Up/Down" where arrows cannot be drawn.
    static func overlayScrollers(ascii: Bool) -> String {
        help.bindings.filter { $0.action == .up || $0.action == .down }.compactMap {
            $0.keys.first?.label(ascii: ascii)
        }
        .joined(separator: ascii ? "/" : "")
    }

    /// The keys that close help or the search results, as their keymap binds them.
    static func overlayClosers(ascii: Bool) -> [String] {
        help.bindings.filter { $0.action == .close }.flatMap(\.keys).map { $0.label(ascii: ascii) }
    }

    /// Words the command line takes besides the language's commands, each a console action, so `:q` quits
    /// as `q` does. They come before the language: `close` asks first, as `X` does, where the language's
    /// own `close` (in scripts) records at once.
    public struct CommandWord: Sendable {
        public var words: [String]
        public var action: ConsoleAction
        public var help: String
    }

    public static let commandWords: [CommandWord] = [
        .init(words: ["q", "quit"], action: .quit, help: "leave the console"),
        .init(words: ["undo"], action: .undo, help: "undo this terminal's last action, as \(keyLabel(of: .undo))"),
        .init(words: ["help"], action: .help, help: "show the keys, as \(keyLabel(of: .help))"),
        .init(
            words: ["close"], action: .closeMeeting,
            help: "close the meeting, after a question, as \(keyLabel(of: .closeMeeting)) (chair)"),
        .init(
            words: ["next"], action: .startNextMeeting,
            help: "start the next meeting, after a question, as \(keyLabel(of: .startNextMeeting)) (chair)"),
    ]

    /// The word that searches the series: the rest of the line is what to find, as after `/`.
    public static let searchWord = "search"

    /// The command line's own words as help lists them, from the same table dispatch reads: those whose
    /// action is one of this role's keys, then the search word.
    public static func commandWordHelp(for role: Role) -> [(keys: String, help: String)] {
        let mine = commandWords(for: role)
        let prompt = keyLabel(of: .commandLine)
        return mine.map { (prompt + $0.words.joined(separator: " " + prompt), $0.help) }
            + [
                (
                    "\(prompt)\(searchWord) …",
                    "search every meeting for the words after it, as \(keyLabel(of: .draft(.search)))"
                )
            ]
    }

    /// The words whose action is one of this role's keys: the same for help, dispatch and completion.
    static func commandWords(for role: Role) -> [CommandWord] {
        commandWords.filter { word in
            table.contains { $0.binding.action == word.action && ($0.role == nil || $0.role == role) }
        }
    }

    /// The words Tab completes at the start of the command line for `role`: its own words and the search word.
    static func commandWordNames(for role: Role) -> [String] { commandWords(for: role).flatMap(\.words) + [searchWord] }

    /// The command line's word for `action`, as it is typed: ":close".
    static func typedWord(for action: ConsoleAction) -> String {
        keyLabel(of: .commandLine) + (commandWords.first { $0.action == action }?.words.first ?? "")
    }

    /// The keys that bring back a line left unrun, as a sentence names them: ": then Up".
    static var recallKeys: String {
        "\(keyLabel(of: .commandLine)) then \(commandLine.keyLabel(of: .earlier, ascii: true) ?? "")"
    }

    /// The footer of the mode the console is in: each mode's own keys, so the footer never offers a key
    /// that the open overlay, question or command line would not take (#24).
    static func footer(for model: ConsoleModel, ascii: Bool) -> [(key: String, label: String)] {
        switch model.mode {
        case .browse: keymap.footer(in: model, ascii: ascii)
        case .help, .results: help.footer(in: model, ascii: ascii)
        case .command: commandLine.footer(in: model, ascii: ascii)
        case .confirm: question.footer(in: model, ascii: ascii) + [declineLabel]
        }
    }
}
