import Foundation
import TextHazards

/// Text from the record made safe for Markdown: control and bidi characters shown as code points, and
/// the characters inline Markdown or HTML would act on escaped, so a motion or a name can never add a
/// link, a table column, emphasis or markup to the minutes. Line breaks become spaces, so record text never
/// starts a line of its own; but a text is often the first thing on a line (a paragraph, a list item's
/// content), and there `atLineStart` also escapes whatever would start a block (a heading's `#`, a list's
/// `-`, `+` or `1.`, a setext underline's `=`, indentation that makes code; `>` and `*` are escaped
/// everywhere by `escape`).
enum MarkdownText {
    private static let special: Set<Character> = ["\\", "`", "*", "_", "[", "]", "|", "<", ">", "~", "&"]

    static func escape(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch TextHazard.of(scalar) {
            case .lineBreak?: out.append(" ")
            case _?: out += "\\<\(TextHazard.codePoint(scalar))\\>"
            case nil:
                let character = Character(scalar)
                if special.contains(character) { out.append("\\") }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// Escaped Markdown `text` that begins a line, with what would open a block there made literal, as CommonMark reads
    /// it: a first space as a character reference (spaces there indent, and four make code); a `#` run, `-` or `+`
    /// followed by a space or the end (a heading, a list item); a line of only `-` or `=` (a rule or a setext
    /// underline); the `.` or `)` after a leading number followed by a space or the end (an ordered list). `-5`,
    /// `#hashtag` and `10.30` start no block, so they are left as they read.
    static func atLineStart(_ text: String) -> String {
        guard let first = text.first else { return text }
        if first == " " { return "&#32;" + text.dropFirst() }
        func endsMarker(_ rest: Substring) -> Bool { rest.first.map { $0 == " " } ?? true }
        if first == "#" {
            let hashes = text.prefix { $0 == "#" }
            if hashes.count <= 6 && endsMarker(text.dropFirst(hashes.count)) { return "\\" + text }
        }
        if (first == "-" || first == "+") && endsMarker(text.dropFirst()) { return "\\" + text }
        if (first == "-" || first == "=") && text.allSatisfy({ $0 == first || $0 == " " }) { return "\\" + text }
        let digits = text.prefix { $0.isASCII && $0.isNumber }
        let rest = text.dropFirst(digits.count)
        if (1...9).contains(digits.count), let marker = rest.first, marker == "." || marker == ")",
            endsMarker(rest.dropFirst())
        {
            return digits + "\\" + rest
        }
        return text
    }
}
