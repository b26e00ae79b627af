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
        // An empty field (`who=""`, `due=`, `""`) has nothing to complete: Tab moves on, so a field left
        // empty never holds the cursor (#24); a letter typed first lists the names that begin with it.
        let word = String(text[Completion.wordStart(in: text)...])
        let value =
            word.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false).last.map(String.init) ?? word
        let emptyField = value.allSatisfy { $0 == "\"" } && (word.contains("=") || word.hasPrefix("\""))
        let start = Completion.wordStart(in: text)
        let stem = String(text[..<start])
        var candidates = midWord || emptyField ? [] : Completion.candidates(for: text, state: state)
        if !midWord, stem.allSatisfy(\.isWhitespace) {
            // The first word may be one of the command line's own (`undo`, `search`), as help lists them.
            let typedWord = word.lowercased()
            let own = ConsoleKeys.commandWordNames(for: role).filter { $0.hasPrefix(typedWord) && $0 != typedWord }
            candidates = Array(Set(candidates + own)).sorted()
        }
        let typed = String(text[start...]) + (closesHere ? "\"" : "")
        guard let first = candidates.first, !(candidates.count == 1 && first.lowercased() == typed.lowercased()) else {
            moveToNextField()
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
            guard let key, candidate.hasPrefix(key), candidates.allSatisfy({ $0.hasPrefix(key) }) else {
                return candidate
            }
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

    /// Puts the cursor at the end of the next field after the one it is in, filled or not: a `key=` option's
    /// value, or a quoted text, inside its closing quote (#24: every field of a draft, the motion's prefilled
    /// mover too, is reached by Tab, in order); after the last, the first again. Command words and bare ids
    /// are not fields.
    mutating func moveToNextField() { moveToField(forward: true) }

    /// Shift-Tab: the field before the one the cursor is in, the last after the first.
    mutating func moveToPreviousField() { moveToField(forward: false) }

    private mutating func moveToField(forward: Bool) {
        let fields = draftFields()
        guard !fields.isEmpty else { return }
        let cursor = commandLine.cursor
        let target: (start: Int, end: Int)
        if forward {
            target = fields.first { $0.start > cursor } ?? fields[0]
        } else {
            let current = fields.lastIndex { $0.start <= cursor }
            target = current.flatMap { $0 > 0 ? fields[$0 - 1] : nil } ?? fields[fields.count - 1]
        }
        commandLine.set(commandLine.text, cursor: target.end)
    }

    /// The line's fields, each as where it starts and where the cursor goes in it (before a closing quote).
    private func draftFields() -> [(start: Int, end: Int)] {
        let characters = commandLine.characters
        var fields: [(start: Int, end: Int)] = []
        var index = 0
        while index < characters.count {
            while index < characters.count, characters[index] == " " { index += 1 }
            let start = index
            var quoted = false, escaped = false, closingQuote: Int?
            while index < characters.count, quoted || characters[index] != " " {
                if escaped {
                    escaped = false
                } else if characters[index] == "\\" && quoted {
                    escaped = true
                } else if characters[index] == "\"" {
                    quoted.toggle()
                    if !quoted { closingQuote = index }
                }
                index += 1
            }
            guard start < index else { continue }
            let token = characters[start..<index]
            let isOption = token.contains("=") && token.first != "\"" && token.first != "="
            if isOption || token.first == "\"" { fields.append((start, closingQuote ?? index)) }
        }
        return fields
    }
}
