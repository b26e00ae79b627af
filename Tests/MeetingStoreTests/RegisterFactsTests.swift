import Foundation
import GRDB
import MeetingKit
@testable import MeetingStore
import Testing

/// #26.2: a register reads each closed meeting's facts, kept with it at its close, instead of folding every
/// event of the series; the facts are derived, hold only for the chain head they name, and `verify`
/// recomputes them.
@Suite("Register facts kept with each closed meeting")
struct RegisterFactsTests {
    /// Meeting 1: six arrive (one after the roll call), a declaration, a carried motion, closed. Meeting 2
    /// started and left open with one arrival.
    private func series(at path: String) throws -> RecordStore {
        let store = try makeRecord(at: path)
        let meeting = try LiveMeeting(store: store, number: 1)
        try runMeetingWithOpenVote(meeting)
        try meeting.perform(.castVote("M1", seat: namedELG.seats[3].id, choice: .against), by: .chair)
        try meeting.perform(.closeVote("M1"), by: .chair)
        try meeting.perform(.addAgendaItem(AgendaItem(id: "1", title: "Banding")), by: .chair)
        try meeting.perform(.openAgendaItem("1"), by: .chair)
        try meeting.perform(.arrive(representatives(7)[6]), by: .clerk)
        try meeting.perform(.declareInterest(Declaration(person: representatives(1)[0], item: "1", interest: "Governor of a special school")), by: .clerk)
        try close(meeting)
        try store.startMeeting()
        try LiveMeeting(store: store, number: 2).perform(.arrive(representatives(1)[0]), by: .clerk)
        return store
    }

    private func folded(_ store: RecordStore) throws -> [MeetingRegisterFacts] {
        try store.meetings().map { MeetingRegisterFacts(number: $0.number, state: try LiveMeeting(store: store, number: $0.number).state) }
    }

    private func keptRows(_ path: String) throws -> [Row] {
        try DatabaseQueue(path: path).read { db in try Row.fetchAll(db, sql: "SELECT meetingID, eventCount, head, body FROM meeting_facts") }
    }

    private func tamper(_ path: String, _ sql: String) throws {
        try DatabaseQueue(path: path).write { db in try db.execute(sql: sql) }
    }

    @Test("rule A1, rule V6: the close keeps the meeting's facts at its head; an open meeting has none; registers read them and agree with a fold")
    func keptAtClose() throws {
        let folder = TemporaryFolder()
        let store = try series(at: folder.file("r.gavel"))
        let rows = try keptRows(folder.file("r.gavel"))
        #expect(rows.count == 1, "only the closed meeting")
        let one = try LiveMeeting(store: store, number: 1)
        #expect(rows.first?["eventCount"] == one.head.eventCount)
        #expect(rows.first?["head"] == one.head.hash)
        let facts = try store.registerFacts()
        #expect(facts == (try folded(store)))
        let attendance = SeriesRegisters.attendance(facts).people
        #expect(attendance.rows.first { $0[0] == namedELG.displayName(representatives(7)[6]) }?[4] == "1", "late: after the roll call (A1)")
        #expect(SeriesRegisters.interests(facts).rows.map { $0[4] } == ["Governor of a special school"])
        #expect(SeriesRegisters.decisions(facts).rows.map { $0[3] } == ["M1"])
    }

    @Test("the register reads the kept row, not a fold: a row changed behind Gavel's back shows, and verify names it")
    func registerReadsTheRowAndVerifyRecomputes() throws {
        let folder = TemporaryFolder()
        let path = folder.file("r.gavel")
        _ = try series(at: path)
        try tamper(path, "UPDATE meeting_facts SET body = replace(body, 'Governor of a special school', 'Nothing to declare')")
        let reader = try RecordStore.openForReading(path: path)
        #expect(SeriesRegisters.interests(try reader.registerFacts()).rows.map { $0[4] } == ["Nothing to declare"])
        #expect(try reader.verify().registerFactsProblems.isEmpty, "by default only the heads are checked: the row names the chain's head")
        let report = try reader.verify(recomputingRegisters: true)
        #expect(report.isIntact, "the record's proof holds: the facts are derived (a backup still copies it)")
        #expect(report.registerFactsProblems.count == 1)
        #expect(report.registerFactsProblems.first?.contains("meeting 1's register facts differ from what its events give") == true)
        #expect(report.meetings.allSatisfy { $0.problem == nil }, "the chain itself holds: the facts are derived")

        try RecordStore.open(path: path).rebuildRegisterFacts()
        let mended = try RecordStore.openForReading(path: path)
        #expect(SeriesRegisters.interests(try mended.registerFacts()).rows.map { $0[4] } == ["Governor of a special school"])
        #expect(try mended.verify(recomputingRegisters: true).registerFactsProblems.isEmpty)
    }

    @Test("facts naming a head the chain does not hold are never read, and verify says so")
    func foreignHead() throws {
        let folder = TemporaryFolder()
        let path = folder.file("r.gavel")
        let store = try series(at: path)
        try tamper(path, "UPDATE meeting_facts SET head = '\(String(repeating: "0", count: 64))', body = replace(body, 'Governor', 'Trustee')")
        let reader = try RecordStore.openForReading(path: path)
        #expect(try reader.registerFacts() == (try folded(store)), "a row that does not match the chain head is folded past")
        #expect(try reader.verify().registerFactsProblems.first?.contains("an event and hash its chain does not hold") == true)
    }

