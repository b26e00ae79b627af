import CommandLanguage
import Foundation
import MeetingKit
import TerminalUI

/// The command line: Enter runs the console's own words (`ConsoleKeys.commandWords`) or a command of the
/// language, Esc leaves the line to the history, Tab completes, Up and Down recall.
extension ConsoleModel {
    mutating func handleCommandLine(_ key: Key) -> Effect {
        let action = ConsoleKeys.commandLine.action(for: key, in: self)
        switch action {
        case .cancel?:
            // Nothing typed is lost: the line left goes to the history, where Up brings it back (#24).
            let left = commandLine.text.trimmingCharacters(in: .whitespaces)
            if !left.isEmpty, history.last != left { history.append(left) }
            mode = .browse
            if !left.isEmpty { message = ("Not run: \(ConsoleKeys.recallKeys) brings the line back.", false) }
        case .run?:
            let line = commandLine.text.trimmingCharacters(in: .whitespaces)
            mode = .browse
            guard !line.isEmpty else { return .none }
            if history.last != line { history.append(line) }
            if let word = ConsoleKeys.commandWords.first(where: { $0.words.contains(line) }) {
                // A word acts as its key would on the key's own screen: another role's, the chair's `next` at
                // the clerk's, is answered as that key is, before anything is asked.
                if let owner = otherRoleActing(word.action) {
                    message = (
                        "\(ConsoleKeys.keyLabel(of: .commandLine))\(line) is the \(owner.rawValue)'s "
                            + "(\(ConsoleKeys.keymap.footerLabel(of: word.action) ?? line)); this terminal is the "
                            + "\(role.rawValue)'s.", true
                    )
                    return .none
                }
                return act(word.action)
            }
            if line.hasPrefix(ConsoleKeys.searchWord + " ") {
                return .search(String(line.dropFirst(ConsoleKeys.searchWord.count + 1)))
            }
            if line == ConsoleKeys.searchWord {
                mode = .command
                commandLine.set(ConsoleKeys.searchWord + " ")
                message = (
                    "Type what to find after \(ConsoleKeys.searchWord): words from a motion, note, action or risk of any "
                        + "meeting.", true
                )
                return .none
            }
            do {
                let command = try CommandParser.parse(line, context: context)
                if case .openVote(let motion, _) = command {
                    // The chair goes down the room from the first seat that can vote, whichever way the vote opened.
                    screen = .motion
                    selected = nextSeatToVote(after: -1, on: motion) ?? 0
                }
                return .perform(command)
            } catch {
                // The line stays to be put right, the cursor at the fault when the parser knows where.
                mode = .command
                let lead = commandLine.text.prefix { $0.isWhitespace }.count
                commandLine.set(commandLine.text, cursor: error.position.map { $0 + lead } ?? commandLine.text.count)
                message = (error.message, true)
            }
        case .complete?:
            complete()
        case .previousField?:
            moveToPreviousField()
        case .earlier?, .later?:
            guard !history.isEmpty else { return .none }
            let index =
                action == .earlier
                ? max(0, (historyIndex ?? history.count) - 1) : min(history.count, (historyIndex ?? history.count) + 1)
            historyIndex = index
            commandLine.set(index < history.count ? history[index] : "")
        case nil:
            commandLine.handle(escapedInsideQuotes(key))
        }
        return .none
    }

    /// The role whose key for `action` would act now on that key's own screen, when no key of this
    /// terminal's role would: a command-line word then belongs to that role, as its key does. Nil when this
    /// role may act, or nobody may now (the action then says why itself).
    private func otherRoleActing(_ action: ConsoleAction) -> Role? {
        func acts(_ entry: ConsoleKeys.Entry, as role: Role) -> Bool {
            var there = self
            (there.screen, there.role) = (entry.screen ?? screen, role)
            return entry.binding.isEnabled(there)
        }
        let entries = ConsoleKeys.table.filter { $0.binding.action == action }
        guard !entries.contains(where: { acts($0, as: role) }) else { return nil }
        return entries.lazy.compactMap { entry in entry.role.flatMap { acts(entry, as: $0) ? $0 : nil } }.first
    }

    /// What is typed or pasted inside a quote is text as it reads (#24): a backslash is written `\\`, and a
    /// quote typed before a drafted field's closing quote is written `\"`, so the tokenizer gives back what
    /// was typed. A quote typed at the end of a line the user is writing closes it.
    private func escapedInsideQuotes(_ key: Key) -> Key {
        let before = String(commandLine.characters[..<commandLine.cursor])
        guard Completion.endsInOpenQuote(before) else { return key }
        let quoteIsText = insideDraftedQuotes
        func escaped(_ text: String) -> String {
            text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(
                of: "\"", with: quoteIsText ? "\\\"" : "\"")
        }
        switch key {
        case .character(let character) where character == "\\" || (character == "\"" && quoteIsText):
            return .paste(escaped(String(character)))
        case .paste(let text):
            return .paste(escaped(text))
        default:
            return key
        }
    }

    /// The cursor is inside a quoted field whose closing quote comes right after it, as a draft leaves it.
    private var insideDraftedQuotes: Bool {
        let characters = commandLine.characters
        let before = String(characters[..<commandLine.cursor])
        return commandLine.cursor < characters.count && characters[commandLine.cursor] == "\""
            && Completion.endsInOpenQuote(before)
    }
}
