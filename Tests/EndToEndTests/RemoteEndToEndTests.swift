import Foundation
import Testing

/// Everyone at their own terminal: the real OpenSSH server and client on loopback, `gavel keys authorized`
/// as the server's authorized_keys, and each participant's own key deciding what opens.
@Suite("Everyone at their own terminal, over SSH", .serialized,
       .enabled(if: SSHServer.isInstalled || ProcessInfo.processInfo.environment["CI"] != nil, "needs openssh-server and openssh-client"))
struct RemoteEndToEndTests {
    /// A record whose keys are the chair's, the clerk's, the projector's and those of `members`.
    private struct Host {
        let record = ScratchRecord()
        /// With a space, so the forced command's quoting is tried by sshd's shell.
        var path: String { record.folder + "/sutton elg.gavel" }
        let server: SSHServer

        init(members: [String], stale: [String] = []) throws {
            server = try SSHServer(dataFolder: record.folder)
            #expect(try runChild(gavelPath, ["new", "--db", path]).status == 0)
            // Keys are for named people (#23): the chair is named, each member appointed to their place
            // ("finance-proxy" as the finance seat's proxy), and their key added by name.
            let appointments = (members + stale).map { id in
                let cut = id.range(of: "-", options: .backwards)!
                return "appoint \(id[..<cut.lowerBound]) \(id[cut.upperBound...]) \"\(Self.name(of: id))\""
            }
            let named = try runChild(gavelPath, ["do", "--db", path, "name chair \"Ann Chair\""] + appointments, captureErrors: true)
            #expect(named.status == 0, "\(named.output)")
            var holders = [("chair", "chair"), ("clerk", "clerk"), ("projector", "projector")]
            holders += (members + stale).map { ($0, Self.name(of: $0)) }
            for (name, holder) in holders {
                let added = try runChild(gavelPath, ["keys", "add", "--db", path, holder, try server.makeKey(name)] + (holder == "clerk" ? ["--name", "Kim Clerk"] : []), captureErrors: true)
                #expect(added.status == 0, "\(added.output)")
            }
            let lines = try runChild(gavelPath, ["keys", "authorized", "--db", path], capture: true)
            try lines.output.write(toFile: server.authorizedKeys, atomically: true, encoding: .utf8)
            // Removed after authorized_keys was written: sshd still lets the key in, the record does not.
            for name in stale { #expect(try runChild(gavelPath, ["keys", "remove", "--db", path, Self.name(of: name)]).status == 0) }
        }

        /// The name a member is appointed under: "Member finance-proxy".
        static func name(of id: String) -> String { "Member " + id }

        func terminal(_ name: String, width: Int = 100, height: Int = 30) throws -> Tmux {
            try Tmux(width: width, height: height, command: "env LANG=C.UTF-8 TERM=xterm-256color " + server.shellCommand(name))
        }

        /// Runs ssh without a terminal, as a script would; standard error with standard output.
        func request(_ name: String, _ request: String = "") throws -> (status: Int32, output: String) {
            let command = server.sshCommand(name, terminal: false, request: request)
            return try runChild(command[0], Array(command.dropFirst()), captureErrors: true)
        }

        var head: String { (try? runChild(gavelPath, ["verify", "--db", path], capture: true).output) ?? "" }

        func export() throws -> [[String: Any]] {
            let exported = try runChild(gavelPath, ["export", "--db", path], capture: true)
            let root = try #require(JSONSerialization.jsonObject(with: Data(exported.output.utf8)) as? [String: Any])
            return try #require((root["meetings"] as? [[String: Any]])?.last?["events"] as? [[String: Any]])
        }

        func fingerprint(_ name: String) throws -> String {
            String(try runChild("/usr/bin/ssh-keygen", ["-l", "-E", "sha256", "-f", server.privateKey(name) + ".pub"], capture: true).output.split(separator: " ")[1])
        }
    }

