import Foundation

/// Text from the record made safe for Markdown: control and bidi characters shown as code points, and
/// the characters inline Markdown or HTML would act on escaped, so a motion or a name can never add a
/// link, a table column, emphasis or markup to the minutes. Line breaks become spaces, so record text never
/// starts a line and cannot make a heading or a list; that is why `#`, `-` and `.` are left readable.
enum MarkdownText {
    private static let special: Set<Character> = ["\\", "`", "*", "_", "[", "]", "|", "<", ">", "~", "&"]

    static func escape(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x0A, 0x0D, 0x09: out.append(" ")
            case 0x00...0x1F, 0x7F...0x9F, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069:
                out += String(format: "\\<U+%04X\\>", scalar.value)
            default:
                let character = Character(scalar)
                if special.contains(character) { out.append("\\") }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
