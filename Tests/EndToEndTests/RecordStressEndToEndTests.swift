import Foundation
import Synchronization
import Testing
import TestSupport

/// The record as a real meeting loads it: clerks' `gavel do` commands from several terminals at once, some
/// of them killed mid-write, a reader drawing minutes and verifying, and the projector following, all on one
/// file. Bounded for CI; by hand, `GAVEL_STRESS_WRITERS=4 GAVEL_STRESS_COMMANDS=250 GAVEL_STRESS_ROUNDS=20
/// swift test --filter RecordStress` (and `GAVEL_STRESS_SEED` to replay or vary the kills) gives the figures
/// for the README.
@Suite("The record under load", .serialized)
struct RecordStressEndToEndTests {
    /// The largest write-ahead log allowed beside the record while the meeting runs: a log that only grows
    /// means checkpoints are not keeping up, and every reader pays for its length.
    static let largestLogAllowed = 8 << 20
    /// Longer than any one command should take on a loaded CI machine; past it the child counts as hung.
    static let childLimit = 20.0

    private static func setting(_ name: String, _ fallback: Int) -> Int {
        ProcessInfo.processInfo.environment[name].flatMap(Int.init) ?? fallback
    }

    @Test("#21 record under load: writers killed at random, a reader and the projector on one record; nothing acknowledged lost, nothing called damaged, the log bounded and gone afterwards")
    func recordUnderLoad() throws {
        let writers = Self.setting("GAVEL_STRESS_WRITERS", 3), commands = Self.setting("GAVEL_STRESS_COMMANDS", 80)
        let rounds = Self.setting("GAVEL_STRESS_ROUNDS", 1)
        let seed = ProcessInfo.processInfo.environment["GAVEL_STRESS_SEED"].flatMap(UInt64.init) ?? 0x5EED_0021
        print("record under load: \(writers) writers x \(commands) commands, \(rounds) round(s), seed \(seed)")
        var totals = Figures()
        let started = Date()
        for round in 1...rounds {
            let figures = try runRound(round, writers: writers, commands: commands, seed: seed)
            totals.add(figures)
        }
        print("record under load, all rounds: \(totals.summary), \(String(format: "%.1f", Date().timeIntervalSince(started))) s")
    }

