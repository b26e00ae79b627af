import Foundation
import MeetingKit
import Testing
@testable import Console
import TerminalUI

/// Issue #24, point 7: widths capped, so at any window size a vote sits next to its seat, a mark next to
/// its name and an item's time next to its title.
@Suite("#24: the console in a wide window")
struct WideWindowTests {
    @Test("#24: at 250x70 the console's vote sits near its seat's name, not across the screen")
    func voteNearItsSeat() throws {
        var session = try ConsoleDriver(role: .chair)
        try BlindKeyTests.voteOpen(&session)
        try session.elsewhere(.castVote("M1", seat: "finance", choice: .against), by: .chair)
        let lines = ConsoleView.render(session.model, width: 250, height: 70).grid.lines
        let row = try #require(lines.first { $0.contains("Finance Representative") })
        let seat = try #require(row.range(of: "Finance Representative"))
        let vote = try #require(row.range(of: "AGAINST"))
        #expect(row.distance(from: seat.lowerBound, to: vote.lowerBound) < 110)
    }

    @Test("#24: at 250x70 a person's mark on the roll sits near their name, and an item's time near its title")
    func rollAndAgendaNearAtWidth() throws {
        var session = try ConsoleDriver(role: .clerk)
        try session.elsewhere(.addAgendaItem(AgendaItem(id: "1", title: "Banding proposal", allottedMinutes: 20)), by: .chair)
        let roll = ConsoleView.render(session.model, width: 250, height: 70).grid.lines
        let row = try #require(roll.first { $0.contains("(Finance Representative representative)") })
        let name = try #require(row.range(of: "Finance Representative"))
        let mark = try #require(row.range(of: "✓ here"))
        #expect(row.distance(from: name.lowerBound, to: mark.lowerBound) < 110)
        session.press("2")
        let agenda = ConsoleView.render(session.model, width: 250, height: 70).grid.lines
        let item = try #require(agenda.first { $0.contains("Banding proposal") })
        let title = try #require(item.range(of: "Banding proposal"))
        let time = try #require(item.range(of: "20 min"))
        #expect(item.distance(from: title.lowerBound, to: time.lowerBound) < 110)
    }
}
