import Console
import ConsoleLive
import Foundation
import MeetingKit
import MeetingStore
import NcursesBackend
import Synchronization
import TerminalUI

/// The console's figures: the real `gavel` process from start to its first frame on a ten-year archive,
/// and a chair's keypress to the frame that shows the vote, durable commit included.
enum ConsoleBenchmarks {
    static func run(constitution: Constitution, folder: String) throws {
        let archive = folder + "/console-archive.gavel"
        try StoreBenchmarks.buildArchive(at: archive, constitution: constitution, meetings: 120, events: 100_000)
        try firstFrame(archive: archive, folder: folder)
        try keypressToFrame(constitution: constitution, folder: folder)
        try projectorLatency(constitution: constitution, folder: folder)
    }

    /// A child process commits a note every 30 ms; this process runs the projector's loop as the real one
    /// does (sleep on the kernel's descriptor until news or a look is due, look, refresh, compose a 160x48
    /// frame) and times each commit to the frame that shows it.
    static func projectorLatency(constitution: Constitution, folder: String, samples: Int = 100) throws {
        let path = folder + "/projector.gavel"
        let live = try StoreBenchmarks.firstMeeting(at: path, series: "projector", constitution: constitution).meeting
        let notices = RecordNotices(path: path)
        let child = Process()
        child.executableURL = URL(fileURLWithPath: CommandLine.arguments[0])
        child.arguments = ["--latency-writer", path, String(samples)]
        child.standardInput = FileHandle.nullDevice
        let output = Pipe()
        child.standardOutput = output
        try child.run()
        var frames: [Double] = []
        var model = ProjectorModel(state: live.state, meetingNumber: 1, now: Date())
        var sink = 0
        while child.isRunning {
            var descriptor = pollfd(fd: notices.descriptor ?? -1, events: Int16(POLLIN), revents: 0)
            _ = poll(&descriptor, 1, min(100, TerminalWait.milliseconds(notices.lookAgainIn)))
            if notices.look().changed, (try? live.refresh()) != nil {
                let record = RecordView(number: 1, state: live.state, events: live.events, newest: 1)
                _ = model.update(.loop(.recordChanged(record)))
                sink &+= ProjectorView.render(model, width: 160, height: 48).cells.count
                frames.append(Date().timeIntervalSince1970)
            }
        }
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        notices.close()
        var latencies = text.split(separator: "\n").compactMap { Double($0) }.compactMap { commit in
            frames.first { $0 >= commit }.map { $0 - commit }
        }
        latencies.sort()
        guard !latencies.isEmpty else {
            print("projector notice to redraw: no samples")
            return
        }
        print(
            String(
                format:
                    "projector, commit in another process to the frame that shows it: p50 %.1f ms, p99 %.1f ms over %d "
                    + "commits (goal p99 under 100 ms)",
                latencies[latencies.count / 2] * 1000,
                latencies[min(latencies.count - 1, latencies.count * 99 / 100)] * 1000, latencies.count))
        if sink == 42 { print("") }
    }

