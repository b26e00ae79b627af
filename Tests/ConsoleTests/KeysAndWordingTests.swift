import ConstitutionFile
import Foundation
import MeetingKit
import Testing
@testable import Console
import TerminalUI

/// Issue #24, the smaller points: one meaning a key, one background a status bar, keys named in words
/// where a terminal cannot draw arrows.
@Suite("#24: keys and wording")
struct KeysAndWordingTests {
    @Test("#24: on the clerk's roll call g adds a guest and is not also 'first row', in help or in use")
    func gIsGuestOnTheRoll() throws {
        var session = try ConsoleDriver(role: .clerk)
        session.press("?")
        let help = session.screenText
        #expect(help.contains("add a guest"))
        #expect(!help.contains("go to the first row"))
        #expect(!help.contains("Home g"))
        session.press(.escape)
        session.press(.down)
        session.press("g")
        #expect(session.model.commandLine.text.hasPrefix("guest "))
        // Elsewhere g still goes to the first row, and help says so.
        var chair = try ConsoleDriver(role: .chair)
        chair.press(.down)
        chair.press("g")
        #expect(chair.model.selected == 0)
        chair.press("?")
        #expect(chair.screenText.contains("go to the first row (as Home)"))
    }

    @Test("#24: the status bar names the meeting once, and keeps one background across it")
    func statusBarOnce() throws {
        var log = MeetingLog(constitution: ShippedConstitution.hnbELG.constitution)
        let now = Date(timeIntervalSince1970: 1_569_938_700)
        // The title the open draft offers: the meeting's number.
        try log.perform(.openMeeting(MeetingDetails(title: "ELG meeting 1", date: CalendarDay("2019-10-01")!, place: "", clerk: "")), by: .chair, at: now)
        let model = ConsoleModel(state: log.state, meetingNumber: 1, role: .clerk, now: now)
        let frame = ConsoleView.render(model, width: 80, height: 24).grid
        #expect(frame.lines[0].components(separatedBy: "ELG meeting 1").count == 2, "\(frame.lines[0])")
        #expect(!frame.roles(row: 0).contains(.title), "the title role has no background of its own: it broke the bar")
        let projector = ProjectorView.render(ProjectorModel(state: log.state, meetingNumber: 1, now: now), width: 200, height: 60)
        #expect(projector.lines[0].components(separatedBy: "ELG meeting 1").count == 2, "the projector too: \(projector.lines[0])")
        #expect(!projector.roles(row: 0).contains(.title))
    }

    @Test("#24: where arrows cannot be drawn, help names Up and Down in words, never ^v (which reads as Ctrl-V)")
    func noCaretV() throws {
        var session = try ConsoleDriver(role: .clerk)
        session.press("?")
        let help = ConsoleView.render(session.model, width: 80, height: 24, ascii: true).grid.lines.joined(separator: "\n")
        #expect(!help.contains("^v"))
        #expect(help.contains("Up/Down"))
    }

    @Test("#24: under LANG=C help's lines wrap wider, and help scrolls as far as they are drawn")
    func asciiHelpScrolls() throws {
        // The screen whose help is tallest in ASCII: the clerk's roll call with an absent person selected.
        var session = try ConsoleDriver(role: .clerk)
        session.model.ascii = true
        session.model.selected = try #require(session.model.roll.firstIndex { $0.presence == .absent })
        session.press("?")
        let first = ConsoleView.render(session.model, width: 80, height: 24, ascii: true).grid.lines
        #expect(first.contains { $0.contains("1-19 of") }, "the clerk's roll call help is taller than 80x24 in ASCII")
        session.press(.pageDown)
        let scrolled = ConsoleView.render(session.model, width: 80, height: 24, ascii: true).grid.lines
        #expect(scrolled != first, "PgDn scrolled help")
        #expect(scrolled.contains { $0.contains("Home, End G: first and last row") }, "the last line reached")
    }
}
