import Foundation
import Testing

/// A whole short meeting run by a chair and a clerk, each in their own console on one record, as two people
/// at two terminals would; then the exported record is checked against what they did.
@Suite("A whole meeting, chair and clerk at once", .serialized)
struct WholeMeetingEndToEndTests {
    private func console(_ record: ScratchRecord, role: String) throws -> Tmux {
        try Tmux(width: 100, height: 30, command: "env XDG_DATA_HOME='\(record.folder)' TERM=xterm-256color LANG=C.UTF-8 '\(gavelPath)' --db '\(record.path)' --role \(role)")
    }

    /// Types a command line: `:`, the text, Enter; then waits for `expect` on the screen.
    private func command(_ tmux: Tmux, _ text: String, expect: String, _ comment: Comment? = nil) throws {
        try tmux.send(":")
        try tmux.type(text)
        try tmux.send("Enter")
        #expect(tmux.waitFor(expect) != nil, comment ?? "after \(text), expected \(expect):\n\(tmux.screen.joined(separator: "\n"))")
    }

    /// Presses `key`, then waits for `expect`.
    private func press(_ tmux: Tmux, _ key: String, expect: String) throws {
        try tmux.send(key)
        #expect(tmux.waitFor(expect) != nil, "after \(key), expected \(expect):\n\(tmux.screen.joined(separator: "\n"))")
    }

    /// Fills in a command the console drafted on the command line: the first field where the cursor is,
    /// each next one after Tab, which moves to the draft's next empty field; then Enter.
    private func fill(_ tmux: Tmux, _ fields: [String], expect: String) throws {
        for (index, field) in fields.enumerated() {
            if index > 0 { try tmux.send("Tab") }
            if !field.isEmpty { try tmux.type(field) }
        }
        try tmux.send("Enter")
        #expect(tmux.waitFor(expect) != nil, "after filling in \(fields):\n\(tmux.screen.joined(separator: "\n"))")
    }

