import TextHazards

/// Text from files, names or the record, made safe to put on a terminal: control and escape characters
/// are shown escaped, never sent raw, so a motion containing ESC sequences cannot move the cursor,
/// recolour the screen or retitle the window. Bidirectional overrides are shown too, as they can make a
/// line read differently from what it holds.
public enum SafeText {
    /// C0 controls as caret notation (`^[` for ESC, `^@` for NUL); DEL as `^?`; C1 controls, bidi
    /// controls and lone combining marks as `<U+XXXX>`. In ASCII mode every non-ASCII character
    /// takes its ASCII form (`AsciiForm`).
    public static func escape(_ text: String, asciiOnly: Bool = false) -> String {
        if text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) { return text }
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for character in text {
            guard let first = character.unicodeScalars.first else { continue }
            // Scalar by scalar when any is a hazard (CR LF is one character, so look at each) or the
            // character starts with a mark that has nothing to join.
            if character.unicodeScalars.contains(where: { TextHazard.of($0) != nil }) || DisplayWidth.isZeroWidth(first)
            {
                for scalar in character.unicodeScalars { out += shown(scalar, asciiOnly: asciiOnly) }
                continue
            }
            let drawable = character.unicodeScalars.count > 1 ? cellSafe(character) : String(character)
            out += asciiOnly && !character.isASCII ? drawable.map(AsciiForm.of).joined() : drawable
        }
        return out
    }

    /// Lines of text escaped one by one, the line feeds between them kept: for messages and reports that
    /// are several lines of gavel's own with record text or a person's input inside. A carriage return is
    /// shown (`^M`), as it would let a line overwrite itself.
    public static func escapeKeepingLines(_ text: String, asciiOnly: Bool = false) -> String {
        if text.utf8.allSatisfy({ ($0 >= 0x20 && $0 < 0x7F) || $0 == 0x0A }) { return text }
        return text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false)
            .map { escape(String(String.UnicodeScalarView($0)), asciiOnly: asciiOnly) }
            .joined(separator: "\n")
    }

    /// A grapheme as one terminal cell can hold it: one spacing character and a few marks. Clusters of
    /// several pictures (a family joined by ZWJ, a hand and its skin tone) have no width all terminals
    /// agree on, and ncurses cannot hold them in a cell, so they are replaced as a whole by their first
    /// picture; a flag, two regional indicators, by its country's letters ("GB").
    static func cellSafe(_ character: Character) -> String {
        let scalars = Array(character.unicodeScalars)
        let spacing = scalars.filter { !DisplayWidth.isZeroWidth($0) }
        if spacing.count <= 1 && scalars.count <= 5 { return String(character) }
        if scalars.allSatisfy({ (0x1F1E6...0x1F1FF).contains($0.value) }) {
            return String(String.UnicodeScalarView(scalars.compactMap { Unicode.Scalar($0.value - 0x1F1E6 + 0x41) }))
        }
        var first = String(scalars[0])
        if scalars.count > 1, scalars[1].value == 0xFE0F { first.unicodeScalars.append(scalars[1]) }
        return first
    }

    /// One scalar of a character that needs looking at: C0 and DEL in caret notation, C1, bidi, invisible
    /// and lone zero-width scalars as `<U+XXXX>`, anything else as it is (or its ASCII form).
    private static func shown(_ scalar: Unicode.Scalar, asciiOnly: Bool) -> String {
        switch TextHazard.of(scalar) {
        case .lineBreak?, .control?:
            scalar.value == 0x7F ? "^?" : "^" + String(Character(Unicode.Scalar(scalar.value + 0x40)!))
        case .c1?, .bidi?, .invisible?:
            "<" + TextHazard.codePoint(scalar) + ">"
        case nil:
            DisplayWidth.isZeroWidth(scalar)
                ? "<" + TextHazard.codePoint(scalar) + ">"
                : (asciiOnly && !scalar.isASCII ? AsciiForm.of(Character(scalar)) : String(scalar))
        }
    }
}
