import ConstitutionFile
import Foundation
import GRDB
import MeetingKit
import Testing
@testable import MeetingStore

@Suite("The durable record: open, resume, refuse bad files")
struct DurabilityTests {
    @Test("resume: reopening folds the journal back to exactly the same state, open vote included")
    func resume() throws {
        let folder = TemporaryFolder()
        let path = folder.file("elg.gavel")
        let meeting = try LiveMeeting(store: try makeRecord(at: path), number: 1)
        try runMeetingWithOpenVote(meeting)
        let reopened = try LiveMeeting(store: try RecordStore.open(path: path), number: 1)
        #expect(reopened.state == meeting.state)
        #expect(reopened.events == meeting.events)
        #expect(reopened.state.openVote == "M1")
        #expect(reopened.state.tally(of: "M1")?.inFavour == 3)
        #expect(reopened.head == meeting.head)
    }

    @Test("acknowledged means synchronous = FULL on the writer connection, in WAL mode")
    func synchronousFull() throws {
        let folder = TemporaryFolder()
        let store = try makeRecord(at: folder.file("elg.gavel"))
        let (synchronous, journal) = try store.access { db in
            (try Int.fetchOne(db, sql: "PRAGMA synchronous"), try String.fetchOne(db, sql: "PRAGMA journal_mode"))
        }
        #expect(synchronous == 2)  // FULL
        #expect(journal == "wal")
    }

    @Test("a new record is created with mode 0600, its folder 0700")
    func permissions() throws {
        let folder = TemporaryFolder()
        let path = folder.file("data/gavel/elg.gavel")
        _ = try makeRecord(at: path)
        let mode = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
        let folderMode = try FileManager.default.attributesOfItem(atPath: folder.file("data/gavel"))[.posixPermissions] as? Int
        #expect(mode == 0o600)
        #expect(folderMode == 0o700)
    }

    @Test("the default record lives under XDG_DATA_HOME, else ~/.local/share")
    func defaultLocation() {
        #expect(RecordLocation.defaultRecord(series: "hnb-elg", environment: ["XDG_DATA_HOME": "/x/data", "HOME": "/home/kim"]) == "/x/data/gavel/hnb-elg.gavel")
        #expect(RecordLocation.defaultRecord(series: "hnb-elg", environment: ["HOME": "/home/kim"]) == "/home/kim/.local/share/gavel/hnb-elg.gavel")
        #expect(RecordLocation.defaultRecord(series: "hnb-elg", environment: ["XDG_DATA_HOME": "relative", "HOME": "/home/kim"]) == "/home/kim/.local/share/gavel/hnb-elg.gavel")
    }

    @Test("a file that is not a database is refused and left untouched")
    func notADatabase() throws {
        let folder = TemporaryFolder()
        let path = folder.file("notes.gavel")
        #expect(FileManager.default.createFile(atPath: path, contents: Data("Minutes of the ELG, typed by hand\n".utf8)))
        let before = contents(path)
        #expect(throws: StoreError.notAGavelRecord(path: path, detail: "not an SQLite database")) { try RecordStore.open(path: path) }
        #expect(contents(path) == before)
    }

    @Test("another program's SQLite database is refused and left untouched")
    func foreignDatabase() throws {
        let folder = TemporaryFolder()
        let path = folder.file("other.sqlite")
        let queue = try DatabaseQueue(path: path)
        try queue.write { db in try db.execute(sql: "CREATE TABLE t (x); INSERT INTO t VALUES (1)") }
        try queue.close()
        let before = contents(path)
        #expect(throws: StoreError.notAGavelRecord(path: path, detail: "an SQLite database of another program")) { try RecordStore.open(path: path) }
        #expect(contents(path) == before)
        #expect(!FileManager.default.fileExists(atPath: path + "-wal"))
    }

    @Test("a record from a newer Gavel is refused, not migrated")
    func newerSchema() throws {
        let folder = TemporaryFolder()
        let path = folder.file("elg.gavel")
        let store = try makeRecord(at: path)
        try store.access { db in try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v9: from the future')") }
        #expect(throws: StoreError.newerSchema(path: path, unknownMigrations: ["v9: from the future"])) { try RecordStore.open(path: path) }
    }

    @Test("a truncated record is refused as damaged and left as it was")
    func truncated() throws {
        let folder = TemporaryFolder()
        let path = folder.file("elg.gavel")
        do {
            let meeting = try LiveMeeting(store: try makeRecord(at: path), number: 1)
            for index in 0..<200 { try meeting.perform(.note(MinuteText(item: nil, text: String(repeating: "note \(index) ", count: 20))), by: .clerk, at: Date()) }
        }
        // Fold the write-ahead log into the file, then cut the file in half.
        let checkpoint = try DatabaseQueue(path: path)
        try checkpoint.writeWithoutTransaction { db in _ = try db.checkpoint(.truncate) }
        try checkpoint.close()
        try? FileManager.default.removeItem(atPath: path + "-wal")
        try? FileManager.default.removeItem(atPath: path + "-shm")
        let whole = contents(path)
        try whole.prefix(whole.count / 2).write(to: URL(fileURLWithPath: path))
        let before = contents(path)
        #expect {
            try RecordStore.open(path: path)
        } throws: { error in
            if case .damaged = error as? StoreError { return true }
            return false
        }
        #expect(contents(path) == before)
    }

