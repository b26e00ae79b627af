import Foundation

/// What a character becomes on a terminal that shows only ASCII (LANG=C, a serial console): punctuation
/// and symbols by their usual ASCII spelling, accented letters by their base letter, so "tied 3–3" reads
/// "tied 3-3" and "Zoë" reads "Zoe". Only what has no sensible form becomes "?".
public enum AsciiForm {
    public static func of(_ character: Character) -> String {
        if character.isASCII { return String(character) }
        if let form = table[character] { return form }
        // Letters with diacritics: the base letter, when canonical decomposition gives one.
        let base = String(character).decomposedLetters
        return base.isEmpty ? "?" : base
    }

    static let table: [Character: String] = [
        "·": "-", "•": "*", "–": "-", "—": "--", "‒": "-", "−": "-", "‐": "-",
        "‘": "'", "’": "'", "‚": ",", "“": "\"", "”": "\"", "„": "\"", "′": "'", "″": "\"",
        "«": "<<", "»": ">>", "‹": "<", "›": ">", "…": "...", "\u{00A0}": " ", "\u{2009}": " ", "\u{202F}": " ",
        "£": "GBP ", "€": "EUR ", "¢": "c", "¥": "JPY ", "©": "(c)", "®": "(R)", "™": "(TM)", "§": "S.", "¶": "P.",
        "×": "x", "÷": "/", "±": "+/-", "≤": "<=", "≥": ">=", "≠": "!=", "≈": "~", "°": " deg", "½": "1/2", "¼": "1/4",
        "¾": "3/4",
        "▶": ">", "►": ">", "◀": "<", "←": "<-", "→": "->", "↑": "^", "↓": "v", "↔": "<->",
        "✓": "+", "✔": "+", "✗": "x", "✘": "x", "●": "*", "○": "o", "◆": "*", "■": "#", "□": "[]",
        "█": "#", "▀": "\"", "▄": "_", "▌": "|", "▐": "|", "░": ".", "▒": ":", "▓": "#",
        "─": "-", "━": "-", "│": "|", "┃": "|", "┌": "+", "┐": "+", "└": "+", "┘": "+", "├": "+", "┤": "+",
        "┬": "+", "┴": "+", "┼": "+", "═": "=", "║": "|", "╔": "+", "╗": "+", "╚": "+", "╝": "+",
        "ß": "ss", "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE", "ø": "o", "Ø": "O", "ł": "l", "Ł": "L", "đ": "d",
        "Đ": "D",
        "þ": "th", "Þ": "Th", "ð": "d", "Ð": "D", "ı": "i",
    ]
}

extension String {
    /// The ASCII letters left when the text is decomposed (é is e and a combining acute) and its marks dropped.
    var decomposedLetters: String {
        String(
            String.UnicodeScalarView(
                decomposedStringWithCanonicalMapping.unicodeScalars.filter { $0.isASCII && $0.properties.isAlphabetic })
        )
    }
}
