@testable import NcursesBackend
import Testing
import TerminalUI

@Suite("ncurses backend", .serialized)
struct NcursesBackendTests {
    @Test("#24: Home and End as tmux sends them under xterm-256color (ESC [1~, ESC [4~) are keys, not Esc and text")
    func vt220HomeEnd() {
        var decoder = InputDecoder()
        for scalar in "\u{1B}[1~\u{1B}[4~x\u{1B}".unicodeScalars { decoder.feed(code: Int32(scalar.value), isKeyCode: false) }
        decoder.flush()
        #expect(decoder.next() == .home)
        #expect(decoder.next() == .end)
        #expect(decoder.next() == .character("x"))
        #expect(decoder.next() == .escape, "Esc alone is still Esc")
    }

    @Test("#24: under a non-UTF-8 locale the bytes a UTF-8 terminal sends are put together, nothing after them lost")
    func bytewiseUTF8() {
        var decoder = InputDecoder()
        for byte in Array("café £5".utf8) {
            let code = byte < 0x80 ? Int32(byte) : Int32(bitPattern: UInt32(byte) | InputDecoder.rawByteMark)
            decoder.feed(code: code, isKeyCode: false)
        }
        decoder.flush()
        var typed = ""
        while let key = decoder.next() { if case .character(let c) = key { typed.append(c) } }
        #expect(typed == "café £5")
        decoder.feed(code: Int32(bitPattern: 0xC3 | InputDecoder.rawByteMark), isKeyCode: false)
        decoder.feed(code: Int32(UInt8(ascii: "x")), isKeyCode: false)
        decoder.flush()
        #expect(decoder.next() == .character("\u{FFFD}"), "a sequence cut short is marked, not dropped")
        #expect(decoder.next() == .character("x"))
    }

    @Test("headless smoke test: newterm on /dev/null, draw frames with wide text, resize the grid, shut down")
    func headless() throws {
        let theme = try ThemeLoader.load(text: "name = \"t\"\n[roles]\nnormal = {}\nselected = { fg = \"black\", bg = \"cyan\" }\n", file: "t.toml")
        let terminal = try NcursesTerminal(headless: "xterm-256color", theme: theme)
        defer { terminal.shutdown() }
        #expect(terminal.colours == 256)
        var grid = Grid(width: 40, height: 10)
        grid.put("Quorum 6/9 学校 🗳️ \u{1B}[2J", x: 0, y: 0, role: .selected)
        terminal.draw(grid)
        grid.put("changed", x: 0, y: 1, role: .normal)
        terminal.draw(grid, cursor: (3, 1))
        terminal.draw(Grid(width: 20, height: 5))
        terminal.shutdown()
        terminal.shutdown()  // idempotent
    }

    @Test("keys: Esc alone, control keys, Enter, Tab, Backspace, and UTF-8 text")
    func keys() {
        var decoder = InputDecoder()
        for character in "\u{1B}" { decoder.feed(code: Int32(character.unicodeScalars.first!.value), isKeyCode: false) }
        decoder.flush()
        #expect(decoder.next() == .escape)
        for character in "é\u{0B}\r\t\u{7F}" { decoder.feed(code: Int32(character.unicodeScalars.first!.value), isKeyCode: false) }
        decoder.flush()
        var keys: [Key] = []
        while let key = decoder.next() { keys.append(key) }
        #expect(keys == [.character("é"), .control("k"), .enter, .tab, .backspace])
    }

    @Test("a bracketed paste arrives as one paste, never as keys, even split across reads")
    func paste() {
        var decoder = InputDecoder()
        let burst = Array("\u{1B}[200~note \"q\"\n:quit\u{1B}[201~x".unicodeScalars)
        for (index, scalar) in burst.enumerated() {
            decoder.feed(code: Int32(scalar.value), isKeyCode: false)
            if index == 10 { decoder.flush() }
        }
        decoder.flush()
        #expect(decoder.next() == .paste("note \"q\"\n:quit"))
        #expect(decoder.next() == .character("x"))
        #expect(decoder.next() == nil)
    }

    @Test("a paste whose terminator never came is ended, and the keys after it are keys again")
    func unterminatedPaste() {
        var decoder = InputDecoder()
        for scalar in "\u{1B}[200~half a paste".unicodeScalars { decoder.feed(code: Int32(scalar.value), isKeyCode: false) }
        decoder.flush()
        #expect(decoder.next() == nil)
        #expect(decoder.isPasting)
        decoder.endPaste()
        for scalar in "q".unicodeScalars { decoder.feed(code: Int32(scalar.value), isKeyCode: false) }
        decoder.flush()
        #expect(decoder.next() == .paste("half a paste"))
        #expect(decoder.next() == .character("q"))
        #expect(!decoder.isPasting)
    }

    @Test("function keys and resize map from ncurses codes")
    func keyCodes() {
        #expect(InputDecoder.keyCode(0o403) == .up)
        #expect(InputDecoder.keyCode(0o632) == .resize)
    }
}
