import Foundation
import TextHazards

/// Text from the record made safe for Markdown: control and bidi characters shown as code points, and
/// the characters inline Markdown or HTML would act on escaped, so a motion or a name can never add a
/// link, a table column, emphasis or markup to the minutes. Line breaks become spaces, so record text never
/// starts a line and cannot make a heading or a list; that is why `#`, `-` and `.` are left readable.
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
}
