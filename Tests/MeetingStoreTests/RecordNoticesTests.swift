import Foundation
import MeetingKit
@testable import MeetingStore
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// #26.3: a terminal's loop looks for news itself: asleep on the kernel's descriptor while nothing changes,
/// one look when the record is written, a look a second otherwise.
@Suite("The record's news, looked for by the loop that shows it")
struct RecordNoticesTests {
    /// What a terminal's loop does: sleep on the descriptor until news or a look is due, then look.
    private func follow(_ notices: RecordNotices, for seconds: TimeInterval) -> (changes: Int, looks: Int) {
        var changes = 0, looks = 0
        let end = Date().addingTimeInterval(seconds)
        while Date() < end {
            let wait = notices.lookAgainIn
            var descriptor = pollfd(fd: notices.descriptor ?? -1, events: Int16(POLLIN), revents: 0)
            let milliseconds = Int32(min(end.timeIntervalSinceNow * 1000, Double(wait.components.seconds) * 1000 + Double(wait.components.attoseconds) / 1e15) + 1)
            _ = poll(&descriptor, 1, max(0, milliseconds))
            looks += 1
            if notices.look().changed { changes += 1 }
        }
        return (changes, looks)
    }

    @Test("idle, it asks for a look about once a second; another process's commit is seen at once")
    func idleAndCommit() throws {
        let folder = TemporaryFolder()
        let path = folder.file("elg.gavel")
        let writer = try LiveMeeting(store: try makeRecord(at: path), number: 1)
        let notices = RecordNotices(path: path)
        #expect(notices.look().changed == false, "the first look takes the version")
        #if os(Linux)
        #expect(notices.descriptor != nil)
        #expect(notices.lookAgainIn > .milliseconds(900), "nothing noticed: the next look is a second away")
        #endif
        let quiet = follow(notices, for: 0.3)
        #expect(quiet.changes == 0)
        #expect(quiet.looks <= 2, "asleep while nothing happens (\(quiet.looks) wakes in 0.3 s)")
        try writer.perform(.note(MinuteText(item: nil, text: "Seen?")), by: .clerk)
        let busy = follow(notices, for: 0.3)
        #expect(busy.changes == 1, "one commit, seen once")
    }

    @Test("news of another file in the record's folder is read and passed over")
    func otherFiles() throws {
        let folder = TemporaryFolder()
        let path = folder.file("elg.gavel")
        _ = try makeRecord(at: path)
        let notices = RecordNotices(path: path)
        // Its own connection makes the record's log when it first looks: let that news pass.
        _ = follow(notices, for: 0.4)
        try Data("minutes".utf8).write(to: URL(fileURLWithPath: folder.file("minutes.md")))
        let outcome = notices.look()
        #expect(outcome.changed == false)
        #expect(notices.lookAgainIn > .milliseconds(500), "no burst of looks for a file that is not the record")
    }

    @Test("without the kernel's notices, it asks to look every 10 ms")
    func withoutNotices() throws {
        let folder = TemporaryFolder()
        let path = folder.file("elg.gavel")
        let writer = try LiveMeeting(store: try makeRecord(at: path), number: 1)
        let notices = RecordNotices(path: path, kernelNotices: false)
        _ = notices.look()
        #expect(notices.descriptor == nil)
        #expect(notices.lookAgainIn <= .milliseconds(10))
        try writer.perform(.note(MinuteText(item: nil, text: "Seen?")), by: .clerk)
        #expect(follow(notices, for: 0.1).changes == 1)
    }
}
