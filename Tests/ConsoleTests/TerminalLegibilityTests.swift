import Foundation
import MeetingKit
import Testing
@testable import Console
import TerminalUI

/// Terminals as they are: LANG=C shows only ASCII, TERM=linux eight colours, vt100 and NO_COLOR none.
@Suite("Every screen legible on every terminal")
struct TerminalLegibilityTests {
    /// A meeting whose record holds the punctuation people type: curly quotes, dashes, pounds, accents.
    private func session(_ role: Role) throws -> ConsoleDriver {
        var session = try ConsoleDriver(role: role)
        try session.elsewhere(.addAgendaItem(AgendaItem(id: "1", title: "Zoë’s “banding” proposal – £1.2m", allottedMinutes: 20)), by: .chair)
        try session.elsewhere(.openAgendaItem("1"), by: .chair)
        try session.elsewhere(.note(MinuteText(item: nil, text: "Café budget — agreed… ½ each")), by: .clerk)
        try session.elsewhere(.moveMotion(MotionDraft(id: "M1", text: "That the “model” be adopted", mover: "EOG")), by: .chair)
        try session.elsewhere(.openVote("M1"), by: .chair)
        for (seat, choice) in [("early-years", VoteChoice.inFavour), ("primary-schools", .inFavour), ("secondary-schools", .against), ("finance", .against)] {
            try session.elsewhere(.castVote("M1", seat: SeatID(seat), choice: choice), by: .chair)
        }
        try session.elsewhere(.castVote("M1", seat: "special-schools", choice: .abstain), by: .chair)
        try session.elsewhere(.closeVote("M1"), by: .chair)
        return session
    }

    @Test("LANG=C: every screen of both roles, and their help, drawn in ASCII, with no character turned into ?")
    func asciiScreens() throws {
        for role in Role.allCases {
            var session = try session(role)
            for screen in ConsoleModel.Screen.allCases {
                session.model.screen = screen
                for mode in [ConsoleModel.Mode.browse, .help] {
                    session.model.mode = mode
                    for (width, height) in [(80, 24), (200, 60)] {
                        let unicode = ConsoleView.render(session.model, width: width, height: height).grid.lines.joined(separator: "\n")
                        let ascii = ConsoleView.render(session.model, width: width, height: height, ascii: true).grid.lines.joined(separator: "\n")
                        let at = "\(role) \(screen) \(mode) \(width)x\(height)"
                        let allASCII = ascii.unicodeScalars.allSatisfy(\.isASCII)
                        let lost = Set(unicode.filter { !$0.isASCII && AsciiForm.of($0) == "?" })
                        #expect(allASCII, "\(at): a character the terminal cannot show")
                        #expect(lost.isEmpty, "\(at): \(lost) would show as ?")
                    }
                }
            }
        }
        var chair = try session(.chair)
        chair.press("3")
        let motion = ConsoleView.render(chair.model, width: 80, height: 24, ascii: true).grid.lines.joined(separator: "\n")
        #expect(motion.contains("INDICATIVE VOTE - Motion M1"))
        #expect(motion.contains("That the \"model\" be adopted"))
        chair.press("2")
        let agenda = ConsoleView.render(chair.model, width: 80, height: 24, ascii: true).grid.lines.joined(separator: "\n")
        #expect(agenda.contains("Zoe's \"banding\" proposal - GBP 1.2m"))
        #expect(agenda.contains("> 1"), "the current item's mark")
    }

    @Test("LANG=C: the projector, large and small, in ASCII with nothing lost")
    func asciiProjector() throws {
        let session = try session(.chair)
        let model = ProjectorModel(state: session.log.state, meetingNumber: 1, now: session.now, timeZone: TimeZone(identifier: "UTC")!)
        for (width, height) in [(40, 12), (80, 24), (200, 60)] {
            let ascii = ProjectorView.render(model, width: width, height: height, ascii: true).lines.joined(separator: "\n")
            let allASCII = ascii.unicodeScalars.allSatisfy(\.isASCII)
            #expect(allASCII)
            #expect(!ascii.contains("?"), "\(width)x\(height)\n\(ascii)")
            let unicode = ProjectorView.render(model, width: width, height: height).lines.joined()
            #expect(Set(unicode.filter { !$0.isASCII && AsciiForm.of($0) == "?" }).isEmpty)
        }
    }

    @Test("TERM=linux, vt100, NO_COLOR: in every shipped theme no role's text takes its background's colour, and grey is never black")
    func themesOnFewColours() throws {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../Themes").standardized
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".toml") }
        #expect(files.count >= 5)
        for file in files {
            let theme = try ThemeLoader.load(text: String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8), file: file)
            for colours in [0, 8, 16, 256] {
                let adapted = theme.adapted(toColours: colours)
                for role in StyleRole.allCases {
                    let style = adapted.style(role)
                    if style.foreground != .terminalDefault {
                        #expect(style.foreground != style.background, "\(file) \(colours) colours: \(role) vanishes into its background")
                    }
                    if colours < 16, case .indexed(8)? = theme.styles[role]?.foreground {
                        #expect(style.foreground == .terminalDefault, "\(file) \(colours) colours: \(role) grey became \(style.foreground)")
                    }
                }
            }
        }
        // The default theme's dim text, the one the issue saw vanish under TERM=linux.
        let defaultTheme = try ThemeLoader.load(text: String(contentsOf: folder.appendingPathComponent("default.toml"), encoding: .utf8), file: "default.toml")
        #expect(defaultTheme.adapted(toColours: 8).style(.dim).foreground == .terminalDefault)
    }
}
