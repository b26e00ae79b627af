import Foundation
import GridSnapshots
import Testing
import TerminalUI

/// The example of "the console under pressure", by keys alone: a chair and a clerk at 80x24 and the
/// projector at 200x60 on one record, through every state the room must be able to see.
@Suite("The console under pressure, by keys alone", .serialized)
struct PressureEndToEndTests {
    private func press(_ tmux: Tmux, _ keys: String..., expect: String) throws {
        for key in keys { try tmux.send(key) }
        #expect(tmux.waitFor(expect) != nil, "after \(keys), expected \(expect):\n\(tmux.screen.joined(separator: "\n"))")
    }

    private func type(_ tmux: Tmux, _ text: String, expect: String) throws {
        try tmux.type(text)
        #expect(tmux.waitFor(expect) != nil, "after typing \(text), expected \(expect):\n\(tmux.screen.joined(separator: "\n"))")
    }

    /// The screen as a snapshot, with clock times masked: they are when the test ran.
    private func snapshot(_ tmux: Tmux, width: Int, height: Int, _ name: String) {
        var grid = Grid(width: width, height: height)
        for (row, line) in tmux.screen.prefix(height).enumerated() {
            let masked = line.replacingOccurrences(of: #"\b\d\d:\d\d\b"#, with: "hh:mm", options: .regularExpression)
            grid.put(masked, x: 0, y: row, limit: width, role: .normal)
        }
        expectSnapshot(grid, name)
    }

    @Test("rules V1, V5, N4, M4, A1, Q2: votes asked before an early close, undo, a correction in place, a rename, the chair named, the meeting closed everywhere, the next only when asked, and ASCII under LANG=C")
    func underPressure() throws {
        let record = ScratchRecord()
        #expect(try runChild(gavelPath, ["new", "--db", record.path]).status == 0)
        #expect(try runChild(gavelPath, ["do", "--db", record.path, "arrive early-years.rep", "arrive primary-schools.rep", "arrive secondary-schools.rep",
                                         "arrive special-schools.proxy", "arrive finance.rep", "open \"ELG\"", "item add \"Bandng proposal\" minutes=20",
                                         "item open 1", "motion \"That the banding model be adopted\""]).status == 0)
        let environment = "env XDG_DATA_HOME='\(record.folder)' TERM=xterm-256color LANG=C.UTF-8 '\(gavelPath)'"
        let projector = try Tmux(width: 200, height: 60, command: "\(environment) projector --db '\(record.path)'")
        let chair = try Tmux(width: 80, height: 24, command: "\(environment) --db '\(record.path)' --role chair")
        let clerk = try Tmux(width: 80, height: 24, command: "\(environment) --db '\(record.path)' --role clerk")
        #expect(chair.waitFor("QUORATE 5/9") != nil)
        #expect(clerk.waitFor("QUORATE 5/9") != nil)

        // V1: the vote goes down the room from the first seat; undo says what it took back.
        try press(chair, "3", "o", expect: "VOTE OPEN")
        try press(chair, "y", "y", "y", expect: "For 3")
        try press(chair, "u", expect: "Undone: recorded Secondary Schools for on motion M1.")
        #expect(chair.waitFor("For 2") != nil)
        // V5: closing with seats yet to vote asks, naming them; n leaves it open.
        try press(chair, "c", expect: "Close the vote with seats yet to vote?")
        // Waited for, not read at once: the title can be on screen before the rest of the box is drawn.
        #expect(chair.waitFor("Secondary Schools, Special Schools") != nil, "the question names the seats yet to vote")
        try press(chair, "n", expect: "The vote stays open.")
        try press(chair, "y", "n", "b", expect: "Abstain 1")
        try press(chair, "c", expect: "CARRIED: 3 for, 1 against")
        #expect(projector.waitFor("3 for, 1 against: a majority of votes cast") != nil)
        snapshot(projector, width: 200, height: 60, "projector-carried-200x60")

        // V5: a note corrected from the log, shown corrected where it stands.
        try press(clerk, "4", "n", expect: ":note \"\"")
        try type(clerk, "The EOG presented the model", expect: ":note \"The EOG presented the model\"")
        try press(clerk, "Enter", expect: "Note: The EOG presented the model")
        try press(clerk, "6", "C", expect: ":correct")
        try type(clerk, " and its rationale", expect: "and its rationale\"")
        try press(clerk, "Enter", expect: "Done: corrected event")
        #expect(clerk.waitFor("(corrected, see C1) minuted a note") != nil, "the log marks the corrected event")
        try press(clerk, "4", expect: "Note: The EOG presented the model and its rationale (corrected, see C1)")

        // The chair puts the item's title right from the agenda.
        try press(chair, "2", "R", expect: ":item rename 1 \"Bandng proposal\"")
        for _ in 0..<11 { try chair.send("BSpace") }
        try type(chair, "ing proposal", expect: "\"Banding proposal\"")
        try press(chair, "Enter", expect: "Done: renamed agenda item 1 \"Banding proposal\"")

        // M4: the clerk names the chair from the roll call; every state of presence has its mark.
        try press(clerk, "1", expect: "[1 Roll call]")
        // Waited for, not read at once: the screen's name can be drawn before its rows.
        let marks = clerk.waitUntil(seconds: 5) { lines in
            let roll = lines.joined(separator: "\n")
            return roll.contains("✓ as proxy") && roll.contains("· absent") && roll.contains("✓ here")
        }
        #expect(marks != nil, "\(clerk.screen.joined(separator: "\n"))")
        for _ in 0..<18 { try clerk.send("j") }
        try press(clerk, "N", expect: ":name chair \"\"")
        try type(clerk, "Zoe Ward", expect: "\"Zoe Ward\"")
        try press(clerk, "Enter", expect: "Done: named Chair \"Zoe Ward\"")
        snapshot(clerk, width: 80, height: 24, "clerk-roll-80x24")

        // The end of the meeting: asked, then CLOSED at every terminal; the next meeting only when asked.
        try press(chair, "X", expect: "Close the meeting?")
        try press(chair, "y", expect: "CLOSED at")
        #expect(clerk.waitFor("CLOSED at") != nil, "the clerk's console did not show the close")
        #expect(projector.waitFor("The meeting closed at") != nil, "the projector did not show the close")
        snapshot(chair, width: 80, height: 24, "chair-closed-80x24")
        snapshot(projector, width: 200, height: 60, "projector-closed-200x60")
        try press(chair, "M", expect: "Start the next meeting?")
        try press(chair, "y", expect: "Meeting 2 started")
        #expect(chair.waitFor("ELG meeting 2") != nil)

        // LANG=C: the closed meeting, opened for corrections, drawn in ASCII.
        let plain = try Tmux(width: 80, height: 24, command: "env XDG_DATA_HOME='\(record.folder)' TERM=vt100 LANG=C '\(gavelPath)' open 1 --db '\(record.path)' --role chair")
        #expect(plain.waitFor("CLOSED at") != nil)
        try press(plain, "3", expect: "INDICATIVE VOTE - Motion M1")
        let ascii = plain.screen.joined().unicodeScalars.allSatisfy(\.isASCII)
        #expect(ascii, "LANG=C drew a character that is not ASCII")
        for tmux in [plain, chair, clerk, projector] {
            try tmux.send("q")
            #expect(tmux.waitFor("FINISHED")?.contains { $0.contains("EXIT=0") } == true)
        }
        #expect(try runChild(gavelPath, ["verify", "--db", record.path]).status == 0)
    }
}
