import ConstitutionFile
import Foundation
import MeetingKit
import Testing
@testable import Console
import ConsoleDoubles
import TerminalUI

/// Whole meetings run in-process: the real console loop (`ConsoleRuntime`) against a terminal and a record
/// in memory, keys in, frames and the record checked. Fast enough to run many; tmux covers the real terminal.
@Suite("Whole meetings in-process")
struct InProcessMeetingTests {
    /// Keys for typing `text`.
    private func typed(_ text: String) -> [Key] { text.map { .character($0) } }

    /// A clock that moves a second each time it is read, from 2019-10-01 13:45 London time.
    private func clock() -> () -> Date {
        final class Tick: @unchecked Sendable { var now = Date(timeIntervalSince1970: 1_569_933_900) }
        let tick = Tick()
        return { tick.now.addTimeInterval(1); return tick.now }
    }

    @Test("A1, Q2, V1, V5: the clerk marks five arrivals by keys; the chair opens the meeting, adds and opens an item, moves a motion, takes the vote seat by seat, closes it, and closes the meeting after its question")
    func wholeMeeting() throws {
        let source = MemorySource(log: MeetingLog(constitution: ShippedConstitution.hnbELG.constitution))
        let time = clock()
        // The clerk marks arrivals row by row: three seats' representatives, Finance's, and Special Schools' proxy.
        var clerkKeys: [Key] = []
        for row in [0, 2, 4, 16, 9] {
            clerkKeys += [.home] + Array(repeating: .down, count: row) + [.character("a")]
        }
        let clerk = MemoryTerminal(keys: clerkKeys + [.character("q")])
        ConsoleRuntime(terminal: clerk, source: source, role: .clerk, clock: time).run()
        #expect(source.state.present.count == 5)
        #expect(clerk.screen.contains("QUORATE 5/9"))

        var chairKeys: [Key] = [.character("2"), .character("s")] + typed("Civic Offices") + [.enter]
        chairKeys += [.character("i")] + typed("Banding proposal") + [.tab] + typed("20") + [.enter, .enter]
        chairKeys += [.character("3"), .character("m")] + typed("That the banding model be adopted") + [.enter, .character("o")]
        chairKeys += typed("yynyb")
        chairKeys += [.character("c"), .character("2"), .character("X"), .character("y")]
        let chair = MemoryTerminal(keys: chairKeys + [.character("q")])
        let ended = ConsoleRuntime(terminal: chair, source: source, role: .chair, clock: time).run()

        let state = source.state
        #expect(state.details?.place == "Civic Offices")
        #expect(state.item("1")?.allottedMinutes == 20)
        let motion = try #require(state.motions["M1"])
        #expect(motion.result?.outcome.carried == true, "3 for, 1 against, 1 abstained")
        #expect(state.tally(of: "M1") == Tally(inFavour: 3, against: 1, abstentions: 1, notVoted: 0, unrepresented: 4))
        #expect(state.closedAt != nil)
        #expect(chair.screen.contains("CLOSED at"))
        #expect(ended.message?.text.hasPrefix("Done: closed the meeting") == true)
        #expect(chair.frames.count > chairKeys.count / 2 && chair.frames.count <= chairKeys.count + 1, "a frame after each key that changed something")
    }

    @Test("V5: the projector on the same loop shape follows what the console records")
    func projector() throws {
        let source = MemorySource(log: MeetingLog(constitution: ShippedConstitution.hnbELG.constitution))
        let time = clock()
        _ = source.perform(.openMeeting(MeetingDetails(title: "ELG", date: CalendarDay("2019-10-01")!, place: "", clerk: "")), by: .chair, at: time())
        let screen = MemoryTerminal(width: 120, height: 40, keys: [.character("?"), .escape, .character("q")])
        let model = ProjectorRuntime(terminal: screen, source: source, voteDisplay: .live, clock: time).run()
        #expect(!model.showHelp)
        #expect(screen.frames.contains { $0.lines.joined().contains("vote display") }, "? showed the projector's keys")
        #expect(screen.screen.contains("0 of 9 seats represented, 5 needed"), "the quorum panel under its block letters")
    }
}

@Suite("Search from the console")
struct ConsoleSearchTests {
    @Test("/ searches every meeting and shows what it found over the screen; any closing key goes back")
    func slash() throws {
        var log = MeetingLog(constitution: ShippedConstitution.hnbELG.constitution)
        let at = Date(timeIntervalSince1970: 1_569_933_900)
        try log.perform(.openMeeting(MeetingDetails(title: "ELG", date: CalendarDay("2019-10-01")!, place: "", clerk: "")), by: .chair, at: at)
        try log.perform(.note(MinuteText(item: nil, text: "Transport budget agreed")), by: .clerk, at: at)
        let source = MemorySource(log: log)
        let keys: [Key] = [.character("/")] + "budget".map { .character($0) } + [.enter]
        let terminal = MemoryTerminal(keys: keys + [.escape, .character("q")])
        let ended = ConsoleRuntime(terminal: terminal, source: source, role: .clerk).run()
        #expect(terminal.frames.contains { $0.lines.joined().contains("Search \"budget\": 1 found") })
        #expect(terminal.frames.contains { $0.lines.joined().contains("note: Transport budget agreed") })
        #expect(ended.mode == .browse, "Esc closed the results")
    }

    @Test("V5: a corrected entry is found with how it reads now, as gavel search shows it; an undone one is not found; the count is of results")
    func correctedAndUndone() throws {
        var session = try ConsoleDriver(role: .clerk)
        try session.elsewhere(.note(MinuteText(item: nil, text: "Transport budget agreed")), by: .clerk)
        let noted = session.log.events.last!.sequence
        try session.elsewhere(.correct(Correction(target: noted, text: "Transport budget deferred")), by: .clerk)
        try session.elsewhere(.note(MinuteText(item: nil, text: "Budget line typed in error")), by: .clerk)
        try session.elsewhere(.undoLastAction(first: session.log.events.last!.sequence), by: .clerk)
        session.type("search budget")
        let screen = session.screenText
        #expect(screen.contains("Search \"budget\": 2 found"), "the note and the correction itself, not a line each: \(screen)")
        #expect(screen.contains("corrected (C1); now reads: Transport budget deferred"), "\(screen)")
        #expect(!screen.contains("typed in error"), "an undone note is not found")
        let rows = screen.split(separator: "\n")
        let hit = try #require(rows.first { $0.contains("note: Transport budget agreed") })
        let corrected = try #require(rows.first { $0.contains("corrected (C1)") })
        #expect(corrected.firstRange(of: "corrected")!.lowerBound.utf16Offset(in: corrected) > hit.firstRange(of: "meeting 1")!.lowerBound.utf16Offset(in: hit), "set in under its hit")
    }

    @Test("a search the record could not run says so, worded by the model, rather than look like nothing found")
    func failedSearch() throws {
        var session = try ConsoleDriver(role: .clerk)
        _ = session.model.update(.found(query: "budget", .failed(reason: "database disk image is malformed")))
        #expect(session.model.mode == .results)
        #expect(session.screenText.contains("The search failed: database disk image is malformed"))
        #expect(session.screenText.contains("Search \"budget\": not done"), "not \"1 found\": the line is no result")
    }
}
