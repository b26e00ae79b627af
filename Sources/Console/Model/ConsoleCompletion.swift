import CommandLanguage
import MeetingKit

extension ConsoleModel {
    /// Tab: completes the word before the cursor (one candidate completes it; several extend it to what
    /// they share, and are listed). A name is completed inside its quotes (`who="Pri` to
    /// `who="Priya Shah"`), and the line stays balanced: a quote opened is closed. With nothing to complete,
    /// it moves to the draft's next field still empty (`who=""`, `due=`), so a draft is filled field by field.
    mutating func complete() {
        let characters = commandLine.characters
        let text = String(characters[..<commandLine.cursor])
        var rest = String(characters[commandLine.cursor...])
        // Inside a drafted field's quotes: its closing quote belongs to the word being completed.
        let inQuote = Completion.endsInOpenQuote(text)
        let closesHere = inQuote && rest.hasPrefix("\"") && (rest.dropFirst().first.map(\.isWhitespace) ?? true)
        if closesHere { rest.removeFirst() }
        let midWord = !closesHere && (rest.first.map { !$0.isWhitespace } ?? false)
        let candidates = midWord ? [] : Completion.candidates(for: text, state: state)
        let start = Completion.wordStart(in: text)
        let stem = String(text[..<start])
        let typed = String(text[start...]) + (closesHere ? "\"" : "")
        guard let first = candidates.first, !(candidates.count == 1 && first.lowercased() == typed.lowercased()) else {
            moveToNextEmptyField()
            return
        }
        if candidates.count == 1 {
            let completed = stem + first + (first.hasSuffix("=") || rest.hasPrefix(" ") ? "" : " ")
            commandLine.set(completed + rest, cursor: completed.count)
            return
        }
        let shared = candidates.dropFirst().reduce(first) { common, next in
            String(zip(common, next).prefix { $0.lowercased() == $1.lowercased() }.map(\.0))
        }
        let open = closesHere ? String(typed.dropLast()) : typed
        let extended = shared.count > open.count ? shared : open
        if extended != open || closesHere {
            // What they share may open a quote: it is closed after the cursor, so Enter never meets an open one.
            let closing = Completion.endsInOpenQuote(stem + extended) ? "\"" : ""
            commandLine.set(stem + extended + closing + rest, cursor: stem.count + extended.count)
        }
        message = (Self.listing(candidates, columns: width - 2), false)
    }

    /// Candidates as one message of at most three lines at `columns`: those that fit, then how many more,
    /// so the list is never cut mid-name (#24). Options' shared `key=` is left off each.
    static func listing(_ candidates: [String], columns: Int) -> String {
        let key = candidates.first.flatMap { first in first.firstIndex(of: "=").map { String(first[...$0]) } }
        let shown = candidates.map { candidate in
            guard let key, candidate.hasPrefix(key), candidates.allSatisfy({ $0.hasPrefix(key) }) else { return candidate }
            return String(candidate.dropFirst(key.count))
        }
        let budget = max(40, columns * 3 - 30)
        var line = ""
        for (index, candidate) in shown.enumerated() {
            let next = line.isEmpty ? candidate : line + "  " + candidate
            if next.count > budget {
                return line + "  … and \(shown.count - index) more: type more letters"
            }
            line = next
        }
        return line
    }

    /// Puts the cursor in the next empty field after the cursor, if there is one: just after a bare `key=`,
    /// or between the quotes of an empty `key=""` or `""` (#24: a draft's free-text fields are quoted, so
    /// the guest's role, a motion's rationale or a risk's mitigation is reached by Tab, in order).
    private mutating func moveToNextEmptyField() {
        let characters = commandLine.characters
        func isBoundary(_ index: Int) -> Bool { index >= characters.count || characters[index] == " " }
        var index = commandLine.cursor
        while index < characters.count {
            let startsField = index > 0 && (characters[index - 1] == " " || characters[index - 1] == "=")
            if characters[index] == "\"", startsField, index + 1 < characters.count, characters[index + 1] == "\"", isBoundary(index + 2) {
                commandLine.set(commandLine.text, cursor: index + 1)
                return
            }
            if characters[index] == "=", index > 0, characters[index - 1] != " ", isBoundary(index + 1) {
                commandLine.set(commandLine.text, cursor: index + 1)
                return
            }
            index += 1
        }
    }
}
