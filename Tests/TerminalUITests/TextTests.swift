import Testing
@testable import TerminalUI

@Suite("Width, truncation and hostile text")
struct TextTests {
    @Test("display width: ASCII 1, accents 1, CJK 2, emoji 2, combining marks join their base")
    func widths() {
        #expect(DisplayWidth.of("Carew") == 5)
        #expect(DisplayWidth.of("Fiancée") == 7)
        #expect(DisplayWidth.of("e\u{301}") == 1)  // e + combining acute
        #expect(DisplayWidth.of("学校") == 4)
        #expect(DisplayWidth.of("🗳️") == 2)
        #expect(DisplayWidth.of("👍🏽") == 2)
        #expect(DisplayWidth.of("한국") == 4)
    }

    @Test("a line's leading spaces are an indent each of its wrapped lines keeps")
    func wrapKeepsIndent() {
        #expect(TextFit.wrap("    corrected (C1); now reads: the budget", to: 20, maxLines: 5)
            == ["    corrected (C1);", "    now reads: the", "    budget"])
        #expect(TextFit.wrap("no indent here at all", to: 10, maxLines: 5) == ["no indent", "here at", "all"])
    }

    @Test("#24: text is wrapped and cut as it is shown: an escaped TAB or soft hyphen takes its columns, and no word is lost")
    func wrapMeasuresEscapedText() {
        let text = "That the ELG\tapproves the\u{00AD}revised\u{200B}banding model for all special schools in the borough from April"
        let lines = TextFit.wrap(text, to: 40, maxLines: 6)
        #expect(lines.allSatisfy { DisplayWidth.of(SafeText.escape($0)) <= 40 }, "\(lines)")
        #expect(!lines.joined().contains("…"), "everything fits in six lines: nothing cut")
        for word in ["model", "for", "all", "special", "schools", "borough", "April"] {
            #expect(lines.joined(separator: " ").split(separator: " ").contains(Substring(word)), "\(word) kept: \(lines)")
        }
        #expect(DisplayWidth.of(TextFit.truncate("a\tb", to: 3)) <= 3, "cut as shown: ^I is two columns")
    }

    @Test("the quick answers for ASCII, Latin and block characters are the Unicode tables' answers, for every one")
    func quickWidthsAgreeWithTables() {
        for value in Array(0..<0x3000) + Array(0x1F000..<0x1F700) {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let character = Character(scalar)
            #expect(DisplayWidth.of(character) == DisplayWidth.fromTables(character), "U+\(String(value, radix: 16))")
        }
    }

    @Test("truncation ends in an ellipsis and never splits a wide character")
    func truncation() {
        #expect(TextFit.truncate("Special Schools", to: 10) == "Special S…")
        #expect(TextFit.truncate("学校学校", to: 4) == "学…")
        #expect(TextFit.truncate("学校学校", to: 5) == "学校…")
        #expect(TextFit.truncate("short", to: 10) == "short")
        #expect(TextFit.fit("ab", to: 4) == "ab  ")
    }

    @Test("escape sequences, NUL and other controls are shown, never sent raw")
    func controls() {
        #expect(SafeText.escape("A\u{1B}[2J\u{1B}]0;pwned\u{07}B") == "A^[[2J^[]0;pwned^GB")
        #expect(SafeText.escape("nul\u{0}here") == "nul^@here")
        #expect(SafeText.escape("tab\there") == "tab^Ihere")
        #expect(SafeText.escape("del\u{7F}") == "del^?")
        #expect(SafeText.escape("c1\u{9B}31m") == "c1<U+009B>31m")
    }

    @Test("#23: messages keep their own line feeds and show every other hazard, CR and CR LF included")
    func keepingLines() {
        #expect(SafeText.escapeKeepingLines("Error: a\u{1B}]52;c;aGk=\u{07}\nUsage: gavel") == "Error: a^[]52;c;aGk=^G\nUsage: gavel")
        #expect(SafeText.escapeKeepingLines("shown\rhidden\r\nnext\n") == "shown^Mhidden^M\nnext\n")
        #expect(SafeText.escapeKeepingLines("\u{202E}x\n\u{9B}2J") == "<U+202E>x\n<U+009B>2J")
    }

    @Test("bidi overrides are shown, so a name cannot read backwards")
    func bidi() {
        #expect(SafeText.escape("evil\u{202E}txt.exe") == "evil<U+202E>txt.exe")
        #expect(SafeText.escape("a\u{2066}b\u{2069}") == "a<U+2066>b<U+2069>")
    }

    @Test("combining marks on a letter stay; a mark with nothing to join is shown")
    func combining() {
        #expect(SafeText.escape("Zoe\u{308}") == "Zoe\u{308}")
        #expect(SafeText.escape("\u{301}alone") == "<U+0301>alone")
    }

    @Test("ASCII mode (LANG=C) gives punctuation and accented letters their ASCII form; only what has none becomes ?")
    func ascii() {
        #expect(SafeText.escape("Fiancée 学", asciiOnly: true) == "Fiancee ?")
        #expect(SafeText.escape("INDICATIVE VOTE · Motion M3: tied 3–3", asciiOnly: true) == "INDICATIVE VOTE - Motion M3: tied 3-3")
        #expect(SafeText.escape("“Zoë’s” budget £1.2m…", asciiOnly: true) == "\"Zoe's\" budget GBP 1.2m...")
        #expect(SafeText.escape("▶ ✓ ← █", asciiOnly: true) == "> + <- #")
        #expect(SafeText.escape("Ærøskøbing Łódź", asciiOnly: true) == "AEroskobing Lodz")
    }

    @Test("a grid never lets text run into its neighbour, and writes no control character")
    func gridPut() {
        var grid = Grid(width: 12, height: 1)
        let used = grid.put("Special \u{1B}[31mSchools", x: 2, y: 0, limit: 8, role: .normal)
        #expect(used == 8)
        #expect(grid.lines == ["  Special…  "])
        #expect(grid.cells.allSatisfy { $0.character.unicodeScalars.allSatisfy { $0.value >= 0x20 } })
    }

    @Test("a wide character takes two cells, the second a continuation")
    func wideCells() {
        var grid = Grid(width: 4, height: 1)
        grid.put("学x", x: 0, y: 0, role: .normal)
        #expect(grid[0, 0].width == 2)
        #expect(grid[1, 0].width == 0)
        #expect(grid.lines == ["学x "])
    }
}