    private func command(_ tmux: Tmux, _ text: String, expect: String) throws {
        try tmux.send(":")
        try tmux.type(text)
        try tmux.send("Enter")
        #expect(tmux.waitFor(expect) != nil, "after \(text), expected \(expect):\n\(tmux.screen.joined(separator: "\n"))")
    }

    private func press(_ tmux: Tmux, _ key: String, expect: String, seconds: Double = 5) throws {
        try tmux.send(key)
        #expect(tmux.waitFor(expect, seconds: seconds) != nil, "after \(key), expected \(expect):\n\(tmux.screen.joined(separator: "\n"))")
    }

    @Test("A2, V1, V4, M4: chair, clerk, projector and three members at once; members vote from their own ballots, the projector and the chair see it, the log and the export say who with which key")
    func meetingOverSSH() throws {
        let members = ["early-years-representative", "primary-schools-representative", "secondary-schools-representative"]
        let host = try Host(members: members + ["early-years-proxy"])
        let clerk = try host.terminal("clerk")
        let chair = try host.terminal("chair")
        let projector = try host.terminal("projector", width: 120, height: 36)
        let ballots = try members.map { try host.terminal($0, width: 80, height: 24) }
        #expect(clerk.waitFor("clerk") != nil && chair.waitFor("chair") != nil, "consoles did not open:\n\(chair.screen.joined(separator: "\n"))")
        for ballot in ballots { #expect(ballot.waitFor("No vote is open") != nil, "\(ballot.screen.joined(separator: "\n"))") }

        // The clerk marks five seats present; the chair opens the meeting and puts a motion to the vote.
        for (index, seat) in ["early-years", "primary-schools", "secondary-schools", "special-schools", "finance"].enumerated() {
            try command(clerk, "arrive \(seat).rep", expect: index == 4 ? "QUORATE 5/9" : "NOT QUORATE \(index + 1)/9")
        }
        try command(chair, "open \"ELG meeting 1\" place=\"Civic Offices\"", expect: "Done: opened the meeting")
        try press(chair, "3", expect: "[3 Motion and vote]")
        try command(chair, "motion \"That the banding model be adopted\" mover=EOG", expect: "Motion M1")
        try press(chair, "o", expect: "VOTE OPEN")
        #expect(projector.waitFor("VOTE OPEN · yet to vote: 5") != nil, "\(projector.screen.joined(separator: "\n"))")

        // Each member votes at their own terminal; the projector follows.
        for (ballot, (key, word)) in zip(ballots, [("y", "FOR"), ("y", "FOR"), ("n", "AGAINST")]) {
            #expect(ballot.waitFor("INDICATIVE VOTE · Motion M1") != nil)
            #expect(ballot.waitFor("as its representative (A2)") != nil)
            try press(ballot, key, expect: "Recorded: \(word) on motion M1.")
        }
        #expect(projector.waitFor("VOTE OPEN · yet to vote: 2") != nil, "the projector did not show the members' votes:\n\(projector.screen.joined(separator: "\n"))")
        #expect(chair.waitFor("FOR (own)") != nil && chair.waitFor("AGAINST (own)") != nil, "\(chair.screen.joined(separator: "\n"))")

        // A proxy whose representative is present sees why; their keys record nothing (A2).
        try command(clerk, "arrive early-years.proxy", expect: "Done: ")
        let proxy = try host.terminal("early-years-proxy", width: 80, height: 24)
        #expect(proxy.waitFor("You cannot vote on this motion") != nil, "\(proxy.screen.joined(separator: "\n"))")
        let before = host.head
        try press(proxy, "y", expect: "already represented by its representative")
        // A member's terminal has no chair's keys; the projector has no vote keys.
        for key in ["c", ":", "X", "u"] { try ballots[0].send(key) }
        for key in ["y", "n", "b", ":", "c"] { try projector.send(key) }
        Thread.sleep(forTimeInterval: 0.5)
        #expect(host.head == before, "a member's or the projector's keys changed the record")

        // A member's connection drops as soon as their vote is acknowledged: nothing is lost, and on
        // connecting again they see the vote they cast.
        ballots[2].kill()
        #expect(try host.export().contains { ($0["by"] as? [String: Any])?["key"] as? String == (try? host.fingerprint(members[2])) })
        let again = try host.terminal(members[2], width: 80, height: 24)
        #expect(again.waitFor("Your vote: AGAINST") != nil, "\(again.screen.joined(separator: "\n"))")

        // The window is resized: the console lays out again at the new size.
        try chair.resize(width: 140, height: 40)
        let wide = chair.waitUntil { lines in lines.count >= 40 && lines[0].trimmingCharacters(in: .whitespaces).count > 100 }
        #expect(wide != nil, "the console did not lay out again at 140x40:\n\(chair.screen.joined(separator: "\n"))")

        // The log says who made each event, and with which key.
        try press(chair, "6", expect: "[6 Log]")
        #expect(chair.waitFor("· by Kim Clerk, key SHA256:") != nil, "\(chair.screen.joined(separator: "\n"))")
        #expect(chair.waitFor("for on motion M1  · by Member early-years-representative, key SHA256:") != nil, "\(chair.screen.joined(separator: "\n"))")

        let events = try host.export()
        let ballotsCast = events.filter { ($0["payload"] as? [String: Any])?["voteCast"] != nil }
        #expect(ballotsCast.count == 3 && ballotsCast.allSatisfy { $0["author"] as? String == "member" })
        let keysUsed = Set(ballotsCast.compactMap { ($0["by"] as? [String: Any])?["key"] as? String })
        let memberKeys = Set(try members.map(host.fingerprint))
        #expect(keysUsed == memberKeys)
        // The clerk's arrivals; the chair's own arrival is recorded by the opening, with the chair's key (A1).
        let arrivals = events.filter { ($0["payload"] as? [String: Any])?["arrived"] != nil && $0["author"] as? String == "clerk" }
        let clerkKey = try host.fingerprint("clerk")
        #expect(arrivals.count == 6 && arrivals.allSatisfy { ($0["by"] as? [String: Any])?["key"] as? String == clerkKey })
    }

    @Test("an unknown key, a removed key and a request to run something else change nothing and say why; the chair signs the closed meeting, and verify checks it")
    func refusalsAndSigning() throws {
        let host = try Host(members: ["finance-representative"], stale: ["finance-proxy"])
        let stranger = try host.server.makeKey("stranger")
        #expect(!stranger.isEmpty)
        let unknown = try host.request("stranger")
        #expect(unknown.status == 255 && unknown.output.contains("Permission denied"), "\(unknown.output)")
        let removed = try host.request("finance-proxy")
        #expect(removed.status == 1 && removed.output.contains("is not let in to this meeting record"), "\(removed.output)")
        let other = try host.request("finance-representative", "sh -c 'touch /tmp/owned'")
        #expect(other.status == 1 && other.output.contains("opens Gavel only"), "\(other.output)")
        let hostile = try host.request("finance-representative", "\u{1B}]0;owned\u{07}")
        #expect(hostile.status == 1 && !hostile.output.contains("\u{1B}") && hostile.output.contains("^["), "what a client asks to run is never echoed raw")
        let noTerminal = try host.request("chair")
        #expect(noTerminal.status == 1 && noTerminal.output.contains("connect with ssh -t"))
        #expect(try host.request("finance-representative", "head").output.contains("Only the chair signs"))
        // On the host itself a member's role is not to be had either: a ballot comes only with a key.
        let console = try runChild(gavelPath, ["console", "--db", host.path, "--role", "member"], captureErrors: true)
        #expect(console.status != 0 && console.output.contains("A member votes from their own ballot"), "\(console.output)")

        // A short meeting, run on the host, closed; the chair signs its head from their own machine.
        let script = ["open \"ELG\"", "arrive finance.rep", "note \"Apologies were noted\"", "close"]
        #expect(try runChild(gavelPath, ["do", "--db", host.path] + script).status == 0)
        let head = try host.request("chair", "head")
        #expect(head.status == 0 && head.output.hasPrefix("gavel minutes\nmeeting 1\nevents 8\nhead "), "\(head.output)")
        let sign = "set -o pipefail; \(host.server.sshCommand("chair", terminal: false, request: "head").map { "'\($0)'" }.joined(separator: " ")) "
            + "| /usr/bin/ssh-keygen -q -Y sign -n gavel-minutes -f '\(host.server.privateKey("chair"))' "
            + "| \(host.server.sshCommand("chair", terminal: false, request: "sign").map { "'\($0)'" }.joined(separator: " "))"
        let signed = try runChild("/bin/bash", ["-c", sign], captureErrors: true)
        #expect(signed.status == 0 && signed.output.contains("Meeting 1 signed"), "\(signed.output)")
        let verified = try runChild(gavelPath, ["verify", "--db", host.path], capture: true)
        let chairKey = try host.fingerprint("chair")
        #expect(verified.status == 0 && verified.output.contains("minutes signed at event 8 — ok, by the chair's key \(chairKey)"), "\(verified.output)")
        // The signature covers the key journal as it stood (#23): every entry before it; the signature's own
        // entry, the last, rests on the file alone, and verify says so.
        #expect(verified.output.contains("keys: 7 entries; 1–6 covered by the chair's signature; entry 7 NOT PROVEN beyond this file"), "\(verified.output)")
        let withKey = try runChild(gavelPath, ["verify", "--db", host.path, "--chair-key", host.server.privateKey("chair") + ".pub"], capture: true)
        #expect(withKey.status == 0 && withKey.output.contains("(the key given)"), "\(withKey.output)")
        let otherKey = try runChild(gavelPath, ["verify", "--db", host.path, "--chair-key", host.server.privateKey("clerk") + ".pub"], capture: true)
        #expect(otherKey.status == 1 && otherKey.output.contains("not by the chair's key given"), "\(otherKey.output)")
        let minutes = try runChild(gavelPath, ["minutes", "--db", host.path], capture: true).output
        #expect(minutes.contains("Signed by the chair") && minutes.contains("BEGIN SSH SIGNATURE"))
        // A member's key cannot sign, whatever it pipes in.
        let forged = "\(host.server.sshCommand("chair", terminal: false, request: "head").map { "'\($0)'" }.joined(separator: " ")) "
            + "| /usr/bin/ssh-keygen -q -Y sign -n gavel-minutes -f '\(host.server.privateKey("finance-representative"))' "
            + "| \(host.server.sshCommand("finance-representative", terminal: false, request: "sign").map { "'\($0)'" }.joined(separator: " "))"
        let refused = try runChild("/bin/bash", ["-c", forged], captureErrors: true)
        #expect(refused.status != 0 && refused.output.contains("Only the chair signs"), "\(refused.output)")
    }

    /// What a stranger's terminal must never show: the Swift runtime's backtracer or a crash report.
    private func leaks(_ screen: [String]) -> [String] {
        screen.filter { line in ["Backtrace", "backtrace", ">>>", "Program crashed", "Crash", ".swift:", "registers", "Fatal error"].contains { line.contains($0) } }
    }

    @Test("#23: Ctrl-\\ and Ctrl-C end a remote session cleanly, the terminal restored; Ctrl-Z does nothing; no backtracer, no source path, at the chair's console, a ballot or the projector")
    func controlKeysOverSSH() throws {
        let host = try Host(members: ["finance-representative"])
        let authorized = try String(contentsOfFile: host.server.authorizedKeys, encoding: .utf8)
        #expect(authorized.split(separator: "\n").allSatisfy { $0.contains("command=\"SWIFT_BACKTRACE=enable=no '") }, "\(authorized)")
        for (name, opened) in [("chair", "chair"), ("finance-representative", "No vote is open"), ("projector", "ELG")] {
            for (key, hex, status) in [("Ctrl-\\", "1c", "EXIT=131"), ("Ctrl-C", "03", "EXIT=130")] {
                let terminal = try host.terminal(name, width: 100, height: 30)
                #expect(terminal.waitFor(opened) != nil, "\(name) did not open:\n\(terminal.screen.joined(separator: "\n"))")
                // Ctrl-Z first: nothing stops, and the view still answers keys.
                try terminal.sendBytes("1a")
                Thread.sleep(forTimeInterval: 0.3)
                try terminal.send("?")
                #expect(terminal.waitUntil { screen in ["Esc", "help", "Help", "work here"].contains { screen.joined().contains($0) } } != nil,
                        "\(name): after Ctrl-Z the view did not answer ?:\n\(terminal.screen.joined(separator: "\n"))")
                try terminal.sendBytes(hex)
                let after = terminal.waitFor("FINISHED", seconds: 10)
                #expect(after?.contains { $0.contains(status) } == true, "\(name), \(key): \(terminal.screen.joined(separator: "\n"))")
                #expect(leaks(terminal.screen).isEmpty, "\(name), \(key) showed: \(leaks(terminal.screen))")
                #expect(!terminal.alternateScreen, "\(name), \(key): the terminal was left on the alternate screen")
            }
        }
        // Whatever the runtime would have said went to the log, not to the terminal; nothing crashed.
        let log = (try? String(contentsOfFile: host.record.folder + "/gavel/gavel.log", encoding: .utf8)) ?? ""
        #expect(!log.contains("Program crashed"), "\(log)")
    }
}

/// The backtracer off for every process, however it was started: gavel starts itself again with
/// SWIFT_BACKTRACE=enable=no when it was not set, before the runtime has read it.
@Suite("#23: no backtracer at the console")
struct BacktracerEndToEndTests {
    /// The environment of `pid`'s child that runs gavel, as the kernel holds it.
    private func gavelEnvironment(under shell: Int32) -> [String] {
        let children = (try? String(contentsOfFile: "/proc/\(shell)/task/\(shell)/children", encoding: .utf8)) ?? ""
        for child in children.split(separator: " ") {
            let command = (try? String(contentsOfFile: "/proc/\(child)/cmdline", encoding: .utf8)) ?? ""
            guard command.contains("gavel") else { continue }
            let data = FileManager.default.contents(atPath: "/proc/\(child)/environ") ?? Data()
            return data.split(separator: 0).map { String(decoding: $0, as: UTF8.self) }
        }
        return []
    }

    @Test("#23: the console started without SWIFT_BACKTRACE runs with the backtracer off; Ctrl-\\ ends it cleanly, the terminal restored, nothing printed")
    func consoleWithoutBacktracer() throws {
        let record = ScratchRecord()
        let tmux = try Tmux(width: 100, height: 30, command: "env -u SWIFT_BACKTRACE LANG=C.UTF-8 TERM=xterm-256color '\(gavelPath)' console --db '\(record.path)' --role clerk")
        #expect(tmux.waitFor("clerk") != nil, "\(tmux.screen.joined(separator: "\n"))")
        #expect(gavelEnvironment(under: tmux.shellPID).contains("SWIFT_BACKTRACE=enable=no"))
        try tmux.sendBytes("1c")
        let after = tmux.waitFor("FINISHED", seconds: 10)
        #expect(after?.contains { $0.contains("EXIT=131") } == true, "\(tmux.screen.joined(separator: "\n"))")
        #expect(after?.contains { $0.contains("icanon echo") } == true, "the terminal was not restored")
        #expect(!tmux.alternateScreen)
        #expect(!tmux.screen.joined().contains("crashed") && !tmux.screen.joined().contains(".swift"))
    }
}