    /// Starts the real console under `script` (which gives it a terminal) and times until the first
    /// frame's status bar reaches the terminal: opening the record, finding and folding its latest meeting
    /// (about 830 events, closed), taking over the terminal and drawing.
    static func firstFrame(archive: String, folder: String, runs: Int = 11) throws {
        let gavel = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent(
            "gavel"
        ).path
        guard FileManager.default.isExecutableFile(atPath: gavel) else {
            print("start to first frame: skipped, build gavel first (swift build -c release)")
            return
        }
        var samples: [Double] = []
        for run in 0..<runs {
            // Each run on its own copy, so every one starts the same way.
            let copy = folder + "/first-frame-\(run).gavel"
            try? FileManager.default.removeItem(atPath: copy)
            try FileManager.default.copyItem(atPath: archive, toPath: copy)
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/script")
            process.arguments = ["-qfec", "'\(gavel)' --db '\(copy)' --role chair", "/dev/null"]
            var environment = ProcessInfo.processInfo.environment
            environment["TERM"] = "xterm-256color"
            environment["LANG"] = "C.UTF-8"
            environment["COLUMNS"] = "120"
            environment["LINES"] = "40"
            environment["XDG_DATA_HOME"] = folder
            process.environment = environment
            process.standardInput = FileHandle.nullDevice
            let output = Pipe()
            process.standardOutput = output
            process.standardError = FileHandle.nullDevice
            let start = ContinuousClock.now
            try process.run()
            // The status bar says QUORATE, NOT QUORATE or CLOSED (the archive's latest meeting is closed);
            // a console that never draws it is ended after ten seconds rather than waited for.
            let marks = [Data("QUORATE".utf8), Data("CLOSED".utf8)]
            let pid = process.processIdentifier
            DispatchQueue.global().asyncAfter(deadline: .now() + 10) { kill(pid, SIGTERM) }
            var seen = Data()
            while !marks.contains(where: { seen.contains($0) }) {
                let chunk = output.fileHandleForReading.availableData
                if chunk.isEmpty { break }
                seen.append(chunk)
            }
            let elapsed = seconds(ContinuousClock.now - start)
            kill(process.processIdentifier, SIGTERM)
            process.waitUntilExit()
            if marks.contains(where: { seen.contains($0) }) { samples.append(elapsed) }
        }
        guard !samples.isEmpty else {
            print("start to first frame: the console drew no frame")
            return
        }
        samples.sort()
        print(
            String(
                format:
                    "process start to first frame, ten-year archive: median %.0f ms, worst %.0f ms of %d (goal under "
                    + "200 ms)",
                samples[samples.count / 2] * 1000, samples.last! * 1000, samples.count))
    }

    /// The chair presses y on the motion screen, through the console's own loop (`ConsoleRuntime` over the
    /// live record): the model turns the key into a vote, the record commits it with synchronous = FULL,
    /// and the next frame is composed and drawn (headless ncurses). Timed from the key handed to the loop to
    /// the frame drawn after it.
    static func keypressToFrame(constitution: Constitution, folder: String, motions: Int = 40) throws {
        let path = folder + "/keypress.gavel"
        let live = try StoreBenchmarks.firstMeeting(at: path, series: "keypress", constitution: constitution).meeting
        let now = Date()
        for seat in constitution.seats {
            try live.perform(.arrive(constitution.holders[seat.id]!.representative), by: .clerk, at: now)
        }
        try live.perform(
            .openMeeting(MeetingDetails(title: "Keypress", date: CalendarDay("2019-10-01")!, place: "", clerk: "")),
            by: .chair, at: now)
        for number in 1...motions {
            try live.perform(
                .moveMotion(
                    MotionDraft(
                        id: MotionID("M\(number)"), text: "That proposal \(number) be adopted", mover: "EOG",
                        rationale: "")), by: .chair, at: now)
        }
        let theme = try ThemeLoader.load(
            text: "name = \"b\"\n[roles]\nnormal = {}\nselected = { fg = \"black\", bg = \"cyan\" }\n", file: "bench")
        let screen = try NcursesTerminal(
            headless: "xterm-256color", theme: theme, output: "/dev/null", width: 120, height: 40)
        defer { screen.shutdown() }
        // Open each motion's vote, a vote for every seat, close it: the motion screen shows the next.
        var keys: [Key] = [.character("3")]
        for _ in 1...motions {
            keys +=
                [.character("o")] + Array(repeating: .character("y"), count: constitution.seats.count) + [
                    .character("c")
                ]
        }
        let terminal = TimedTerminal(screen, keys: keys, timing: .character("y"))
        ConsoleRuntime(terminal: terminal, source: LiveSource(live: live, path: path), role: .chair).run()
        let samples = terminal.samples.sorted()
        guard !samples.isEmpty else { return print("keypress to frame: no vote was timed") }
        print(
            String(
                format:
                    "keypress to frame, casting a vote (commit with synchronous=FULL included): median %.2f ms, p99 "
                    + "%.2f ms over %d votes",
                samples[samples.count / 2] * 1000, samples[samples.count * 99 / 100] * 1000, samples.count))
    }
}