    @Test("rule V5: a correction after the close moves the facts to the new head")
    func extendedAfterClose() throws {
        let folder = TemporaryFolder()
        let path = folder.file("r.gavel")
        let store = try makeRecord(at: path)
        let meeting = try LiveMeeting(store: store, number: 1)
        try runMeetingWithOpenVote(meeting)
        try meeting.perform(.closeVote("M1"), by: .chair)
        try close(meeting)
        let motion = meeting.state.motions["M1"]!.sequence
        try meeting.perform(.correct(Correction(target: motion, text: "Accept the banding model for consultation")), by: .clerk)
        #expect(try keptRows(path).first?["eventCount"] == meeting.head.eventCount, "kept again at the correction")
        #expect(SeriesRegisters.decisions(try store.registerFacts()).rows.first?[4].hasSuffix("(corrected, see C1)") == true)
        #expect(try store.verify(recomputingRegisters: true).registerFactsProblems.isEmpty)
        #expect(try store.verify().isIntact)
    }

    @Test("a close undone leaves the kept row at an earlier head: the register folds instead, and verify still holds")
    func closeUndone() throws {
        let folder = TemporaryFolder()
        let path = folder.file("r.gavel")
        let store = try makeRecord(at: path)
        let meeting = try LiveMeeting(store: store, number: 1)
        try runMeetingWithOpenVote(meeting)
        try meeting.perform(.closeVote("M1"), by: .chair)
        let closing = try meeting.perform(.closeMeeting, by: .chair)
        try meeting.perform(.undoLastAction(first: closing[0].sequence), by: .chair)
        #expect(meeting.state.closedAt == nil)
        #expect(try keptRows(path).first?["eventCount"] != meeting.head.eventCount, "reopened: the kept row names an earlier head")
        try meeting.perform(.arrive(representatives(8)[7]), by: .clerk)
        #expect(try store.registerFacts() == (try folded(store)))
        #expect(try store.verify(recomputingRegisters: true).registerFactsProblems.isEmpty, "a row at an earlier head still agrees with the events up to it")
    }

    @Test("a record written before the facts: read as it is by folding; opened for writing, the migration keeps them")
    func earlierRecord() throws {
        let folder = TemporaryFolder()
        let path = folder.file("old.gavel")
        try FileManager.default.copyItem(atPath: EveryEventKindTests.fixture, toPath: path)
        let before = try RecordStore.openForReading(path: path).registerFacts()
        #expect(!(try DatabaseQueue(path: path).read { try $0.tableExists("meeting_facts") }))
        _ = try RecordStore.open(path: path)
        #expect(try keptRows(path).count == 1)
        let after = try RecordStore.openForReading(path: path)
        #expect(try after.registerFacts() == before)
        #expect(try after.verify().isIntact)
    }

    @Test("a kept row damaged any way (wrong types, unreadable, another meeting's, an open meeting's) is folded past, named by verify, and made again")
    func damagedRows() throws {
        let damage = [
            "UPDATE meeting_facts SET eventCount = 'abc'",
            "UPDATE meeting_facts SET body = x'ff00'",
            "UPDATE meeting_facts SET body = '{not json'",
            "UPDATE meeting_facts SET body = replace(body, '\"number\":1', '\"number\":2')",
        ]
        for sql in damage {
            let folder = TemporaryFolder()
            let path = folder.file("r.gavel")
            let store = try series(at: path)
            try tamper(path, sql)
            let reader = try RecordStore.openForReading(path: path)
            #expect(try reader.registerFacts() == (try folded(store)), "\(sql): folded instead")
            let report = try reader.verify(recomputingRegisters: true)
            #expect(report.isIntact, "\(sql): the record itself is sound")
            #expect(report.registerFactsProblems.count == 1, "\(sql): \(report.registerFactsProblems)")
            try RecordStore.open(path: path).rebuildRegisterFacts()
            #expect(try RecordStore.openForReading(path: path).verify(recomputingRegisters: true).registerFactsProblems.isEmpty, "\(sql): made again")
        }
        // A row forged for the open meeting 2 at its head: verify says it was not closed there; a rebuild
        // removes it.
        let folder = TemporaryFolder()
        let path = folder.file("r.gavel")
        _ = try series(at: path)
        try tamper(path, """
            INSERT INTO meeting_facts SELECT 2, 1, (SELECT hash FROM event WHERE meetingID = 2 AND sequence = 1),
                replace(body, '"number":1', '"number":2') FROM meeting_facts WHERE meetingID = 1
            """)
        #expect(try RecordStore.openForReading(path: path).verify(recomputingRegisters: true).registerFactsProblems.first?.contains("where it was not closed") == true)
        try RecordStore.open(path: path).rebuildRegisterFacts()
        #expect(try keptRows(path).count == 1)
    }
}
