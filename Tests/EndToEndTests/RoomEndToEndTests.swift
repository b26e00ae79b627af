import Foundation
import Testing

/// Issue #24: a meeting run by keys as a newcomer would, following the README, at 80x24, with a chair's
/// console, a clerk's console and the projector on one record.
@Suite("#24: the console in a real room", .serialized)
struct RoomEndToEndTests {
    private func press(_ tmux: Tmux, _ key: String, expect: String) throws {
        try tmux.send(key)
        #expect(tmux.waitFor(expect) != nil, "after \(key), expected \(expect):\n\(tmux.screen.joined(separator: "\n"))")
    }

    private func fill(_ tmux: Tmux, _ fields: [String], expect: String) throws {
        for (index, field) in fields.enumerated() {
            if index > 0 { try tmux.send("Tab") }
            try tmux.type(field)
        }
        try tmux.send("Enter")
        #expect(tmux.waitFor(expect) != nil, "after filling in \(fields):\n\(tmux.screen.joined(separator: "\n"))")
    }

    @Test("#24, A1, N4: roll call after the opening minutes nobody late; a key pressed blind records nothing; public again asks; the next meeting is followed by the clerk and the projector")
    func roomByKeys() throws {
        let record = ScratchRecord()
        #expect(try runChild(gavelPath, ["new", "--db", record.path]).status == 0)
        let environment = "env XDG_DATA_HOME='\(record.folder)' TERM=xterm-256color LANG=C.UTF-8 '\(gavelPath)'"
        let chair = try Tmux(width: 80, height: 24, command: "\(environment) --db '\(record.path)' --role chair")
        let clerk = try Tmux(width: 80, height: 24, command: "\(environment) --db '\(record.path)' --role clerk")
        let projector = try Tmux(width: 80, height: 24, command: "\(environment) projector --db '\(record.path)'")
        #expect(clerk.waitFor("NOT QUORATE 0/9") != nil)

        // The README's order: the chair opens the meeting, then the clerk takes the roll (A1).
        try press(chair, "2", expect: "[2 Agenda]")
        try press(chair, "s", expect: ":open \"ELG meeting 1\"")
        try fill(chair, ["Civic Offices"], expect: "Done: opened the meeting")
        #expect(clerk.waitFor("Roll call at the opening, until the first item is taken: nobody is late (A1).") != nil)
        // Each seat has two rows, its representative's then its proxy's: the clerk marks five representatives.
        for _ in 0..<5 {
            try clerk.send("a")
            try clerk.send("Down", "Down")
        }
        #expect(clerk.waitFor("QUORATE 5/9") != nil, "\(clerk.screen.joined(separator: "\n"))")

        // A blind key: at 60x20 the clerk's a records nothing and says why.
        try clerk.resize(width: 60, height: 20)
        #expect(clerk.waitFor("Enlarge the window to 80x24") != nil)
        try press(clerk, "a", expect: "did nothing")
        try clerk.resize(width: 80, height: 24)
        #expect(clerk.waitFor("QUORATE 5/9") != nil, "the blind a recorded an arrival:\n\(clerk.screen.joined(separator: "\n"))")

        // A confidential item made public again asks first, naming who will see it (N4).
        try chair.send(":")
        try chair.type("item add \"Individual placement\" minutes=10 confidential")
        try chair.send("Enter")
        #expect(chair.waitFor("Done: added agenda item 1") != nil)
        try press(chair, "x", expect: "Make item 1 public again?")
        #expect(projector.screen.allSatisfy { !$0.contains("Individual placement") }, "the projector showed the title before the answer")
        try press(chair, "n", expect: "Item 1 stays confidential.")
        try press(chair, "x", expect: "Make item 1 public again?")
        try press(chair, "y", expect: "Done:")

        // The chair closes the meeting and starts the next; the clerk and the projector follow.
        try press(chair, "X", expect: "Close the meeting?")
        try press(chair, "y", expect: "CLOSED")
        #expect(projector.waitFor("CLOSED") != nil)
        try press(chair, "M", expect: "Start the next meeting?")
        try press(chair, "y", expect: "Meeting 2 started")
        #expect(clerk.waitFor("ELG meeting 2") != nil, "the clerk stayed on the closed meeting:\n\(clerk.screen.joined(separator: "\n"))")
        #expect(clerk.waitFor("meeting 2 has started") != nil)
        #expect(projector.waitFor("ELG meeting 2") != nil, "the projector stayed on the closed meeting:\n\(projector.screen.joined(separator: "\n"))")
        #expect(projector.waitFor("The meeting has not yet opened") != nil)

        try press(chair, "q", expect: "FINISHED")
        try press(clerk, "q", expect: "FINISHED")
        projector.kill()

        // Nobody at the roll call is minuted late; the chair who opened is present.
        let minutes = try runChild(gavelPath, ["minutes", "--db", record.path, "--meeting", "1"], capture: true)
        #expect(minutes.status == 0, "\(minutes.output)")
        #expect(!minutes.output.lowercased().contains("late"), "\(minutes.output)")
        #expect(!minutes.output.contains("Minutes of the previous meeting"))
        // The quorum at the opening counts the roll taken then (A1, Q3): no "Not quorate" line for the clerk's progress.
        #expect(!minutes.output.contains("Not quorate"), "\(minutes.output)")
        #expect(minutes.output.contains("Quorate: 5 of 9"), "\(minutes.output)")
    }

