import Synchronization
import Foundation
import MeetingKit
import MeetingStore

/// The durable record's figures: acknowledged appends against the sqlite3 tool, opening a ten-year
/// archive, verify against sha256sum, and cross-process notice latency.
enum StoreBenchmarks {
    static func run(constitution: Constitution, folder: String) throws {
        try appends(constitution: constitution, folder: folder)
        let archive = folder + "/archive.gavel"
        try buildArchive(at: archive, constitution: constitution, meetings: 120, events: 100_000)
        try openArchive(at: archive)
        try verify(archive: archive, folder: folder)
        try SeriesBenchmarks.run(archive: archive)
        try noticeLatency(constitution: constitution, folder: folder)
    }

    /// A new record at `path` with its first meeting started: where most figures begin.
    static func firstMeeting(
        at path: String, series: String, constitution: Constitution
    ) throws -> (store: RecordStore, meeting: LiveMeeting) {
        let store = try RecordStore.open(path: path, newSeries: (series, constitution))
        try store.startMeeting()
        return (store, try LiveMeeting(store: store, number: 1))
    }

    static func appends(constitution: Constitution, folder: String, count: Int = 1000) throws {
        let path = folder + "/appends.gavel"
        let meeting = try firstMeeting(at: path, series: "bench", constitution: constitution).meeting
        let text = String(repeating: "Minuted note text of a typical length. ", count: 4)
        let seconds = measureOnce {
            for index in 0..<count {
                _ = try? meeting.perform(.note(MinuteText(item: nil, text: "\(index) \(text)")), by: .clerk, at: Date())
            }
        }
        let gavelRate = Double(count) / seconds
        // The floor: the sqlite3 tool doing the same inserts, one transaction each, with the same pragmas.
        let sqlPath = folder + "/floor.sqlite"
        var script =
            "PRAGMA journal_mode=WAL;\nPRAGMA synchronous=FULL;\nCREATE TABLE event (meetingID INTEGER, sequence "
            + "INTEGER, body TEXT, hash TEXT, PRIMARY KEY (meetingID, sequence));\n"
        let body =
            meeting.events.last.map { String(decoding: (try? JSONEncoder().encode($0)) ?? Data(), as: UTF8.self) }
            ?? text
        let quoted = body.replacingOccurrences(of: "'", with: "''")
        for index in 0..<count {
            script +=
                "INSERT INTO event VALUES (1, \(index + 1), '\(quoted)', '\(String(repeating: "ab", count: 32))');\n"
        }
        let scriptPath = folder + "/floor.sql"
        try script.write(toFile: scriptPath, atomically: true, encoding: .utf8)
        let floorSeconds = try measureOnce {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            process.arguments = ["sqlite3", sqlPath, ".read \(scriptPath)"]
            process.standardOutput = FileHandle.nullDevice
            try process.run()
            process.waitUntilExit()
        }
        let floorRate = Double(count) / floorSeconds
        print(
            String(
                format: "acknowledged appends (synchronous=FULL): gavel %.0f/s, sqlite3 tool %.0f/s, ratio %.2f",
                gavelRate, floorRate, gavelRate / floorRate))
    }