@Suite("Graphemes drawn whole")
struct GraphemeTests {
    @Test("a ZWJ family, a skin tone and a flag are replaced whole by what one cell holds; a keycap and an accent stay")
    func clusters() {
        #expect(SafeText.escape("👨‍👩‍👧‍👦") == "👨")
        #expect(SafeText.escape("👍🏽") == "👍")
        #expect(SafeText.escape("🇬🇧") == "GB")
        #expect(SafeText.escape("1️⃣") == "1️⃣")
        #expect(SafeText.escape("Zoë") == "Zoë")
        #expect(SafeText.escape("❤️") == "❤️")
    }

    @Test("the width a cluster is laid out with is the width it is drawn with: nothing from the last frame shows through")
    func noStrayCells() {
        var grid = Grid(width: 12, height: 1)
        grid.put("xxxxxxxxxxxx", x: 0, y: 0, role: .normal)
        var next = Grid(width: 12, height: 1)
        let used = next.put("a👨‍👩‍👧‍👦b🇬🇧c", x: 0, y: 0, role: .normal)
        #expect(used == 7)
        #expect(next.lines == ["a👨bGBc     "])
        let cells = (0..<12).map { next[$0, 0] }
        #expect(cells.allSatisfy { $0.character.unicodeScalars.filter { !DisplayWidth.isZeroWidth($0) }.count <= 1 }, "every cell holds one picture")
    }
}