    @Test("a full disk fails the action visibly and loses nothing already acknowledged")
    func diskFull() throws {
        let folder = TemporaryFolder()
        let path = folder.file("elg.gavel")
        let store = try makeRecord(at: path)
        let meeting = try LiveMeeting(store: store, number: 1)
        try meeting.perform(.note(MinuteText(item: nil, text: "Acknowledged before the disk filled")), by: .clerk, at: Date())
        // SQLite's page limit on the writer connection stands in for a full disk: the same SQLITE_FULL.
        try store.access { db in
            let pages = try Int.fetchOne(db, sql: "PRAGMA page_count") ?? 1
            try db.execute(sql: "PRAGMA max_page_count = \(pages)")
        }
        let big = String(repeating: "x", count: 200_000)
        #expect {
            try meeting.perform(.note(MinuteText(item: nil, text: big)), by: .clerk, at: Date())
        } throws: { error in
            guard case .store(.diskFull(let reported)) = error as? ActionError else { return false }
            return reported == path
        }
        #expect(meeting.state.entries.count == 1)
        let reopened = try LiveMeeting(store: try RecordStore.open(path: path), number: 1)
        #expect(reopened.state.entries.map { if case .note(let t) = $0.kind { t.text } else { "" } } == ["Acknowledged before the disk filled"])
        #expect(try RecordStore.open(path: path).verify().isIntact)
    }

    @Test("opening a missing record without a series says how to start one")
    func missing() {
        let folder = TemporaryFolder()
        let path = folder.file("none.gavel")
        #expect(throws: StoreError.cannotOpen(path: path, detail: "there is no record there; `gavel new` starts one")) { try RecordStore.open(path: path) }
        #expect(!FileManager.default.fileExists(atPath: path))
    }

    @Test("N2, N3: a new meeting carries the previous meeting's open actions and risks as matters arising")
    func seriesCarryOver() throws {
        let folder = TemporaryFolder()
        let store = try makeRecord(at: folder.file("elg.gavel"))
        let first = try LiveMeeting(store: store, number: 1)
        try first.perform(.recordAction(ActionItem(id: "A1", item: nil, what: "Circulate model", who: "Consultant Head", due: CalendarDay("2019-11-01"))), by: .clerk, at: Date())
        try first.perform(.recordRisk(Risk(id: "R1", item: nil, description: "Overspend", owner: "AD", rating: .high, mitigation: "Review")), by: .clerk, at: Date())
        try close(first)
        let number = try store.startMeeting()
        let second = try LiveMeeting(store: store, number: number)
        #expect(number == 2)
        #expect(second.state.mattersArising.actions.map(\.action.id) == ["A1"])
        #expect(second.state.mattersArising.risks.map(\.fromMeeting) == [1])
        try second.perform(.closeAction("A1", note: "Done"), by: .clerk, at: Date())
        try close(second)
        let third = try LiveMeeting(store: store, number: try store.startMeeting())
        #expect(third.state.mattersArising.actions.isEmpty)
        #expect(third.state.mattersArising.risks.map(\.risk.id) == ["R1"])
        #expect(try store.meetings().map(\.number) == [1, 2, 3])
    }

    @Test("P3: a name given to a seat at one meeting is there at the next; a guest is not")
    func namesRememberedForTheSeries() throws {
        let folder = TemporaryFolder()
        let store = try makeRecord(at: folder.file("elg.gavel"))
        let first = try LiveMeeting(store: store, number: 1)
        let seat = first.state.constitution.seats[0].id
        try first.perform(.appoint(seat: seat, capacity: .proxy, name: "Pat Proxy", partnersAdvised: true), by: .clerk, at: Date())
        try first.perform(.addGuest(name: "Gil Guest", role: "Consultant"), by: .clerk, at: Date())
        try close(first)
        let second = try LiveMeeting(store: store, number: try store.startMeeting())
        let proxy = try #require(second.state.constitution.holders[seat]?.proxy)
        #expect(second.state.constitution.displayName(proxy) == "Pat Proxy")
        #expect(!second.state.constitution.people.values.contains { $0.name == "Gil Guest" })
    }

    @Test("rule B1: a meeting of another body is refused on a record, naming both bodies, and nothing is written")
    func oneBodyToARecord() throws {
        let folder = TemporaryFolder()
        let store = try makeRecord(at: folder.file("elg.gavel"))
        #expect {
            try store.startMeeting(constitution: ShippedConstitution.hnbEOG.constitution)
        } throws: { error in
            let text = "\(error)"
            return text.contains("record of the Education Leadership Group (ELG)") && text.contains("Education Operational Group (EOG)")
        }
        #expect(try store.meetings().map(\.number) == [1])
        var sameBody = ShippedConstitution.frameworkELG.constitution
        for person in namedELG.people.values where sameBody.people[person.id] == nil { sameBody.people[person.id] = person }
        try close(try LiveMeeting(store: store, number: 1))
        #expect(try store.startMeeting(constitution: sameBody) == 2, "another ELG constitution is the same body")
    }
}