    private func runRound(_ round: Int, writers: Int, commands: Int, seed: UInt64) throws -> Figures {
        let record = ScratchRecord()
        let path = record.path
        let environment = ProcessInfo.processInfo.environment.merging(["XDG_DATA_HOME": record.folder, "LANG": "C.UTF-8"]) { $1 }
        let gavel = GavelRunner(folder: record.folder, environment: environment)
        let setup = gavel.run(["new", "--db", path])
        let opened = gavel.run(["do", "--db", path, "arrive finance.rep", "open \"ELG\""])
        try #require(setup.status == 0 && opened.status == 0, "could not start the meeting: \(setup.errors)\(opened.errors)")

        let projector = try Tmux(width: 100, height: 30, command: "env XDG_DATA_HOME='\(record.folder)' TERM=xterm-256color LANG=C.UTF-8 '\(gavelPath)' projector --db '\(path)'")
        #expect(projector.waitFor("ELG", seconds: 15) != nil, "the projector did not show the meeting:\n\(projector.screen.joined(separator: "\n"))")

        let tally = Tally()
        let roundStarted = Date()
        // A hung record must fail the test, not stall CI: writers stop starting commands after this.
        let deadline = roundStarted.addingTimeInterval(max(80, Double(commands)))
        let writing = DispatchGroup(), watching = DispatchGroup()
        for writer in 1...writers {
            spawn(writing) {
                var random = SeededGenerator(state: seed &+ UInt64(round) << 16 &+ UInt64(writer))
                for number in 1...commands {
                    guard Date() < deadline else { tally.problem("writer \(writer) ran out of time with \(commands - number + 1) commands not run"); return }
                    // Unique and never inside another (w1-1. is not in w1-11.): found in the export by plain search.
                    let text = "w\(writer)-\(number)."
                    // About one in six is killed, somewhere between starting up and well past committing.
                    let killAfter = Int.random(in: 0..<6, using: &random) == 0 ? Double.random(in: 0...0.3, using: &random) : nil
                    tally.judge(gavel.run(["do", "--db", path, "note \"\(text)\""], killAfter: killAfter), "writer \(writer) note \(text)", acknowledging: text)
                }
            }
        }
        spawn(watching) {
            while !tally.finished {
                for command in ["minutes", "verify"] where !tally.finished {
                    tally.judge(gavel.run([command, "--db", path]), "reader \(command)")
                }
            }
        }
        spawn(watching) {
            while !tally.finished {
                tally.sawLog((try? FileManager.default.attributesOfItem(atPath: path + "-wal")[.size] as? Int) ?? 0)
                Thread.sleep(forTimeInterval: 0.02)
            }
        }
        // The projector's output is its screen: read it while the writers run, from this thread, which owns tmux.
        while writing.wait(timeout: .now() + 0.5) == .timedOut {
            tally.judgeScreen(projector.screen)
            if Date() > deadline.addingTimeInterval(Self.childLimit + 5) { tally.problem("the writers did not finish"); break }
        }
        tally.judgeScreen(projector.screen)
        tally.finish()
        if watching.wait(timeout: .now() + Self.childLimit + 5) == .timedOut { tally.problem("the reader did not finish") }

        try projector.send("q")
        let quit = projector.waitFor("FINISHED", seconds: 10)
        #expect(quit?.contains { $0.contains("EXIT=0") } == true, "the projector did not quit cleanly:\n\((quit ?? projector.screen).joined(separator: "\n"))")
        tally.judgeScreen(quit ?? projector.screen)
        projector.kill()

        let export = gavel.run(["export", "--db", path])
        tally.judge(export, "export")
        let verify = gavel.run(["verify", "--db", path])
        tally.judge(verify, "verify")
        if let log = FileManager.default.contents(atPath: record.folder + "/gavel/gavel.log") {
            tally.judge(ChildResult(output: String(decoding: log, as: UTF8.self)), "gavel.log")
        }
        var figures = tally.figures.withLock { $0 }
        figures.seconds = Date().timeIntervalSince(roundStarted)
        print("round \(round): \(figures.summary)")
        for sample in figures.refusalSamples { print("  refused: \(sample)") }

        #expect(figures.firstDamaged == nil, "a command said the record was damaged: \(figures.firstDamaged ?? "")")
        #expect(figures.silentFailures.isEmpty, "commands failed without saying why: \(figures.silentFailures.prefix(5))")
        #expect(figures.problems.isEmpty, "\(figures.problems.prefix(5))")
        let missing = figures.acknowledged.filter { !export.output.contains($0) }
        #expect(export.status == 0 && missing.isEmpty, "\(missing.count) of \(figures.acknowledged.count) acknowledged notes are not in the export, first \(missing.prefix(5)); export exit \(export.status): \(export.errors)")
        #expect(verify.status == 0, "gavel verify: exit \(verify.status): \(verify.output)\(verify.errors)")
        #expect(figures.largestLog < Self.largestLogAllowed, "the write-ahead log reached \(figures.largestLog) bytes; allowed \(Self.largestLogAllowed)")
        for leftover in ["-wal", "-shm"] {
            #expect(!FileManager.default.fileExists(atPath: path + leftover), "\(path)\(leftover) was left after every process had stopped")
        }
        return figures
    }

    /// Threads, not tasks: every worker blocks on a child for its whole life, and on two cores blocking
    /// tasks would starve the cooperative pool the test itself runs on.
    private func spawn(_ group: DispatchGroup, _ body: @escaping @Sendable () -> Void) {
        group.enter()
        Thread { body(); group.leave() }.start()
    }
}

private struct ChildResult {
    var status: Int32 = 0
    var killed = false
    var hung = false
    var crashed = false
    var output = ""
    var errors = ""
}

/// Runs `gavel` with standard input /dev/null, output to files and no other descriptor of the test's, so a
/// killed child can hold no pipe open that a read or a wait would hang on. posix_spawn and waitpid, not
/// Foundation's Process: with several threads launching at this rate, Process (which learns of an exit from
/// a socket it looks up by descriptor number) was seen to miss a child's end and leave its waiter asleep.
private struct GavelRunner {
    let folder: String
    let environment: [String: String]
    let executable = gavelPath

