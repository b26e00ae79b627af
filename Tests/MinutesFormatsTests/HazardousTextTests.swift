import ConstitutionFile
import Foundation
import MeetingKit
import MinutesFormats
import TerminalUI
import TextHazards
import Testing

/// Every writer over the text an attacker would put in a note: terminal escapes (CSI, OSC title and OSC
/// 52 clipboard), C1 controls, bidi overrides and zero-width characters. None may carry one raw.
@Suite("Hazardous text in every output")
struct HazardousTextTests {
    static let hostile = "red\u{1B}[31m \u{1B}]0;pwned\u{7} \u{1B}]52;c;aGk=\u{7} \u{9B}2J \u{85} \u{202E}cba\u{202C} zero\u{200B}width\u{2060}\u{FEFF} del\u{7F} nul\u{0} line\u{2028}para\u{2029} arabic\u{061C}mark"

    private func state() throws -> MeetingState {
        var log = MeetingLog(constitution: ShippedConstitution.hnbELG.constitution)
        let at = Date(timeIntervalSince1970: 1_569_938_400)
        try log.perform(.openMeeting(MeetingDetails(title: "ELG " + Self.hostile, date: CalendarDay("2019-10-01")!, place: "", clerk: "")), by: .chair, at: at)
        try log.perform(.note(MinuteText(item: nil, text: Self.hostile)), by: .clerk, at: at)
        try log.perform(.recordAction(ActionItem(id: "A1.1", item: nil, what: Self.hostile, who: Self.hostile, due: CalendarDay("2019-10-15"))), by: .clerk, at: at)
        return log.state
    }

    /// The characters of `text` that no output may carry raw (line breaks aside).
    private func raw(_ text: String) -> [String] {
        text.unicodeScalars.compactMap { scalar in
            guard let hazard = TextHazard.of(scalar), hazard != .lineBreak else { return nil }
            return TextHazard.codePoint(scalar)
        }
    }

    @Test("ESC, OSC, C1, bidi and zero-width input: Markdown, HTML, JSON, CSV and the terminal carry none of it raw")
    func everyFormat() throws {
        let state = try state()
        let document = MinutesDocument(state: state, includeConfidential: true)
        let register = ActionRegister(meetings: [(1, state)], today: CalendarDay("2019-12-01")!)
        let json = try JSONMinutes.render(document, head: .init(meeting: 1, eventCount: 3, hash: String(repeating: "0", count: 64)))
        var grid = Grid(width: 400, height: 1)
        grid.put(Self.hostile, x: 0, y: 0, role: .normal)
        let outputs: [(String, String)] = [
            ("Markdown minutes", MarkdownMinutes.render(document, head: "h")),
            ("HTML minutes", HTMLMinutes.render(document, head: "h")),
            ("JSON minutes", json),
            ("CSV register", ActionRegisterFormats.csv(register)),
            ("Markdown register", ActionRegisterFormats.markdown(register, series: Self.hostile)),
            ("terminal", grid.lines.joined()),
        ]
        for (name, text) in outputs {
            #expect(raw(text).isEmpty, "\(name) carries \(raw(text)) raw")
            #expect(text.contains("U+202E") || text.contains("\\u202e"), "\(name) does not show the override it removed")
        }
        // JSON loses nothing: a reader gets the text back exactly.
        let decoded = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
        let minutes = decoded?["minutes"] as? [String: Any]
        let notes = ((minutes?["items"] as? [[String: Any]])?.first?["notes"] as? [String])
        #expect(notes == [Self.hostile])
    }

    @Test("CR LF is one character to Swift, yet neither half reaches the terminal raw")
    func carriageReturnLineFeed() {
        #expect(SafeText.escape("a\r\nb") == "a^M^Jb")
    }
}
