import CNcurses
@testable import NcursesBackend
import TerminalUI
import TestSupport
import Testing

/// Random input by the thousand (FuzzBudget): bytes, broken and whole escape sequences, pastes with and
/// without their end, key codes. The decoder never crashes, never holds keys back once a burst ends, and
/// never lets a control character through as a typed character.
@Suite("Fuzzed terminal input")
struct InputDecoderFuzzTests {
    static let pieces: [[Int32]] = {
        func codes(_ text: String) -> [Int32] { text.unicodeScalars.map { Int32(bitPattern: $0.value) } }
        var pieces = (0...127).map { [Int32($0)] }
        pieces += ["\u{1B}[200~", "\u{1B}[201~", "\u{1B}[20", "\u{1B}[", "\u{1B}", "\u{1B}]0;x\u{7}", "é", "漢", "\u{202E}", "👨‍👩‍👧"].map(codes)
        pieces += [[KEY_UP], [KEY_RESIZE], [KEY_BACKSPACE], [gavel_key_f(3)], [-1], [Int32.max], [0x110000], [0xD800]]
        return pieces
    }()

    @Test("any input decodes to keys without a crash; after a burst nothing is held; no control is a typed character")
    func decoder() {
        var random = FuzzBudget.generator(6)
        var total = 0
        for _ in 0..<FuzzBudget.iterations {
            var decoder = InputDecoder()
            for _ in 0..<Int.random(in: 1...30, using: &random) {
                for code in Self.pieces.randomElement(using: &random)! {
                    let isKeyCode = code >= KEY_MIN && code <= KEY_MAX
                    decoder.feed(code: code, isKeyCode: isKeyCode)
                }
            }
            decoder.flush()
            decoder.endPaste()
            #expect(!decoder.isPasting)
            while let key = decoder.next() {
                total += 1
                if case .character(let character) = key {
                    #expect(!character.unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x7F }, "a control came through as \(key)")
                }
            }
        }
        #expect(total > FuzzBudget.iterations)
    }
}