    @Test("A1–A4, Q2, Q3, V1, V2, N2, N3: roll call with a proxy and a late arrival, a motion carried, one lost on a tie, quorum lost and regained, an action and a risk")
    func wholeMeeting() throws {
        let record = ScratchRecord()
        #expect(try runChild(gavelPath, ["new", "--db", record.path]).status == 0)
        let clerk = try console(record, role: "clerk")
        let chair = try console(record, role: "chair")
        #expect(clerk.waitFor("NOT QUORATE 0/9") != nil)
        #expect(chair.waitFor("NOT QUORATE 0/9") != nil)

        // Roll call: the first row by key, the rest typed; Special Schools by its proxy (A2).
        try press(clerk, "a", expect: "NOT QUORATE 1/9")
        for (person, count) in [("primary-schools.rep", 2), ("secondary-schools.rep", 3), ("special-schools.proxy", 4)] {
            try command(clerk, "arrive \(person)", expect: "NOT QUORATE \(count)/9")
        }
        try command(clerk, "arrive finance.rep", expect: "QUORATE 5/9")
        #expect(chair.waitFor("QUORATE 5/9", seconds: 2) != nil, "the chair's console did not follow the clerk's")

        // Setup by the chair: open the meeting, add an item with its time, make it current.
        try press(chair, "2", expect: "[2 Agenda]")
        try press(chair, "s", expect: ":open \"ELG meeting 1\"")
        try fill(chair, ["Civic Offices"], expect: "Done: opened the meeting \"ELG meeting 1\"")
        try press(chair, "i", expect: ":item add \"")
        try fill(chair, ["Banding proposal", "20"], expect: "Done: added agenda item 1 \"Banding proposal\"")
        try press(chair, "Enter", expect: "Item 1: Banding proposal")

        // A late arrival, after the meeting opened (A1).
        try command(clerk, "arrive post-16-19-colleges.rep", expect: "QUORATE 6/9")

        // M1: carried 4–1 with an abstention.
        try press(chair, "3", expect: "[3 Motion and vote]")
        try press(chair, "m", expect: ":motion \"")
        try fill(chair, ["That the banding model be adopted", "", "HNB Review"], expect: "Motion M1")  // the text, the mover as drafted, the rationale
        try press(chair, "o", expect: "VOTE OPEN")
        for (key, expected) in [("y", "For 1"), ("y", "For 2"), ("y", "For 3"), ("y", "For 4"), ("n", "Against 1"), ("b", "Abstain 1")] {
            try press(chair, key, expect: expected)
        }
        try press(chair, "c", expect: "CARRIED: 4 for, 1 against")
        try press(clerk, "3", expect: "CARRIED: 4 for, 1 against")

        // M2: tied 3–3, not carried (V2).
        try press(chair, "m", expect: ":motion \"")
        try fill(chair, ["That transport be reviewed"], expect: "Motion M2")
        try press(chair, "o", expect: "VOTE OPEN")
        for (key, expected) in [("y", "For 1"), ("y", "For 2"), ("y", "For 3"), ("n", "Against 1"), ("n", "Against 2"), ("n", "Against 3")] {
            try press(chair, key, expect: expected)
        }
        try press(chair, "c", expect: "NOT CARRIED: tied 3–3")

        // Quorum lost and regained (Q3), seen at both terminals.
        try command(clerk, "leave finance.rep", expect: "QUORATE 5/9")
        try command(clerk, "leave post-16-19-colleges.rep", expect: "NOT QUORATE 4/9")
        #expect(chair.waitFor("NOT QUORATE 4/9", seconds: 2) != nil)
        try command(clerk, "arrive finance.rep", expect: "QUORATE 5/9")
        #expect(chair.waitFor("QUORATE 5/9", seconds: 2) != nil)

        // The clerk minutes an action and a risk from the minutes screen (N2, N3).
        try press(clerk, "4", expect: "[4 Minutes]")
        try press(clerk, "a", expect: ":action \"")
        try fill(clerk, ["Consult schools on the bands", "Dee People", "2019-11-01"], expect: "Action A1.1: Consult schools on the bands")
        try press(clerk, "r", expect: ":risk \"")
        try fill(clerk, ["Schools object to the bands", "Chair", "high"], expect: "Risk R1.1 [high]")
        // Undo this terminal's last action (V5): the risk goes; the journal keeps it and the undo.
        try press(clerk, "u", expect: "Undone: recorded risk R1.1 \"Schools object to the bands\".")
        #expect(clerk.screen.allSatisfy { !$0.contains("Risk R1.1 [high]") }, "the undone risk is still on the minutes screen")
        try press(clerk, "r", expect: ":risk \"")
        try fill(clerk, ["Schools object to the bands", "Chair", "medium"], expect: "[medium]")

        // A closed vote is never reopened, only corrected (V5).
        try command(chair, "vote open M2", expect: "Motion M2 has been voted on")
        // The refused line stays on the command line to be put right; Escape leaves it.
        #expect(chair.screen.contains { $0.hasPrefix(":vote open M2") })
        try press(chair, "Escape", expect: "[3 Motion and vote]")

        try press(chair, "q", expect: "FINISHED")
        try press(clerk, "q", expect: "FINISHED")

        // The exported record holds exactly what was done, by whom.
        let exported = try runChild(gavelPath, ["export", "--db", record.path], capture: true)
        #expect(exported.status == 0)
        let root = try #require(JSONSerialization.jsonObject(with: Data(exported.output.utf8)) as? [String: Any])
        let meeting = try #require((root["meetings"] as? [[String: Any]])?.first)
        let events = try #require(meeting["events"] as? [[String: Any]])
        func payloads(_ kind: String) -> [(author: String, body: Any)] {
            events.compactMap { event in
                guard let payload = event["payload"] as? [String: Any], let body = payload[kind] else { return nil }
                return (event["author"] as? String ?? "", body)
            }
        }
        // Seven arrivals keyed by the clerk, and the chair's own, recorded by the opening (A1).
        #expect(payloads("arrived").filter { $0.author == "clerk" }.count == 7)
        #expect(payloads("arrived").filter { $0.author == "chair" }.count == 1)
        #expect(payloads("departed").count == 2)
        #expect(payloads("voteCast").count == 12 && payloads("voteCast").allSatisfy { $0.author == "chair" })
        #expect(payloads("voteClosed").count == 2)
        #expect(payloads("actionRecorded").count == 1 && payloads("riskRecorded").count == 2 && payloads("undone").count == 1)
        #expect(payloads("meetingOpened").count == 1 && payloads("agendaItemOpened").count == 1)
        #expect((meeting["chainHead"] as? [String: Any])?["eventCount"] as? Int == events.count)
        #expect(try runChild(gavelPath, ["verify", "--db", record.path]).status == 0)
    }
}
