/// The one classification of the characters that must not reach any output as they are: every writer
/// (the terminal, Markdown, HTML, CSV, JSON) asks it, then writes what it finds in its own syntax. Text
/// comes from constitution files, names and the record, so it may hold anything a keyboard, a paste or an
/// attacker can put there.
public enum TextHazard: Equatable, Sendable {
    /// Line feed, carriage return and tab: harmless on a terminal, but they would break a line of
    /// Markdown or a table cell.
    case lineBreak
    /// The other C0 controls and DEL: ESC starts the sequences that move the cursor, set colours, retitle
    /// the window or write the clipboard (OSC 52).
    case control
    /// C1 controls (U+0080–U+009F): CSI and OSC in one byte on terminals that honour them.
    case c1
    /// Bidirectional embeddings, overrides, isolates and marks: they make a line read differently from
    /// what it holds ("Trojan Source").
    case bidi
    /// Characters with no width or look of their own that can hide text or split a word unseen: zero-width
    /// space, word joiner, the byte-order mark, and the line and paragraph separators (U+2028/9), which
    /// break lines where no line break is expected. ZWJ and ZWNJ are not here, and every output keeps them
    /// as they are: Persian and the Indic scripts need ZWNJ to spell words, emoji need ZWJ, and neither
    /// reorders or hides text by itself. The screen alone shows one with nothing before it to join as a
    /// code point, as it does any mark with no character to sit on, because a terminal cell cannot draw it.
    case invisible

    /// The character's hazard, or nil when it may be written as it is.
    public static func of(_ scalar: Unicode.Scalar) -> TextHazard? {
        switch scalar.value {
        case 0x09, 0x0A, 0x0D: .lineBreak
        case 0x00...0x1F, 0x7F: .control
        case 0x80...0x9F: .c1
        case 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: .bidi
        case 0x200B, 0x2060, 0xFEFF, 0x2028, 0x2029: .invisible
        default: nil
        }
    }

    /// Whether any character of `text` has a hazard: the common case, none, costs one pass.
    public static func any(in text: String) -> Bool { text.unicodeScalars.contains { of($0) != nil } }

    /// Encoded JSON with every hazard JSONEncoder leaves raw (DEL, C1, bidi, invisible) written as a
    /// `\\uXXXX` escape: the same text to a JSON reader, nothing live to a terminal or an editor. Outside
    /// strings JSON is ASCII, so every such character is inside one, where the escape is valid.
    public static func escapingJSON(_ encoded: String) -> String {
        guard any(in: encoded) else { return encoded }
        var out = ""
        out.unicodeScalars.reserveCapacity(encoded.unicodeScalars.count)
        for scalar in encoded.unicodeScalars {
            if let hazard = of(scalar), hazard != .lineBreak {
                let hex = String(scalar.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// "U+202E": how a hazard is named where it is shown rather than acted on.
    public static func codePoint(_ scalar: Unicode.Scalar) -> String {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }
}
