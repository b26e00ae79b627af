import CNcurses
import TerminalUI

/// Turns what ncurses reads into keys: function keys by code, control characters, Esc (alone, not the
/// start of a sequence), and a bracketed paste (ESC [200~ … ESC [201~) as one `.paste`.
struct InputDecoder {
    private var pending: [Key] = []
    private var raw: [Character] = []
    private var pasting = false
    private var pasted = ""

    mutating func next() -> Key? { pending.isEmpty ? nil : pending.removeFirst() }

    var isPasting: Bool { pasting }

    /// Ends a paste whose terminator never came (a terminal that dropped it, or stray bytes that looked like
    /// its start): what was pasted is delivered, and keys are keys again instead of being swallowed.
    mutating func endPaste() {
        guard pasting else { return }
        pasted += String(raw)
        raw.removeAll()
        pending.append(.paste(pasted))
        pasted = ""
        pasting = false
    }

    /// Marks a code as a raw byte above 127 from a byte-wise read (a non-UTF-8 locale), to be put together
    /// as UTF-8 here: outside Unicode, so no character read whole can carry it.
    static let rawByteMark: UInt32 = 0x4000_0000
    private var utf8: [UInt8] = []

    mutating func feed(code: Int32, isKeyCode: Bool) {
        if isKeyCode {
            flush()
            if let key = Self.keyCode(code) { pending.append(key) }
            return
        }
        let value = UInt32(bitPattern: code)
        if value & Self.rawByteMark != 0 {
            feed(byte: UInt8(truncatingIfNeeded: value))
            return
        }
        finishUTF8()
        guard let scalar = Unicode.Scalar(value) else { return }
        raw.append(Character(scalar))
        decode()
    }

    /// A byte above 127 of a UTF-8 sequence: the character is added when its last byte comes; a sequence
    /// cut short becomes U+FFFD, never dropped silently with what follows it.
    private mutating func feed(byte: UInt8) {
        // A byte that cannot continue the sequence under way starts a new one.
        if byte & 0xC0 != 0x80 { finishUTF8() }
        utf8.append(byte)
        let lead = utf8[0]
        let length = lead & 0xE0 == 0xC0 ? 2 : lead & 0xF0 == 0xE0 ? 3 : lead & 0xF8 == 0xF0 ? 4 : 1
        if utf8.count >= length { finishUTF8() }
    }

    private mutating func finishUTF8() {
        guard !utf8.isEmpty else { return }
        let text = String(decoding: utf8, as: UTF8.self)
        utf8.removeAll()
        raw.append(contentsOf: text)
        decode()
    }

    /// Ends a burst: a lone ESC is Esc; anything else left is typed characters.
    mutating func flush() {
        finishUTF8()
        decode()
        if pasting { return }
        for character in raw { pending.append(Self.key(for: character)) }
        raw.removeAll()
    }

    private mutating func decode() {
        while !raw.isEmpty {
            if pasting {
                if let end = find("\u{1B}[201~") {
                    pasted += String(raw[..<end])
                    raw.removeFirst(end + 6)
                    pending.append(.paste(pasted))
                    pasted = ""
                    pasting = false
                    continue
                }
                // Keep a possible partial terminator; the rest is pasted text.
                let keep = min(raw.count, 5)
                pasted += String(raw.dropLast(keep))
                raw = Array(raw.suffix(keep))
                return
            }
            if raw.first == "\u{1B}" {
                if let start = find("\u{1B}[200~"), start == 0 {
                    raw.removeFirst(6)
                    pasting = true
                    continue
                }
                if raw.count < 6, "\u{1B}[200~".hasPrefix(String(raw)) { return }
                // A key the terminfo entry does not name (tmux's Home is ESC [1~ under xterm-256color).
                let text = String(raw)
                if let (sequence, key) = Self.sequences.first(where: { text.hasPrefix($0.0) }) {
                    raw.removeFirst(sequence.count)
                    pending.append(key)
                    continue
                }
                if Self.sequences.contains(where: { $0.0.hasPrefix(text) }) { return }
            }
            pending.append(Self.key(for: raw.removeFirst()))
        }
    }

    private func find(_ marker: String) -> Int? {
        let m = Array(marker)
        guard raw.count >= m.count else { return nil }
        return (0...(raw.count - m.count)).first { Array(raw[$0..<$0 + m.count]) == m }
    }

    /// Escape sequences terminals send for keys whose terminfo entry names another (or none): Home and End
    /// as VT220 and rxvt send them, and the cursor keys in both modes.
    static let sequences: [(String, Key)] = [
        ("\u{1B}[1~", .home), ("\u{1B}[7~", .home), ("\u{1B}[H", .home), ("\u{1B}OH", .home),
        ("\u{1B}[4~", .end), ("\u{1B}[8~", .end), ("\u{1B}[F", .end), ("\u{1B}OF", .end),
        ("\u{1B}[2~", .insert), ("\u{1B}[3~", .delete), ("\u{1B}[5~", .pageUp), ("\u{1B}[6~", .pageDown),
        ("\u{1B}[A", .up), ("\u{1B}[B", .down), ("\u{1B}[C", .right), ("\u{1B}[D", .left),
        ("\u{1B}OA", .up), ("\u{1B}OB", .down), ("\u{1B}OC", .right), ("\u{1B}OD", .left), ("\u{1B}[Z", .backTab),
    ]

    static func key(for character: Character) -> Key {
        guard let value = character.unicodeScalars.first?.value, character.unicodeScalars.count == 1 else {
            return .character(character)
        }
        switch value {
        case 0x1B: return .escape
        case 0x0D, 0x0A: return .enter
        case 0x09: return .tab
        case 0x7F, 0x08: return .backspace
        case 0x01...0x1A: return .control(Character(Unicode.Scalar(value + 0x60)!))
        // NUL (Ctrl-Space, Ctrl-@) and the four above Ctrl-Z: controls too, never typed text.
        case 0x00, 0x1C...0x1F: return .control(Character(Unicode.Scalar(value + 0x40)!))
        default: return .character(character)
        }
    }

    static func keyCode(_ code: Int32) -> Key? {
        switch code {
        case KEY_UP: .up
        case KEY_DOWN: .down
        case KEY_LEFT: .left
        case KEY_RIGHT: .right
        case KEY_HOME: .home
        case KEY_END: .end
        case KEY_PPAGE: .pageUp
        case KEY_NPAGE: .pageDown
        case KEY_ENTER: .enter
        case KEY_BACKSPACE: .backspace
        case KEY_DC: .delete
        case KEY_IC: .insert
        case KEY_BTAB: .backTab
        case KEY_RESIZE: .resize
        case gavel_key_f(1)...gavel_key_f(12): .function(Int(code - gavel_key_f(0)))
        default: nil
        }
    }
}
