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
            let value = first.value
            if character.unicodeScalars.count == 1 {
                if value < 0x20 {
                    out += "^" + String(Character(Unicode.Scalar(value + 0x40)!))
                    continue
                }
                if value == 0x7F { out += "^?"; continue }
            }
            if character.unicodeScalars.contains(where: { isHazard($0.value) }) || DisplayWidth.isZeroWidth(first) {
                for scalar in character.unicodeScalars {
                    out += isHazard(scalar.value) || DisplayWidth.isZeroWidth(scalar) || scalar.value < 0x20 ? code(scalar) : (asciiOnly && !scalar.isASCII ? AsciiForm.of(Character(scalar)) : String(scalar))
                }
                continue
            }
            out += asciiOnly && !character.isASCII ? AsciiForm.of(character) : String(character)
        }
        return out
    }

    /// C1 controls, and the bidi embeddings, overrides and isolates.
    static func isHazard(_ value: UInt32) -> Bool {
        (0x80...0x9F).contains(value) || (0x202A...0x202E).contains(value) || (0x2066...0x2069).contains(value)
            || value == 0x200E || value == 0x200F || value == 0x061C
    }

    private static func code(_ scalar: Unicode.Scalar) -> String {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        return "<U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex + ">"
    }
}