    /// 120 meetings of one series, 100,000 events, each meeting recorded through the command path in one batch.
    static func buildArchive(at path: String, constitution: Constitution, meetings: Int, events: Int) throws {
        let store = try RecordStore.open(path: path, newSeries: ("archive", constitution))
        // Ten years of monthly meetings ending before now: a command timed ahead of now is refused (I2).
        var start = Date(timeIntervalSinceNow: -Double(meetings + 2) * 30 * 86_400)
        for number in 1...meetings {
            try store.startMeeting(at: start)
            let meeting = try LiveMeeting(store: store, number: number)
            let synthetic = SyntheticMeeting(
                count: events / meetings, constitution: constitution, mattersArising: meeting.state.mattersArising,
                prefix: "m\(number)-", start: start)
            try meeting.perform(all: synthetic.steps.map { LiveMeeting.Step($0.command, by: $0.author, at: $0.time) })
            // A meeting starts only after the one before it is closed (I7): the vote left open, if any, then the
            // meeting.
            let end = (synthetic.steps.last?.time ?? start) + 60
            if let open = meeting.state.openVote { try meeting.perform(.closeVote(open), by: .chair, at: end) }
            try meeting.perform(.closeMeeting, by: .chair, at: end)
            start += 30 * 86_400
        }
        let total = try store.meetings().reduce(0) { $0 + $1.eventCount }
        let size = (try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
        print("archive: \(meetings) meetings, \(total) events, \(size / 1_048_576) MiB")
    }

    static func openArchive(at path: String) throws {
        var folded = 0
        let seconds = try measure(runs: 5) {
            let store = try RecordStore.open(path: path)
            for summary in try store.meetings() {
                folded += try LiveMeeting(store: store, number: summary.number).state.lastSequence
            }
        }
        print(String(format: "open and fold the whole archive: median %.0f ms (goal under 300 ms)", seconds * 1000))
        let latest = try measure(runs: 5) {
            let store = try RecordStore.open(path: path)
            let last = try store.meetings().last!.number
            folded += try LiveMeeting(store: store, number: last).state.lastSequence
        }
        print(
            String(
                format: "open the archive at its latest meeting (what the console does): median %.0f ms", latest * 1000)
        )
        if folded == 42 { print("") }
    }

    static func verify(archive: String, folder: String) throws {
        let store = try RecordStore.open(path: archive)
        var report: VerificationReport?
        let seconds = try measure(runs: 3) { report = try store.verify() }
        // The same bytes through sha256sum, as the floor for hashing them.
        var bytes = Data()
        for summary in try store.meetings() {
            for event in try LiveMeeting(store: store, number: summary.number).events {
                bytes.append(try JSONEncoder().encode(event))
            }
        }
        let dump = folder + "/bodies.bin"
        try bytes.write(to: URL(fileURLWithPath: dump))
        let floor = try measure(runs: 3) {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            process.arguments = ["sha256sum", dump]
            process.standardOutput = FileHandle.nullDevice
            try process.run()
            process.waitUntilExit()
        }
        let megabytes = Double(bytes.count) / 1_048_576
        print(
            String(
                format:
                    "gavel verify: %.0f ms for %.1f MiB (%.0f MiB/s, intact: %@); sha256sum over the same bytes %.0f "
                    + "ms (%.0f MiB/s)",
                seconds * 1000, megabytes, megabytes / seconds, report?.isIntact == true ? "yes" : "NO", floor * 1000,
                megabytes / floor))
    }

    /// A child process commits a note every 30 ms; this process's watcher notices each one.
    static func noticeLatency(constitution: Constitution, folder: String, samples: Int = 100) throws {
        let path = folder + "/latency.gavel"
        _ = try firstMeeting(at: path, series: "latency", constitution: constitution)
        let notices = NoticeLog()
        let watcher = RecordWatcher(path: path) { notices.record() }
        Thread.sleep(forTimeInterval: 0.1)
        let child = Process()
        child.executableURL = URL(fileURLWithPath: CommandLine.arguments[0])
        child.arguments = ["--latency-writer", path, String(samples)]
        let output = Pipe()
        child.standardOutput = output
        try child.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        child.waitUntilExit()
        Thread.sleep(forTimeInterval: 0.1)
        withExtendedLifetime(watcher) {}
        let commits = text.split(separator: "\n").compactMap { Double($0) }
        let seen = notices.times
        var latencies: [Double] = []
        for commit in commits {
            if let notice = seen.first(where: { $0 >= commit }) { latencies.append(notice - commit) }
        }
        latencies.sort()
        guard !latencies.isEmpty else {
            print("notice latency: no samples")
            return
        }
        let p50 = latencies[latencies.count / 2] * 1000
        let p99 = latencies[min(latencies.count - 1, Int(Double(latencies.count) * 0.99))] * 1000
        print(
            String(
                format:
                    "notice latency, write in one process to a reader in another: p50 %.1f ms, p99 %.1f ms over %d "
                    + "writes (goal p99 under 100 ms)",
                p50, p99, latencies.count))
    }

    /// The child side of `noticeLatency`: prints each commit's wall-clock time.
    static func latencyWriter(path: String, count: Int) throws {
        let meeting = try LiveMeeting(store: try RecordStore.open(path: path), number: 1)
        for index in 0..<count {
            try meeting.perform(.note(MinuteText(item: nil, text: "latency \(index)")), by: .clerk, at: Date())
            FileHandle.standardOutput.write(Data("\(Date().timeIntervalSince1970)\n".utf8))
            Thread.sleep(forTimeInterval: 0.03)
        }
    }
}
