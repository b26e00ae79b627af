import Foundation
import MeetingKit
import Testing
@testable import MeetingStore

/// A small tmpfs of the test's own, mounted for one test: a real full disk, not a stand-in.
final class SmallDisk {
    let path: String

    /// Whether this machine lets the tests mount one (root, and a kernel that allows it in this sandbox).
    static let canMount: Bool = {
        guard let probe = try? SmallDisk(kilobytes: 64) else { return false }
        probe.unmount()
        return true
    }()

    init(kilobytes: Int) throws {
        path = NSTemporaryDirectory() + "gavel-small-disk-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        guard Self.run("/bin/mount", ["-t", "tmpfs", "-o", "size=\(kilobytes)k", "tmpfs", path]) == 0 else {
            try? FileManager.default.removeItem(atPath: path)
            throw CocoaError(.fileWriteNoPermission)
        }
    }

    func file(_ name: String) -> String { path + "/" + name }

    /// Gives the disk more room, as a clerk freeing space would.
    func grow(toKilobytes kilobytes: Int) {
        _ = Self.run("/bin/mount", ["-o", "remount,size=\(kilobytes)k", path])
    }

    func unmount() {
        _ = Self.run("/bin/umount", [path])
        try? FileManager.default.removeItem(atPath: path)
    }

    private static func run(_ tool: String, _ arguments: [String]) -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = arguments
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return -1 }
        process.waitUntilExit()
        return process.terminationStatus
    }
}

@Suite("A full disk is a full disk", .serialized, .enabled(if: SmallDisk.canMount, "this machine does not let the tests mount a small tmpfs (they need root)"))
struct FullDiskTests {
    private func noteText(_ index: Int) -> String { "Note \(index) " + String(repeating: "x", count: 3_000) }

    @Test("#21: writes on a full disk are refused as such, reads go on, nothing is called damaged, and the next write after space returns succeeds")
    func fullDiskThenSpace() throws {
        let disk = try SmallDisk(kilobytes: 320)
        defer { disk.unmount() }
        let path = disk.file("elg.gavel")
        let meeting = try LiveMeeting(store: try makeRecord(at: path), number: 1)
        var acknowledged: [String] = []
        var refusal: StoreError?
        for index in 1...500 {
            do {
                try meeting.perform(.note(MinuteText(item: nil, text: noteText(index))), by: .clerk, at: Date())
                acknowledged.append(noteText(index))
            } catch .store(let error) {
                refusal = error
                break
            } catch {
                Issue.record("refused by the rules, not the disk: \(error)")
                break
            }
        }
        #expect(refusal == .diskFull(path: path), "the write that found the disk full said \(String(describing: refusal))")
        #expect(acknowledged.count > 3)
        // Every later command, reads included, still works, and no other process calls the record damaged.
        // The same size as the write refused: a smaller one may still find room in the log's last page.
        for retry in 0..<3 {
            do {
                try meeting.perform(.note(MinuteText(item: nil, text: noteText(1_000 + retry))), by: .clerk, at: Date())
                Issue.record("a write on a full disk was acknowledged")
            } catch .store(let error) {
                #expect(error == .diskFull(path: path))
            } catch {
                Issue.record("refused by the rules, not the disk: \(error)")
            }
            let reader = try LiveMeeting(store: try RecordStore.openForReading(path: path), number: 1)
            #expect(reader.events.count == acknowledged.count)
            #expect(try reader.store.verify().isIntact)
            let other = try LiveMeeting(store: try RecordStore.open(path: path), number: 1)
            do {
                try other.perform(.note(MinuteText(item: nil, text: noteText(2_000 + retry))), by: .clerk)
                Issue.record("another terminal's write on a full disk was acknowledged")
            } catch .store(let error) {
                #expect(error == .diskFull(path: path))
            } catch {
                Issue.record("refused by the rules, not the disk: \(error)")
            }
        }
        disk.grow(toKilobytes: 4_096)
        try meeting.perform(.note(MinuteText(item: nil, text: "After space returned")), by: .clerk, at: Date())
        let reopened = try LiveMeeting(store: try RecordStore.open(path: path), number: 1)
        let texts = reopened.events.compactMap { event -> String? in if case .noted(let text) = event.payload { text.text } else { nil } }
        #expect(texts == acknowledged + ["After space returned"])
        #expect(try reopened.store.verify().isIntact)
    }

    @Test("#21: a new record on a disk too small for one fails as a full disk and leaves nothing half-made")
    func newRecordOnFullDisk() throws {
        let disk = try SmallDisk(kilobytes: 256)
        defer { disk.unmount() }
        // Fill the disk but for a few pages.
        let filler = disk.file("filler")
        #expect(FileManager.default.createFile(atPath: filler, contents: Data(count: 248 * 1024)))
        let path = disk.file("elg.gavel")
        #expect(throws: StoreError.diskFull(path: path)) { try makeRecord(at: path) }
        #expect(try FileManager.default.contentsOfDirectory(atPath: disk.path) == ["filler"], "something was left behind")
        try FileManager.default.removeItem(atPath: filler)
        let store = try makeRecord(at: path)
        #expect(try store.meetings().count == 1)
    }
}
