import CommandLanguage
import MeetingKit

extension ConsoleModel {
    /// Tab: completes the word before the cursor (one candidate completes it; several extend it to what
    /// they share, and are listed). With nothing to complete, it moves to the draft's next field still
    /// empty (`who=`, `due=`), so a drafted command is filled in field by field.
    mutating func complete() {
        let characters = commandLine.characters
        let text = String(characters[..<commandLine.cursor])
        let rest = String(characters[commandLine.cursor...])
        let midWord = rest.first.map { !$0.isWhitespace } ?? false
        let candidates = midWord ? [] : Completion.candidates(for: text, state: state)
        let wordStart = text.last?.isWhitespace ?? true ? text.endIndex : (text.lastIndex(where: \.isWhitespace).map { text.index(after: $0) } ?? text.startIndex)
        let stem = String(text[..<wordStart])
        let typed = String(text[wordStart...])
        guard let first = candidates.first, !(candidates.count == 1 && first == typed) else {
            moveToNextEmptyField()
            return
        }
        if candidates.count == 1 {
            let completed = stem + first + (first.hasSuffix("=") || rest.hasPrefix(" ") ? "" : " ")
            commandLine.set(completed + rest, cursor: completed.count)
            return
        }
        let shared = candidates.dropFirst().reduce(first) { common, next in String(zip(common, next).prefix { $0 == $1 }.map(\.0)) }
        if shared.count > typed.count { commandLine.set(stem + shared + rest, cursor: stem.count + shared.count) }
        message = (candidates.prefix(12).joined(separator: "  "), false)
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
