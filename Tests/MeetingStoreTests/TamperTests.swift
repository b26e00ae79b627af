import Foundation
import GRDB
import MeetingKit
import Testing
@testable import MeetingStore

@Suite("Tamper evidence: the hash chain and the head")
struct TamperTests {
    /// A record with one meeting of 20 notes, and a direct connection to alter it behind Gavel's back.
    private func record(in folder: TemporaryFolder) throws -> (String, ChainHead) {
        let path = folder.file("elg.gavel")
        let meeting = try LiveMeeting(store: try makeRecord(at: path), number: 1)
        for index in 1...20 { try meeting.perform(.note(MinuteText(item: nil, text: "Note \(index)")), by: .clerk, at: Date()) }
        return (path, meeting.head)
    }

    private func tamper(_ path: String, _ sql: String) throws {
        let queue = try DatabaseQueue(path: path)
        try queue.write { db in try db.execute(sql: sql) }
        try queue.close()
    }

    @Test("an untouched record verifies, and its head is found")
    func intact() throws {
        let folder = TemporaryFolder()
        let (path, head) = try record(in: folder)
        let report = try RecordStore.open(path: path).verify(head: head.hash)
        #expect(report.isIntact)
        #expect(report.meetings.first?.head == head)
        #expect(report.head == .last(meeting: 1, sequence: 20))
    }

    @Test("an edited row is caught and named")
    func edited() throws {
        let folder = TemporaryFolder()
        let (path, _) = try record(in: folder)
        try tamper(path, "UPDATE event SET body = replace(body, 'Note 7', 'Note seven') WHERE sequence = 7")
        let report = try RecordStore.open(path: path).verify()
        #expect(!report.isIntact)
        #expect(report.meetings.first?.problem?.hasPrefix("meeting 1: event 7 does not match its hash") == true)
    }

    @Test("a deleted row is caught")
    func deleted() throws {
        let folder = TemporaryFolder()
        let (path, _) = try record(in: folder)
        try tamper(path, "DELETE FROM event WHERE sequence = 12")
        let problem = try RecordStore.open(path: path).verify().meetings.first?.problem
        #expect(problem == "meeting 1: event 12 is missing (the next stored is 13); events were deleted")
    }

    @Test("reordered rows are caught")
    func reordered() throws {
        let folder = TemporaryFolder()
        let (path, _) = try record(in: folder)
        try tamper(path, """
            UPDATE event SET sequence = -1 WHERE sequence = 5;
            UPDATE event SET sequence = 5 WHERE sequence = 6;
            UPDATE event SET sequence = 6 WHERE sequence = -1;
            """)
        let problem = try RecordStore.open(path: path).verify().meetings.first?.problem
        #expect(problem?.hasPrefix("meeting 1: event 5 does not match its hash") == true)
    }

    @Test("a changed constitution of a meeting already under way is caught")
    func constitutionChanged() throws {
        let folder = TemporaryFolder()
        let (path, _) = try record(in: folder)
        try tamper(path, "UPDATE meeting SET constitutionJSON = replace(constitutionJSON, 'simpleMajority', 'unanimity')")
        let problem = try RecordStore.open(path: path).verify().meetings.first?.problem
        #expect(problem == "meeting 1's constitution or carried matters were changed after it began")
    }

    @Test("the last rows cut off leave a valid chain, but the circulated head is no longer found")
    func truncatedTail() throws {
        let folder = TemporaryFolder()
        let (path, head) = try record(in: folder)
        try tamper(path, "DELETE FROM event WHERE sequence > 17")
        let report = try RecordStore.open(path: path).verify(head: head.hash)
        #expect(report.isIntact)
        #expect(report.head == .absent)
        #expect(report.meetings.first?.head.eventCount == 17)
    }

    @Test("verify --head says whether the head is the last event, an earlier one with how many since, or absent")
    func headPositions() throws {
        let folder = TemporaryFolder()
        let path = folder.file("elg.gavel")
        let meeting = try LiveMeeting(store: try makeRecord(at: path), number: 1)
        var heads: [String] = []
        for index in 1...5 {
            try meeting.perform(.note(MinuteText(item: nil, text: "Note \(index)")), by: .clerk, at: Date())
            heads.append(meeting.head.hash)
        }
        let store = try RecordStore.open(path: path)
        #expect(try store.verify(head: heads[4]).head == .last(meeting: 1, sequence: 5))
        #expect(try store.verify(head: heads[2]).head == .earlier(meeting: 1, sequence: 3, after: 2))
        #expect(try store.verify(head: String(repeating: "0", count: 64)).head == .absent)
        #expect(try store.verify().head == nil)
    }

    @Test("a head found past a break in the chain is not proven, however it matches")
    func headPastABreak() throws {
        let folder = TemporaryFolder()
        let (path, head) = try record(in: folder)
        try tamper(path, "UPDATE event SET body = replace(body, 'Note 3', 'Note three') WHERE sequence = 3")
        let report = try RecordStore.open(path: path).verify(head: head.hash)
        guard case .unproven(1, 20, let problem)? = report.head else {
            Issue.record("a head after a broken link was reported \(String(describing: report.head))")
            return
        }
        #expect(problem.hasPrefix("meeting 1: event 3 does not match its hash"))
    }

    @Test("the series' constitution is under meeting 1's chain: changed, verify catches it and no meeting starts from it")
    func seriesConstitutionChanged() throws {
        let folder = TemporaryFolder()
        let (path, _) = try record(in: folder)
        try tamper(path, "UPDATE series SET constitutionJSON = replace(constitutionJSON, 'simpleMajority', 'unanimity')")
        let store = try RecordStore.open(path: path)
        let report = try store.verify()
        #expect(!report.isIntact)
        #expect(report.seriesProblem?.contains("changed after the record began") == true)
        #expect { try store.startMeeting() } throws: { error in
            guard case .chainBroken(_, let detail) = error as? StoreError else { return false }
            return detail.hasSuffix("no meeting was started")
        }
    }
}
