import Foundation
import MeetingKit
@testable import MeetingStore
import Testing

@Suite("Search across the series")
struct SearchTests {
    @Test("rule N4, rule V5: the index follows every commit; undone events are not found; confidential matter only when asked for")
    func indexFollows() throws {
        let folder = TemporaryFolder()
        let path = folder.file("elg.gavel")
        let meeting = try LiveMeeting(store: try makeRecord(at: path), number: 1)
        let at = Date(timeIntervalSince1970: 1_570_000_000)
        try meeting.perform(.openMeeting(MeetingDetails(title: "ELG", date: CalendarDay("2019-10-01")!, place: "", clerk: "")), by: .chair, at: at)
        try meeting.perform(.addAgendaItem(AgendaItem(id: "1", title: "Transport")), by: .chair, at: at)
        try meeting.perform(.addAgendaItem(AgendaItem(id: "2", title: "A placement")), by: .chair, at: at)
        try meeting.perform(.openAgendaItem("1"), by: .chair, at: at)
        try meeting.perform(.note(MinuteText(item: nil, text: "Transport budget agreed")), by: .clerk, at: at)
        let slip = try meeting.perform(.note(MinuteText(item: nil, text: "Budget slip typed here")), by: .clerk, at: at.addingTimeInterval(1))
        try meeting.perform(.undoLastAction(first: slip[0].sequence), by: .clerk, at: at.addingTimeInterval(2))
        try meeting.perform(.openAgendaItem("2"), by: .chair, at: at.addingTimeInterval(3))
        try meeting.perform(.note(MinuteText(item: nil, text: "The budget for one child")), by: .clerk, at: at.addingTimeInterval(4))
        try meeting.perform(.markConfidential("2", true), by: .clerk, at: at.addingTimeInterval(5))
        let store = try RecordStore.openForReading(path: path)
        #expect(try store.search("budget").count == 3, "the index holds every commit, undone and confidential included")
        let shown = try store.searchMeetings("budget")
        #expect(shown.map(\.snippet) == ["Transport [budget] agreed"])
        #expect(shown.first?.date == CalendarDay("2019-10-01"))
        #expect(try store.searchMeetings("budget", includeConfidential: true).count == 2, "the undone note is never found")
        #expect(try store.searchMeetings("placement").isEmpty, "a confidential item's title is matter too")
        #expect(try store.searchMeetings("\"; DROP TABLE search; --").isEmpty, "punctuation in a query is never FTS syntax")
    }

    @Test("#24, N4: a renamed item is found by its new title; a confidential item's new title is not, unless asked")
    func renamedItems() throws {
        let folder = TemporaryFolder()
        let path = folder.file("elg.gavel")
        let meeting = try LiveMeeting(store: try makeRecord(at: path), number: 1)
        try meeting.perform(.openMeeting(MeetingDetails(title: "ELG", date: CalendarDay("2019-10-01")!, place: "", clerk: "")), by: .chair)
        try meeting.perform(.addAgendaItem(AgendaItem(id: "1", title: "Funding model")), by: .chair)
        try meeting.perform(.renameAgendaItem("1", title: "Funding top-up scheme"), by: .chair)
        try meeting.perform(.addAgendaItem(AgendaItem(id: "2", title: "A placement", confidential: true)), by: .chair)
        try meeting.perform(.renameAgendaItem("2", title: "The Oakwood placement"), by: .chair)
        let store = try RecordStore.openForReading(path: path)
        #expect(try store.searchMeetings("scheme").map(\.kind) == ["agenda item 1 renamed"])
        #expect(try store.searchMeetings("oakwood").isEmpty, "a confidential item's new title is matter too")
        #expect(try store.searchMeetings("oakwood", includeConfidential: true).count == 1)
    }

    @Test("#22, N4: public search reads the public projection: an amendment, a vote's override reason and an action's closing under an item confidential throughout are not found")
    func continuationsOfConfidentialMatter() throws {
        let folder = TemporaryFolder()
        let path = folder.file("elg.gavel")
        let meeting = try LiveMeeting(store: try makeRecord(at: path), number: 1)
        try meeting.perform(.openMeeting(MeetingDetails(title: "ELG", date: CalendarDay("2019-10-01")!, place: "", clerk: "")), by: .chair)
        try meeting.perform(.addAgendaItem(AgendaItem(id: "2", title: "A placement", confidential: true)), by: .chair)
        try meeting.perform(.openAgendaItem("2"), by: .chair)
        try meeting.perform(.moveMotion(MotionDraft(id: "M1", text: "Fund the placement", mover: "EOG")), by: .chair)
        try meeting.perform(.amendMotion("M1", text: "Fund the Oakwood placement", note: "named school"), by: .chair)
        try meeting.perform(.recordAction(ActionItem(id: "A1", item: nil, what: "Write to the family", who: "Kim", due: CalendarDay("2019-11-01"))), by: .clerk)
        try meeting.perform(.closeAction("A1", note: "Oakwood letter sent"), by: .clerk)
        let store = try RecordStore.openForReading(path: path)
        let found = try store.searchMeetings("oakwood")
        #expect(found.isEmpty, "\(found.map(\.snippet))")
        #expect(try store.searchMeetings("oakwood", includeConfidential: true).count == 2)
    }

    @Test("#25 V5: a corrected entry found by its first words is marked, with its number and how it reads now")
    func correctedEntryMarked() throws {
        let folder = TemporaryFolder()
        let path = folder.file("elg.gavel")
        let meeting = try LiveMeeting(store: try makeRecord(at: path), number: 1)
        let at = Date(timeIntervalSince1970: 1_570_000_000)
        try meeting.perform(.openMeeting(MeetingDetails(title: "ELG", date: CalendarDay("2019-10-01")!, place: "", clerk: "")), by: .chair, at: at)
        let note = try meeting.perform(.note(MinuteText(item: nil, text: "Transport budget agreed")), by: .clerk, at: at)
        try meeting.perform(.note(MinuteText(item: nil, text: "Budget review next month")), by: .clerk, at: at)
        try meeting.perform(.correct(Correction(target: note[0].sequence, text: "Transport budget deferred")), by: .clerk, at: at.addingTimeInterval(60))
        let found = try RecordStore.openForReading(path: path).searchMeetings("budget")
        let corrected = try #require(found.first { $0.sequence == note[0].sequence })
        #expect(corrected.correction?.number == 1)
        #expect(corrected.correction?.correction.text == "Transport budget deferred")
        #expect(corrected.lines.last == "    corrected (C1); now reads: Transport budget deferred")
        #expect(found.first { $0.sequence != note[0].sequence }?.correction == nil, "an entry never corrected is not marked")
    }

    @Test("a record written before the index is searched the same, read-only by scanning, and indexed when first opened for writing")
    func earlierRecord() throws {
        let folder = TemporaryFolder()
        let path = folder.file("earlier.gavel")
        let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/written-2026-11-29.gavel").path
        try FileManager.default.copyItem(atPath: fixture, toPath: path)
        let scanned = try RecordStore.openForReading(path: path).searchMeetings("banding model").map(\.sequence).sorted()
        #expect(!scanned.isEmpty)
        _ = try RecordStore.open(path: path)
        let indexed = try RecordStore.openForReading(path: path).searchMeetings("banding model")
        #expect(indexed.map(\.sequence).sorted() == scanned)
        #expect(indexed.allSatisfy { $0.snippet.contains("[banding]") }, "found through the index")
        #expect(try RecordStore.openForReading(path: path).verify().isIntact)
    }
}
