import Foundation
import Testing

@Suite("The real console in tmux", .serialized)
struct ConsoleEndToEndTests {
    static let terminals = ["xterm-256color", "linux", "vt100"]
    static let sizes = [(80, 24), (132, 43)]

    private func console(_ record: ScratchRecord, term: String = "xterm-256color", lang: String = "C.UTF-8", width: Int = 80, height: Int = 24, role: String = "clerk") throws -> Tmux {
        try Tmux(width: width, height: height, command: "env XDG_DATA_HOME='\(record.folder)' TERM=\(term) LANG=\(lang) '\(gavelPath)' --db '\(record.path)' --role \(role)")
    }

    @Test("Q2, A1: at 80x24 and 132x43 under xterm-256color, linux and vt100: keys and a typed command record arrivals, the quorum light follows, help opens, q quits and restores the terminal",
          arguments: terminals)
    func wholeLoop(term: String) throws {
        for (width, height) in Self.sizes {
            let record = ScratchRecord()
            let tmux = try console(record, term: term, width: width, height: height)
            #expect(tmux.waitFor("NOT QUORATE 0/9") != nil, "\(term) \(width)x\(height): no first frame")
            try tmux.send("a")
            #expect(tmux.waitFor("NOT QUORATE 1/9") != nil, "\(term): 'a' did not record an arrival")
            try tmux.send(":")
            try tmux.type("arrive finance.rep")
            try tmux.send("Enter")
            #expect(tmux.waitFor("NOT QUORATE 2/9") != nil, "\(term): the typed command did not run")
            #expect(tmux.waitFor("arrival (event 2).") != nil)
            try tmux.send("?")
            #expect(tmux.waitFor("show every key") != nil, "\(term): no help overlay")
            try tmux.send("Escape")
            try tmux.send("q")
            let after = tmux.waitFor("FINISHED")
            #expect(after?.contains { $0.contains("EXIT=0") } == true, "\(term): did not quit cleanly")
            #expect(after?.contains { $0.contains("icanon echo") } == true, "\(term): terminal left in raw mode")
            // Closed cleanly: the watcher's connection went before the writer's, which took its log with it.
            for leftover in ["-wal", "-shm"] {
                #expect(!FileManager.default.fileExists(atPath: record.path + leftover), "\(term): \(leftover) left beside the record")
            }
        }
    }

    @Test("a refusal is shown, not a crash: the clerk cannot open a vote")
    func refusal() throws {
        let record = ScratchRecord()
        let tmux = try console(record)
        tmux.waitFor("NOT QUORATE")
        try tmux.send(":")
        try tmux.type("vote open M1")
        try tmux.send("Enter")
        #expect(tmux.waitFor("Opening a vote is the chair's action, not the clerk's.") != nil)
    }

    @Test("below 80x24 it asks for a larger window, and lays out again when given one")
    func smallWindow() throws {
        let record = ScratchRecord()
        let tmux = try console(record, width: 70, height: 20)
        #expect(tmux.waitFor("Enlarge the window to 80x24 (it is 70x20)") != nil)
        try tmux.resize(width: 100, height: 30)
        #expect(tmux.waitFor("NOT QUORATE 0/9") != nil)
    }

    @Test("LANG=C falls back to ASCII with a one-line warning")
    func asciiLocale() throws {
        let record = ScratchRecord()
        let tmux = try console(record, lang: "C")
        #expect(tmux.waitFor("Non-UTF-8 locale: ASCII only.") != nil)
    }

    @Test("SIGINT (Ctrl-C) restores the terminal; everything acknowledged is kept")
    func interrupt() throws {
        let record = ScratchRecord()
        let tmux = try console(record)
        tmux.waitFor("NOT QUORATE 0/9")
        try tmux.send("a")
        tmux.waitFor("NOT QUORATE 1/9")
        try tmux.send("C-c")
        let after = tmux.waitFor("FINISHED")
        #expect(after?.contains { $0.contains("EXIT=130") } == true)
        #expect(after?.contains { $0.contains("icanon echo") } == true)
        let again = try console(record)
        #expect(again.waitFor("NOT QUORATE 1/9") != nil, "the arrival acknowledged before Ctrl-C was lost")
    }

    @Test("a change made by another process appears in the console without a key being pressed")
    func otherTerminal() throws {
        let record = ScratchRecord()
        let tmux = try console(record)
        tmux.waitFor("NOT QUORATE 0/9")
        #expect(try runChild(gavelPath, ["do", "--db", record.path, "arrive finance.rep", "arrive special-schools.rep"]).status == 0)
        #expect(tmux.waitFor("NOT QUORATE 2/9", seconds: 2) != nil)
    }
}

@Suite("The console survives being killed", .serialized)
struct ConsoleCrashTests {
    private func gavel(_ arguments: [String]) throws -> Int32 {
        try runChild(gavelPath, arguments).status
    }

    @Test("V1, A4: SIGKILL mid-vote, restart, and the vote is as it was: open, with the votes acknowledged")
    func killMidVote() throws {
        let record = ScratchRecord()
        #expect(try gavel(["new", "--db", record.path]) == 0)
        #expect(try gavel(["do", "--db", record.path, "arrive early-years.rep", "arrive primary-schools.rep", "arrive secondary-schools.rep",
                           "arrive special-schools.proxy", "arrive finance.rep", "open \"ELG\"", "motion \"That the banding model be adopted\""]) == 0)
        let first = try Tmux(width: 80, height: 24, command: "env XDG_DATA_HOME='\(record.folder)' TERM=xterm-256color LANG=C.UTF-8 '\(gavelPath)' --db '\(record.path)' --role chair")
        #expect(first.waitFor("QUORATE 5/9") != nil)
        try first.send("3")
        try first.send("o")
        #expect(first.waitFor("VOTE OPEN") != nil)
        try first.send("y")
        #expect(first.waitFor("For 1") != nil)
        try first.send("n")
        #expect(first.waitFor("Against 1") != nil)
        // Kill the console itself, not the shell around it: no chance to clean up.
        try runChild("/usr/bin/env", ["pkill", "-KILL", "-f", "\(gavelPath) --db \(record.path) --role chair"])
        #expect(first.waitFor("EXIT=137") != nil, "the console was not killed")
        let second = try Tmux(width: 80, height: 24, command: "env XDG_DATA_HOME='\(record.folder)' TERM=xterm-256color LANG=C.UTF-8 '\(gavelPath)' --db '\(record.path)' --role chair")
        #expect(second.waitFor("QUORATE 5/9") != nil)
        try second.send("3")
        #expect(second.waitFor("VOTE OPEN   For 1   Against 1") != nil, "the open vote did not come back as it was")
        #expect(try gavel(["verify", "--db", record.path]) == 0)
    }
}
