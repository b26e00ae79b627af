import ConstitutionFile
import Foundation
import MeetingKit
import MinutesFormats
import CommandLanguage
import TerminalUI
import Testing

/// The files as their consumers read them: Python's csv module for the registers, a CommonMark renderer
/// (markdown-it-py, Debian's python3-markdown-it, which .ci/run installs) for the minutes.
@Suite("#23: CSV and Markdown as a spreadsheet and a renderer read them")
struct ReadBackTests {
    /// Runs `script` with `/usr/bin/python3` on `input`, bounded; returns its standard output.
    private func python(_ script: String, input: String) throws -> String {
        let file = NSTemporaryDirectory() + "gavel-readback-" + UUID().uuidString
        try input.write(toFile: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: file) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/python3")
        process.arguments = ["-c", script, file]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let pid = process.processIdentifier
        let deadline = DispatchWorkItem { kill(pid, SIGKILL) }
        DispatchQueue.global().asyncAfter(deadline: .now() + 60, execute: deadline)
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        deadline.cancel()
        let text = String(decoding: data, as: UTF8.self)
        try #require(process.terminationStatus == 0, "python failed: \(text)")
        return text
    }

    private func meeting(notes: [String], actions: [String]) throws -> MeetingState {
        var log = MeetingLog(constitution: ShippedConstitution.hnbELG.constitution)
        let at = Date(timeIntervalSince1970: 1_569_938_400)
        try log.perform(.openMeeting(MeetingDetails(title: "ELG", date: CalendarDay("2019-10-01")!, place: "", clerk: "")), by: .chair, at: at)
        for note in notes { try log.perform(.note(MinuteText(item: nil, text: note)), by: .clerk, at: at) }
        for (index, text) in actions.enumerated() {
            try log.perform(.recordAction(ActionItem(id: ActionID("A1.\(index + 1)"), item: nil, what: text, who: text, due: CalendarDay("2019-10-15"))), by: .clerk, at: at)
        }
        return log.state
    }

    static let breaks = ["one\r\ntwo", "one\rtwo", "one\ntwo", "=1+1\r\n", "\r\nfirst", "plain, with \"quotes\""]