    func run(_ arguments: [String], killAfter: Double? = nil) -> ChildResult {
        let name = folder + "/child-" + UUID().uuidString
        defer { for file in [".out", ".err"] { try? FileManager.default.removeItem(atPath: name + file) } }
        #if canImport(Darwin)
        var actions: posix_spawn_file_actions_t?
        #else
        var actions = posix_spawn_file_actions_t()
        #endif
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, name + ".out", O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, name + ".err", O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        // Everything above standard error is closed, with room for descriptors other threads open meanwhile;
        // glibc ignores a close of one that is not open.
        let inherited = (try? FileManager.default.contentsOfDirectory(atPath: "/proc/self/fd"))?.compactMap(Int32.init) ?? []
        for descriptor in 3...(inherited.max() ?? 3) + 64 { posix_spawn_file_actions_addclose(&actions, descriptor) }
        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { for pointer in argv + envp { free(pointer) } }
        var pid: pid_t = 0
        guard posix_spawn(&pid, executable, &actions, nil, argv, envp) == 0 else {
            return ChildResult(status: -1, errors: "could not start gavel \(arguments): errno \(errno)")
        }
        var result = ChildResult(), status: Int32 = 0, sentKill = false
        let started = Date()
        // The child is ours until waitpid reaps it, so a kill can never reach a reused pid.
        while reap(pid, &status) == 0 {
            let elapsed = Date().timeIntervalSince(started)
            if let killAfter, !sentKill, elapsed >= killAfter {
                kill(pid, SIGKILL); sentKill = true
            } else if elapsed >= RecordStressEndToEndTests.childLimit, !result.hung {
                kill(pid, SIGKILL); result.hung = true
            }
            usleep(3_000)
        }
        let signal = status & 0x7F
        result.status = signal == 0 ? (status >> 8) & 0xFF : signal
        result.killed = signal == SIGKILL && sentKill && !result.hung
        result.crashed = signal != 0 && !result.killed && !result.hung
        result.output = String(decoding: FileManager.default.contents(atPath: name + ".out") ?? Data(), as: UTF8.self)
        result.errors = String(decoding: FileManager.default.contents(atPath: name + ".err") ?? Data(), as: UTF8.self)
        return result
    }

    private func reap(_ pid: pid_t, _ status: inout Int32) -> pid_t {
        var reaped: pid_t
        repeat { reaped = waitpid(pid, &status, WNOHANG) } while reaped == -1 && errno == EINTR
        return reaped
    }
}

private struct Figures {
    var commands = 0, killed = 0, refusals = 0, largestLog = 0
    var seconds = 0.0
    var acknowledged: [String] = []
    var firstDamaged: String?
    var silentFailures: [String] = [], refusalSamples: [String] = [], problems: [String] = []
    var finished = false

    var summary: String {
        "\(commands) commands, \(acknowledged.count) acknowledged, \(killed) killed, \(refusals) refusals, largest -wal \(largestLog) bytes, \(String(format: "%.1f", seconds)) s"
    }

    mutating func add(_ round: Figures) {
        commands += round.commands; killed += round.killed; refusals += round.refusals; seconds += round.seconds
        largestLog = max(largestLog, round.largestLog)
        acknowledged += round.acknowledged
    }
}

/// Every child's output, judged as it arrives rather than kept: a long run by hand says too much to hold.
private final class Tally: Sendable {
    let figures = Mutex(Figures())

    var finished: Bool { figures.withLock { $0.finished } }
    func finish() { figures.withLock { $0.finished = true } }
    func problem(_ text: String) { figures.withLock { $0.problems.append(text) } }
    func sawLog(_ size: Int) { figures.withLock { $0.largestLog = max($0.largestLog, size) } }

    func judgeScreen(_ lines: [String]) { judge(ChildResult(output: lines.joined(separator: "\n")), "projector screen") }

    func judge(_ result: ChildResult, _ label: String, acknowledging text: String? = nil) {
        let said = result.output + "\n" + result.errors
        figures.withLock { figures in
            figures.commands += label == "projector screen" || label == "gavel.log" ? 0 : 1
            if figures.firstDamaged == nil, let line = said.split(separator: "\n").first(where: { $0.lowercased().contains("damaged") }) {
                figures.firstDamaged = "\(label): \(line)"
            }
            if result.hung {
                figures.problems.append("\(label) ran longer than \(RecordStressEndToEndTests.childLimit) s and was killed")
            } else if result.crashed {
                figures.problems.append("\(label) died of signal \(result.status): \(result.errors.suffix(300))")
            } else if result.killed {
                figures.killed += 1
            } else if result.status == 0 {
                if let text { figures.acknowledged.append(text) }
            } else {
                figures.refusals += 1
                let reason = result.errors.trimmingCharacters(in: .whitespacesAndNewlines)
                if reason.isEmpty {
                    figures.silentFailures.append("\(label): exit \(result.status), nothing on standard error")
                } else if figures.refusalSamples.count < 3 {
                    figures.refusalSamples.append("\(label): exit \(result.status): \(reason)")
                }
            }
        }
    }
}
