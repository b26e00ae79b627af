/// How many terminal columns text takes, per grapheme cluster: 0 for marks that join the one before,
/// 2 for East Asian wide and emoji presentation, 1 otherwise. Pure Swift, so it does not depend on the
/// C library's locale (glibc's wcwidth returns -1 for everything non-ASCII under LANG=C).
public enum DisplayWidth {
    public static func of(_ character: Character) -> Int {
        // ASCII, control characters included, is one column; asked first, it spares the Unicode tables.
        if character.asciiValue != nil { return 1 }
        let scalars = character.unicodeScalars
        // Latin letters before the combining marks (but the soft hyphen, a format character), and the
        // box-drawing and block characters the projector's large digits are made of, are one column alone
        // (the same answer as the tables': a test asks both for every such character).
        if scalars.count == 1, let first = scalars.first,
            (first.value < 0x0300 && first.value != 0xAD) || (0x2500...0x259F).contains(first.value)
        {
            return 1
        }
        return fromTables(character)
    }

    /// The width by the Unicode tables, for any character.
    static func fromTables(_ character: Character) -> Int {
        let scalars = character.unicodeScalars
        guard let first = scalars.first else { return 0 }
        if isZeroWidth(first) { return 0 }
        if scalars.contains(where: { $0.value == 0xFE0F }) { return 2 }  // emoji presentation selector
        if first.properties.isEmojiPresentation || isWide(first.value) { return 2 }
        return 1
    }

    public static func of(_ text: some StringProtocol) -> Int {
        // Printable ASCII is one column a byte: most of what a meeting shows.
        if text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) { return text.utf8.count }
        return text.reduce(0) { $0 + of($1) }
    }

    static func isZeroWidth(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format: true
        default: scalar.value == 0x200B
        }
    }

    /// East Asian Wide and Fullwidth ranges (Unicode's EastAsianWidth.txt, the blocks that matter).
    static func isWide(_ value: UInt32) -> Bool {
        switch value {
        case 0x1100...0x115F, 0x231A...0x231B, 0x2329...0x232A, 0x2E80...0x303E, 0x3041...0x33FF,
            0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF, 0xA960...0xA97F, 0xAC00...0xD7A3,
            0xF900...0xFAFF, 0xFE10...0xFE19, 0xFE30...0xFE6F, 0xFF00...0xFF60, 0xFFE0...0xFFE6,
            0x1F300...0x1F64F, 0x1F900...0x1F9FF, 0x20000...0x2FFFD, 0x30000...0x3FFFD:
            true
        default:
            false
        }
    }
}