    @Test("#23: CR, LF and CR LF inside a cell are always quoted: Python's csv reads one row per action, each cell as written")
    func csvLineBreaks() throws {
        let state = try meeting(notes: [], actions: Self.breaks)
        let register = ActionRegister(meetings: [(1, state)], today: CalendarDay("2019-12-01")!)
        let script = """
            import csv, json, sys
            with open(sys.argv[1], newline='') as f:
                print(json.dumps(list(csv.reader(f))))
            """
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(try python(script, input: ActionRegisterFormats.csv(register)).utf8)) as? [[String]])
        #expect(rows.count == 1 + Self.breaks.count, "\(rows)")
        for (row, text) in zip(rows.dropFirst(), Self.breaks) {
            // A cell a spreadsheet would take for a formula keeps its defusing apostrophe.
            let expected = text.first == "=" || text.unicodeScalars.first == "\r" ? "'" + text : text
            #expect(row.count == 8 && row[2] == expected && row[3] == expected, "\(row)")
        }
    }

    static let formulaCells = ["  =1+1", "\t=cmd", " \t@SUM(A1)", "a\tb", "-2", "+x", "tied 3\u{2013}3", "plain"]

    @Test("#25 N4: one table per CSV, header on line 1, a byte-order mark first; formulas after blanks and TABs defused, as Python's csv reads them")
    func csvOneTable() throws {
        let table = RegisterTable(title: "Register of decisions", columns: ["Meeting", "Text"],
                                  rows: Self.formulaCells.enumerated().map { ["\($0.offset + 1)", $0.element] }, notes: ["1 left out (N4)."])
        let bytes = RegisterFormats.byteOrderMark + RegisterFormats.csv(table)
        #expect(bytes.unicodeScalars.first == "\u{FEFF}")
        let script = """
            import csv, json, sys
            with open(sys.argv[1], newline='', encoding='utf-8-sig') as f:
                print(json.dumps(list(csv.reader(f))))
            """
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(try python(script, input: bytes).utf8)) as? [[String]])
        #expect(rows.first == ["Meeting", "Text"], "the header is the first line: \(rows.first ?? [])")
        #expect(rows.count == 1 + Self.formulaCells.count && rows.allSatisfy { $0.count == 2 }, "one table, every row as wide as the header: \(rows)")
        for (row, text) in zip(rows.dropFirst(), Self.formulaCells) {
            let trimmed = text.drop { $0 == " " || $0 == "\t" }
            let formula = text.first == "\t" || "=+-@".contains(trimmed.first ?? "x")
            #expect(row.last == (formula ? "'" + text : text), "\(row)")
        }
        #expect(!bytes.contains("1 left out"), "notes are not rows")
    }

    static let blockStarts = ["# heading", "###### heading", "> quote", "- item", "+ item", "* item", "1. item", "2) item",
                              "123456789. item", "    code", "  # indented", "===", "---", "-", "#", "~~~ fence", "``` fence",
                              "<div>html</div>", "| a | b |", "a\n# after a break", "a\r\n\r\n- after a blank line"]

    /// Block tokens of the minutes as CommonMark reads them: headings, lists, quotes, code, rules.
    private func blocks(_ markdown: String) throws -> [String] {
        let script = """
            import json, sys
            from markdown_it import MarkdownIt
            tokens = MarkdownIt('commonmark').parse(open(sys.argv[1], encoding='utf-8').read())
            print(json.dumps([t.type + ':' + t.tag for t in tokens if t.block and t.type != 'inline']))
            """
        return try #require(try JSONSerialization.jsonObject(with: Data(try python(script, input: markdown).utf8)) as? [String])
    }

    @Test("#23: a note starting with a block marker (#, >, -, +, *, 1., indentation, a fence, HTML) is text in the minutes, not a heading, list, quote or code", arguments: blockStarts)
    func markdownBlockStarts(text: String) throws {
        let render = { (note: String) throws -> String in
            MarkdownMinutes.render(MinutesDocument(state: try self.meeting(notes: [note], actions: [note]), includeConfidential: true), head: "h")
        }
        let hostile = try render(text)
        #expect(try blocks(hostile) == (try blocks(try render("plain text"))), "\(text.debugDescription) changed the minutes' blocks:\n\(hostile)")
    }

    @Test("#23: a name starting '# ' or '1. ' is a name in the attendance list, not a heading or a list")
    func markdownNames() throws {
        let markdown = { (ann: String, kim: String) throws -> String in
            var log = MeetingLog(constitution: ShippedConstitution.hnbELG.constitution)
            let lines = ["appoint early-years representative \"\(ann)\"", "appoint primary-schools representative \"\(kim)\"", "open \"ELG\"",
                         "arrive \"\(ann)\"", "arrive \"\(kim)\""]
            let utc = TimeZone(identifier: "UTC")!
            for step in try MeetingScript.plan(lines, file: "script", from: log, now: Date(timeIntervalSince1970: 1_569_938_400), timeZone: utc, meetingNumber: 1) {
                try log.perform(step.command, by: step.author, at: step.time)
            }
            return MarkdownMinutes.render(MinutesDocument(state: log.state, includeConfidential: true), head: "h", timeZone: utc)
        }
        let hostile = try markdown("# Ann Early", "1. Kim Clerk")
        #expect(hostile.contains("- \\# Ann Early") && hostile.contains("- 1\\. Kim Clerk"), "\(hostile)")
        #expect(try blocks(hostile) == (try blocks(try markdown("Ann Early", "Kim Clerk"))), "\(hostile)")
    }

    /// ZWJ and ZWNJ are kept, in every output as on screen: Persian and the Indic scripts need ZWNJ to
    /// spell words, emoji need ZWJ; neither reorders or hides text on its own. Only one with nothing to
    /// join (at the very start of a text) is shown as a code point on screen, as any mark with no character
    /// to sit on is, because a terminal cell cannot draw it.
    @Test("#23: ZWJ and ZWNJ between letters pass through Markdown, HTML, CSV, JSON and the screen alike")
    func joiners() throws {
        let texts = ["می\u{200C}خواهم", "Priya\u{200D}Shah", "a\u{200C}b\u{200D}c"]
        let state = try meeting(notes: texts, actions: texts)
        let document = MinutesDocument(state: state, includeConfidential: true)
        let register = ActionRegister(meetings: [(1, state)], today: CalendarDay("2019-12-01")!)
        let outputs = [
            ("Markdown", MarkdownMinutes.render(document, head: "h")),
            ("HTML", HTMLMinutes.render(document, head: "h")),
            ("JSON", try JSONMinutes.render(document, head: .init(meeting: 1, eventCount: 1, hash: String(repeating: "0", count: 64)))),
            ("CSV", ActionRegisterFormats.csv(register)),
            ("screen", texts.map { SafeText.escape($0) }.joined(separator: "\n")),
        ]
        for (name, output) in outputs {
            for text in texts { #expect(output.contains(text), "\(name) changed \(text.debugDescription)") }
        }
        #expect(SafeText.escape("\u{200D}x") == "<U+200D>x")
    }
}
