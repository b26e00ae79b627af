import Foundation
import GRDB
import MeetingKit
import Synchronization
import Testing
@testable import MeetingStore

/// #21: a backup is SQLite's online copy of one instant, checked before it is kept.
@Suite("Backups that are whole", .serialized)
struct BackupTests {
    @Test("#21: a backup taken during a burst of writes from other processes holds every event acknowledged before it began")
    func backupDuringBurst() throws {
        let folder = TemporaryFolder()
        let path = folder.file("elg.gavel")
        _ = try makeRecord(at: path)
        let writers = try ["chair", "clerk", "member"].map { tag in try AcknowledgementStream(record: path, count: 400, tag: tag) }
        // Let the burst get going, then take the backup while it runs.
        while writers.reduce(0, { $0 + $1.acknowledged.count }) < 60 { Thread.sleep(forTimeInterval: 0.01) }
        let before = writers.flatMap(\.acknowledged)
        let report = try RecordStore.openForReading(path: path).backup(to: folder.file("copy.gavel"))
        let after = writers.flatMap(\.acknowledged)
        for writer in writers { writer.wait() }
        #expect(after.count > before.count, "the writers were still writing while the copy was made")

        // The copy stands alone: no log beside it.
        #expect(!FileManager.default.fileExists(atPath: report.destination + "-wal"))
        let copy = try LiveMeeting(store: try RecordStore.openForReading(path: report.destination), number: 1)
        let copied = Set(copy.events.compactMap { event -> String? in if case .noted(let text) = event.payload { text.text } else { nil } })
        let missing = before.filter { !copied.contains($0.text) }
        #expect(missing.isEmpty, "acknowledged before the backup began, missing from it: \(missing.prefix(5).map(\.text))")
        #expect(report.events == copy.events.count)
        #expect(try copy.store.verify().isIntact)
        #expect(try RecordStore.openForReading(path: path).verify().isIntact)
    }

    @Test("#21: a backup into a folder is named for the record and the instant; an existing file is never replaced")
    func namingAndNoOverwrite() throws {
        let folder = TemporaryFolder()
        let path = folder.file("elg.gavel")
        let meeting = try LiveMeeting(store: try makeRecord(at: path), number: 1)
        try meeting.perform(.note(MinuteText(item: nil, text: "Budget agreed")), by: .clerk, at: Date(timeIntervalSince1970: 1_570_000_100))
        let backups = folder.file("backups")
        try FileManager.default.createDirectory(atPath: backups, withIntermediateDirectories: true)
        let instant = Date(timeIntervalSince1970: 1_764_577_812)  // 2025-12-01 08:30:12 UTC
        let report = try meeting.store.backup(to: backups, at: instant)
        #expect(report.destination == backups + "/elg-20251201-083012Z.gavel")
        #expect(report.meetings == 1 && report.events == 1)
        let before = contents(report.destination)
        #expect(throws: StoreError.cannotOpen(path: report.destination, detail: "a file is already there, and a backup never replaces one")) {
            try meeting.store.backup(to: backups, at: instant)
        }
        #expect(contents(report.destination) == before)
        // Nothing half-made is left beside it.
        #expect(try FileManager.default.contentsOfDirectory(atPath: backups) == ["elg-20251201-083012Z.gavel"])
    }

    @Test("#21: a backup that cannot be written (no such folder) says so and leaves nothing")
    func unwritableDestination() throws {
        let folder = TemporaryFolder()
        let path = folder.file("elg.gavel")
        _ = try makeRecord(at: path)
        let target = folder.file("missing/deeper/copy.gavel")
        #expect(throws: StoreError.self) { try RecordStore.openForReading(path: path).backup(to: "/proc/copy.gavel") }
        let report = try RecordStore.openForReading(path: path).backup(to: target)
        #expect(report.destination == target, "a new file's folders are made, as for a new record")
        #expect(try RecordStore.openForReading(path: target).verify().isIntact)
    }
}

/// A `journal-writer` child whose acknowledgements are read as they come, so a test can tell which
/// actions were acknowledged before a given moment.
final class AcknowledgementStream {
    private final class Lines: Sendable {
        let received = Mutex<[(sequence: Int, text: String)]>([])
        let finished = Atomic<Bool>(false)
    }

    private let process: Process
    private let lines = Lines()

    init(record: String, count: Int, tag: String) throws {
        let (process, output) = try startWriter(record: record, count: count, tag: tag)
        self.process = process
        let lines = self.lines
        let handle = output.fileHandleForReading
        Thread.detachNewThread {
            var pending = Data()
            while true {
                let chunk = handle.availableData
                if chunk.isEmpty { break }
                pending += chunk
                while let end = pending.firstIndex(of: UInt8(ascii: "\n")) {
                    let line = String(decoding: pending[pending.startIndex..<end], as: UTF8.self)
                    pending = Data(pending[pending.index(after: end)...])
                    let parts = line.split(separator: " ", maxSplits: 2)
                    if parts.count == 3, parts[0] == "ACK", let sequence = Int(parts[1]) {
                        lines.received.withLock { $0.append((sequence, String(parts[2]))) }
                    }
                }
            }
            lines.finished.store(true, ordering: .sequentiallyConsistent)
        }
    }

    var acknowledged: [(sequence: Int, text: String)] { lines.received.withLock { $0 } }

    func wait() {
        process.waitUntilExit()
        while !lines.finished.load(ordering: .sequentiallyConsistent) { Thread.sleep(forTimeInterval: 0.005) }
    }

    func kill() { Foundation.kill(process.processIdentifier, SIGKILL) }
}
