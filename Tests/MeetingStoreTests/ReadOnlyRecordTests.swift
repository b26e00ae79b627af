import Foundation
import GRDB
import MeetingKit
@testable import MeetingStore
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
        #expect(ReadOnlyConnection.walHoldsChanges(path))
        let reader = try LiveMeeting(store: try RecordStore.openForReading(path: path), number: 1)
        #expect(reader.state.entries.count == 2)
    }

    @Test("a header that runs ahead of the file for a moment, as another process's checkpoint leaves it, is not damage")
    func checkpointIsNotDamage() throws {
        let folder = TemporaryFolder()
        let path = try restingRecord(folder)
        let whole = contents(path)
        let pageSize = Int(whole[16]) << 8 | Int(whole[17])
        // The header already counts a page the checkpoint has yet to write.
        var ahead = whole
        let pages = whole.count / pageSize + 1
        ahead.replaceSubrange(28..<32, with: [UInt8(pages >> 24 & 0xFF), UInt8(pages >> 16 & 0xFF), UInt8(pages >> 8 & 0xFF), UInt8(pages & 0xFF)])
        try ahead.write(to: URL(fileURLWithPath: path))
        let extended = ahead + Data(count: pageSize)
        let done = DispatchSemaphore(value: 0)
        let checkpoint = Thread {
            Thread.sleep(forTimeInterval: 0.2)
            try? extended.write(to: URL(fileURLWithPath: path))
            done.signal()
        }
        checkpoint.start()
        #expect(throws: Never.self) { try RecordInspection.inspect(path: path) }
        done.wait()
        // A file that stays short is damage, and is said to be.
        try ahead.write(to: URL(fileURLWithPath: path))
        do {
            try RecordInspection.inspect(path: path)
            Issue.record("a file that stays short passed the inspection")
        } catch {
            guard case .damaged(_, let detail) = error else {
                Issue.record("a file that stays short was reported as \(error)")
                return
            }
            #expect(detail.hasPrefix("truncated"))
        }
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
