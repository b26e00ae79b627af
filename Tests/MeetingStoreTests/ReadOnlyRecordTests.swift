import Foundation
import GRDB
import MeetingKit
@testable import MeetingStore
import Synchronization
import Testing

/// Reading a record changes nothing and leaves nothing behind; diagnoses of damage are true.
@Suite("Reading a record, and saying truly what is wrong with it", .serialized)
struct ReadOnlyRecordTests {
    /// A record of one meeting with a few events, closed by every connection, its log folded into the file.
    private func restingRecord(_ folder: TemporaryFolder) throws -> String {
        let path = folder.file("elg.gavel")
        do {
            let meeting = try LiveMeeting(store: try makeRecord(at: path), number: 1)
            try meeting.perform(.note(MinuteText(item: nil, text: "Budget agreed")), by: .clerk, at: Date(timeIntervalSince1970: 1_570_000_100))
        }
        #expect(!FileManager.default.fileExists(atPath: path + "-wal"), "the last connection folds and removes the log")
        return path
    }

    @Test("listing, verifying, exporting and minuting read the file as it is and leave no -wal or -shm beside it")
    func readsLeaveNothing() throws {
        let folder = TemporaryFolder()
        let path = try restingRecord(folder)
        let before = contents(path)
        do {
            let store = try RecordStore.openForReading(path: path)
            #expect(try store.series().name == "HNB ELG")
            #expect(try store.meetings().map(\.eventCount) == [1])
            #expect(try store.verify().isIntact)
            let meeting = try LiveMeeting(store: store, number: 1)
            #expect(meeting.state.entries.count == 1)
            #expect { try meeting.perform(.note(MinuteText(item: nil, text: "x")), by: .clerk, at: Date()) } throws: { error in
                guard case .store(.readOnly) = error as? ActionError else { return false }
                return true
            }
        }
        #expect(contents(path) == before, "reading changed the file")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["elg.gavel"], "reading left files behind")
    }

    @Test("a reader sees what a writer still holds in its write-ahead log")
    func readsThroughTheLog() throws {
        let folder = TemporaryFolder()
        let path = try restingRecord(folder)
        let writer = try LiveMeeting(store: try RecordStore.open(path: path), number: 1)
        try writer.perform(.note(MinuteText(item: nil, text: "Still in the log")), by: .clerk, at: Date(timeIntervalSince1970: 1_570_000_200))
        #expect(ReadOnlyConnection.logHoldsFrames(path))
        let reader = try LiveMeeting(store: try RecordStore.openForReading(path: path), number: 1)
        #expect(reader.state.entries.count == 2)
    }

    @Test("#21: pages that live in the write-ahead log are not damage, though the file alone is shorter than the record")
    func pagesInTheLogAreNotDamage() throws {
        let folder = TemporaryFolder()
        let path = try restingRecord(folder)
        let writer = try LiveMeeting(store: try RecordStore.open(path: path), number: 1)
        for index in 0..<10 {
            try writer.perform(.note(MinuteText(item: nil, text: String(repeating: "grown \(index) ", count: 40))), by: .clerk, at: Date(timeIntervalSince1970: 1_570_000_200))
        }
        // The record now holds more pages than the file: the newest are in the log, where SQLite reads them.
        let pages = try writer.store.read { db in try Int.fetchOne(db, sql: "PRAGMA page_count") ?? 0 }
        let pageSize = try writer.store.read { db in try Int.fetchOne(db, sql: "PRAGMA page_size") ?? 0 }
        #expect(pages * pageSize > contents(path).count)
        for _ in 0..<3 {
            #expect(throws: Never.self) { try RecordInspection.inspect(path: path) }
            let reader = try LiveMeeting(store: try RecordStore.openForReading(path: path), number: 1)
            #expect(reader.state.entries.count == 11)
            #expect(try reader.store.verify().isIntact)
        }
    }

    @Test("#21: recognising a record does not depend on timing: a reader racing its creation sees no record, or the whole of it")
    func recognitionIsNotTimed() throws {
        let folder = TemporaryFolder()
        for round in 0..<25 {
            let path = folder.file("race-\(round).gavel")
            let seen = Mutex<[String]>([])
            let reader = Thread {
                for _ in 0..<400 {
                    do {
                        _ = try RecordStore.openForReading(path: path).series()
                        return
                    } catch StoreError.cannotOpen(_, let detail) where detail.hasPrefix("there is no record there") {
                        continue
                    } catch {
                        seen.withLock { $0.append("\(error)") }
                        return
                    }
                }
            }
            reader.start()
            _ = try makeRecord(at: path)
            while !reader.isFinished { Thread.sleep(forTimeInterval: 0.001) }
            #expect(seen.withLock { $0 } == [])
        }
    }

    @Test("#21: whichever of a writer, a reader and a watcher closes last, a record at rest is one file again", arguments: [0, 1, 2])
    func lastToCloseTidies(lastOpen: Int) throws {
        let folder = TemporaryFolder()
        let path = try restingRecord(folder)
        var writer: LiveMeeting? = try LiveMeeting(store: try RecordStore.open(path: path), number: 1)
        var reader: LiveMeeting? = try LiveMeeting(store: try RecordStore.openForReading(path: path), number: 1)
        var watcher: RecordWatcher? = RecordWatcher(path: path, onChange: {})
        try writer?.perform(.note(MinuteText(item: nil, text: "In the log")), by: .clerk, at: Date(timeIntervalSince1970: 1_570_000_200))
        try reader?.refresh()
        Thread.sleep(forTimeInterval: 0.05)
        let closes: [() -> Void] = [{ writer = nil }, { reader = nil }, { watcher?.stop(); watcher = nil }]
        for (index, close) in closes.enumerated() where index != lastOpen { close() }
        #expect(FileManager.default.fileExists(atPath: path + "-wal"), "the log stays while a connection is open")
        closes[lastOpen]()
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["elg.gavel"])
        #expect(try LiveMeeting(store: try RecordStore.openForReading(path: path), number: 1).state.entries.count == 2)
    }

    @Test("a newer Gavel's record is refused before any connection could write, so 'not changed' is true")
    func newerSchemaUntouched() throws {
        let folder = TemporaryFolder()
        let path = try restingRecord(folder)
        let queue = try DatabaseQueue(path: path)
        try queue.write { db in try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v9: from the future')") }
        try queue.close()
        let before = contents(path)
        for open in [{ _ = try RecordStore.open(path: path) }, { _ = try RecordStore.openForReading(path: path) }] {
            #expect(throws: StoreError.newerSchema(path: path, unknownMigrations: ["v9: from the future"])) { try open() }
        }
        #expect(contents(path) == before)
        #expect(StoreError.newerSchema(path: path, unknownMigrations: []).description.contains("not been changed"))
        #expect(!StoreError.corrupt(path: path, detail: "x").description.contains("not changed"), "damage found after opening makes no such claim")
    }
}