    @Test("#24: a console opened on an earlier meeting by its number stays there when the next meeting starts")
    func openedByNumberStays() throws {
        let record = ScratchRecord()
        #expect(try runChild(gavelPath, ["new", "--db", record.path]).status == 0)
        #expect(try runChild(gavelPath, ["do", "--db", record.path, "open \"ELG October\"", "close"]).status == 0)
        #expect(try runChild(gavelPath, ["new", "--db", record.path]).status == 0)
        let environment = "env XDG_DATA_HOME='\(record.folder)' TERM=xterm-256color LANG=C.UTF-8 '\(gavelPath)'"
        let latest = try Tmux(width: 80, height: 24, command: "\(environment) --db '\(record.path)' --role clerk")
        let earlier = try Tmux(width: 80, height: 24, command: "\(environment) open 1 --db '\(record.path)' --role clerk")
        #expect(latest.waitFor("ELG meeting 2") != nil)
        #expect(earlier.waitFor("ELG meeting 1") != nil)
        // The notice wraps at 80 columns; its words are matched across the lines.
        #expect(earlier.waitUntil(seconds: 5) { $0.joined(separator: " ").contains("Meeting 2 is the newest") } != nil,
                "a console on an earlier meeting says which is the newest:\n\(earlier.screen.joined(separator: "\n"))")
        #expect(try runChild(gavelPath, ["do", "--db", record.path, "open \"ELG November\"", "close"]).status == 0)
        #expect(try runChild(gavelPath, ["new", "--db", record.path]).status == 0)
        #expect(latest.waitFor("ELG meeting 3") != nil, "the console on the latest meeting follows:\n\(latest.screen.joined(separator: "\n"))")
        #expect(earlier.waitUntil(seconds: 1) { screen in !screen.contains { $0.contains("ELG meeting 1") } } == nil,
                "the console opened on meeting 1 left it:\n\(earlier.screen.joined(separator: "\n"))")
        // M on the earlier meeting's agenda goes to the newest, saying it was already started, with no question.
        try earlier.send("2")
        try earlier.send("M")
        #expect(earlier.waitUntil(seconds: 5) { $0.joined(separator: " ").contains("Meeting 3 had already been started") } != nil,
                "\(earlier.screen.joined(separator: "\n"))")
        #expect(earlier.screen.first?.contains("ELG meeting 3") == true)
        // Having gone to the newest, it follows the series from there, as a console on the newest does.
        #expect(try runChild(gavelPath, ["do", "--db", record.path, "open \"ELG December\"", "close"]).status == 0)
        #expect(try runChild(gavelPath, ["new", "--db", record.path]).status == 0)
        #expect(earlier.waitFor("ELG meeting 4") != nil, "after M the console did not follow:\n\(earlier.screen.joined(separator: "\n"))")
        try earlier.send("q")
        try latest.send("q")
    }
}
