import Foundation
import MeetingStore
import Testing

/// The projector beside a chair's console on one record, as in the room.
@Suite("The projector in tmux", .serialized)
struct ProjectorEndToEndTests {
    @Test("V1, V4: a vote cast in the console appears on the projector; keys pressed at the projector change nothing in the record")
    func followsAndNeverWrites() throws {
        let record = ScratchRecord()
        #expect(try runChild(gavelPath, ["new", "--db", record.path]).status == 0)
        #expect(try runChild(gavelPath, ["do", "--db", record.path, "arrive early-years.rep", "arrive primary-schools.rep", "arrive secondary-schools.rep",
                                         "arrive special-schools.proxy", "arrive finance.rep", "open \"ELG October\"", "item add \"Banding\" minutes=20",
                                         "item open 1", "motion \"That the banding model be adopted\"", "vote open M1"]).status == 0)
        let environment = "env XDG_DATA_HOME='\(record.folder)' TERM=xterm-256color LANG=C.UTF-8 '\(gavelPath)'"
        let projector = try Tmux(width: 100, height: 30, command: "\(environment) projector --db '\(record.path)'")
        let chair = try Tmux(width: 80, height: 24, command: "\(environment) --db '\(record.path)' --role chair")
        #expect(projector.waitFor("VOTE OPEN · yet to vote: 5") != nil)
        #expect(projector.waitFor("INDICATIVE VOTE · Motion M1") != nil)
        #expect(chair.waitFor("QUORATE 5/9") != nil)
        try chair.send("3")
        try chair.send("y")
        #expect(chair.waitFor("For 1") != nil)
        #expect(projector.waitFor("VOTE OPEN · yet to vote: 4", seconds: 2) != nil, "the projector did not follow the console")

        let before = try LiveMeeting(store: try RecordStore.open(path: record.path), number: 1).head
        for key in ["y", "n", "b", "c", "o", "u", "a", "1", "3", "Enter", "Escape", ":"] { try projector.send(key) }
        try projector.type("vote close M1\r")
        // The typed line held one v; this is the second: live, then after close, then hidden.
        try projector.send("v")
        #expect(projector.waitFor("A vote is being taken") != nil, "the projector stopped answering keys")
        // Its keys are shown only when asked for: the room does not need them.
        try projector.send("?")
        #expect(projector.waitFor("hidden until close") != nil)
        try projector.send("Escape")
        let after = try LiveMeeting(store: try RecordStore.open(path: record.path), number: 1).head
        #expect(after == before, "a key at the projector changed the record")
        try projector.send("q")
        #expect(projector.waitFor("FINISHED")?.contains { $0.contains("EXIT=0") } == true)
    }
}
