import Foundation
import GRDB
import MeetingKit
import SSHKeys
import Testing
import TestSupport
@testable import MeetingStore

@Suite("The key journal, who made each event, and the chair's signature over the minutes")
struct AccessJournalTests {
    private let chair = namedELG.designatedChair!
    private let rep = representatives(1)[0]

    private func key(_ keys: SSHKeyFolder, _ name: String) throws -> SSHPublicKey {
        try SSHPublicKey(line: String(contentsOfFile: try keys.make(name, type: "ed25519"), encoding: .utf8))
    }

    /// A closed meeting with the chair's and a representative's keys in the record.
    private func closedMeeting(_ folder: TemporaryFolder, _ keys: SSHKeyFolder) throws -> (RecordStore, LiveMeeting, chairKey: SSHPublicKey) {
        let store = try makeRecord(at: folder.file("elg.gavel"))
        let chairKey = try key(keys, "chair")
        try store.addKey(chairKey, for: .person(chair))
        try store.addKey(try key(keys, "rep"), for: .person(rep))
        let meeting = try LiveMeeting(store: store, number: 1)
        try runMeetingWithOpenVote(meeting)
        try meeting.perform(.closeVote("M1"), by: .chair, at: Date(timeIntervalSince1970: 1_570_010_000))
        try meeting.perform(.closeMeeting, by: .chair, at: Date(timeIntervalSince1970: 1_570_010_060))
        return (store, meeting, chairKey)
    }

    private func sign(_ keys: SSHKeyFolder, _ meeting: LiveMeeting, by name: String = "chair", namespace: String = "gavel-minutes") throws -> String {
        try keys.sign(MinutesSignature.message(meeting: 1, eventCount: meeting.head.eventCount, head: meeting.head.hash, keys: try meeting.store.keyJournalHead()), with: name, namespace: namespace)
    }

    @Test("keys added and removed are chained entries; a key removed mid-meeting records nothing more")
    func keysAreChainedEvents() throws {
        let folder = TemporaryFolder()
        let keys = try SSHKeyFolder()
        let store = try makeRecord(at: folder.file("elg.gavel"))
        let repKey = try key(keys, "rep")
        try store.addKey(repKey, for: .person(rep))
        #expect(throws: AccessError.self) { try store.addKey(repKey, for: .projector) }
        let meeting = try LiveMeeting(store: store, number: 1)
        try runMeetingWithOpenVote(meeting)
        let actor = Actor(person: rep, key: repKey.fingerprint)
        let seat = namedELG.seats[0].id
        let cast = try meeting.perform(.castVote("M1", seat: seat, choice: .against, by: rep), by: .member, as: actor, at: Date())
        #expect(cast.map(\.by) == [actor])
        #expect(try LiveMeeting(store: RecordStore.open(path: store.path), number: 1).events.last?.by == actor)
        try store.removeKey(repKey.fingerprint, note: "left the partnership")
        #expect(try store.accessEvents().map(\.sequence) == [1, 2])
        #expect(throws: ActionError.self) {
            try meeting.perform(.castVote("M1", seat: seat, choice: .inFavour, by: rep), by: .member, as: actor, at: Date())
        }
        #expect(meeting.state.motions["M1"]?.ballots[seat]?.choice == .against)
        #expect(try store.verify().isIntact)
    }

    @Test("M4: a chair who hands over records nothing more as chair from the connection they opened as chair; the new chair's key may")
    func handoverEndsTheChairsWrites() throws {
        let folder = TemporaryFolder()
        let keys = try SSHKeyFolder()
        let store = try makeRecord(at: folder.file("elg.gavel"))
        let chairKey = try key(keys, "chair")
        let repKey = try key(keys, "rep")
        try store.addKey(chairKey, for: .person(chair))
        try store.addKey(repKey, for: .person(rep))
        let meeting = try LiveMeeting(store: store, number: 1)
        let asChair = Actor(person: chair, key: chairKey.fingerprint)
        let details = MeetingDetails(title: "ELG", date: CalendarDay("2019-10-01")!, place: "Civic Offices", clerk: "Kim")
        try meeting.perform(.openMeeting(details), by: .chair, as: asChair, at: Date())
        try meeting.perform(.handOverChair(to: rep), by: .chair, as: asChair, at: Date())
        let item = AgendaItem(id: "1", title: "Banding")
        #expect(throws: ActionError.self) { try meeting.perform(.addAgendaItem(item), by: .chair, as: asChair, at: Date()) }
        try meeting.perform(.addAgendaItem(item), by: .chair, as: Actor(person: rep, key: repKey.fingerprint), at: Date())
        #expect(meeting.state.item("1")?.title == "Banding")
    }

    @Test("an edited key entry breaks the key journal's chain")
    func tamperedKey() throws {
        let folder = TemporaryFolder()
        let keys = try SSHKeyFolder()
        let store = try makeRecord(at: folder.file("elg.gavel"))
        try store.addKey(try key(keys, "rep"), for: .person(rep))
        let queue = try DatabaseQueue(path: store.path)
        try queue.write { db in try db.execute(sql: "UPDATE access_event SET body = replace(body, ?, ?)", arguments: [rep.rawValue, chair.rawValue]) }
        try queue.close()
        let report = try RecordStore.openForReading(path: store.path).verify()
        #expect(report.accessProblem?.contains("entry 1 does not match its hash") == true)
        #expect(!report.isIntact)
    }

    @Test("a deleted key entry breaks the key journal's chain, worded as a meeting's deleted event is")
    func deletedKeyEntry() throws {
        let folder = TemporaryFolder()
        let keys = try SSHKeyFolder()
        let store = try makeRecord(at: folder.file("elg.gavel"))
        try store.addKey(try key(keys, "rep"), for: .person(rep))
        try store.addKey(try key(keys, "chair"), for: .person(chair))
        let queue = try DatabaseQueue(path: store.path)
        try queue.write { db in try db.execute(sql: "DELETE FROM access_event WHERE sequence = 1") }
        try queue.close()
        let report = try RecordStore.openForReading(path: store.path).verify()
        #expect(report.accessProblem == "the key journal: entry 1 is missing (the next stored is 2); entries were deleted")
    }

    @Test("a broken key journal trusts no key: a deleted removal lets nobody back in, and no key is added to it")
    func brokenJournalTrustsNoKey() throws {
        let folder = TemporaryFolder()
        let keys = try SSHKeyFolder()
        let store = try makeRecord(at: folder.file("elg.gavel"))
        let removed = try store.addKey(try key(keys, "rep"), for: .person(rep))
        try store.removeKey(removed.fingerprint, note: "left the partnership")
        #expect(try store.keyring().key(removed.fingerprint) == nil)
        try store.addKey(try key(keys, "chair"), for: .person(chair))
        let queue = try DatabaseQueue(path: store.path)
        try queue.write { db in try db.execute(sql: "DELETE FROM access_event WHERE sequence = 2") }
        try queue.close()
        #expect {
            try store.keyring()
        } throws: { error in
            guard case StoreError.chainBroken(_, let detail)? = error as? StoreError else { return false }
            return detail.contains("entry 2 is missing") && detail.contains("no key is trusted")
        }
        #expect(throws: (any Error).self, "nothing is added to a broken journal") {
            try store.addKey(try key(keys, "clerk"), for: .clerk(name: "Kim"))
        }
    }

    @Test("the chair's signature over a closed meeting is recorded against its head and verifies")
    func chairSigns() throws {
        let folder = TemporaryFolder()
        let keys = try SSHKeyFolder()
        let (store, meeting, chairKey) = try closedMeeting(folder, keys)
        try store.signMinutes(meeting: 1, signature: try sign(keys, meeting), fingerprint: chairKey.fingerprint)
        let report = try store.verify()
        #expect(report.signatures.map(\.problem) == [nil])
        #expect(report.isIntact)
        #expect(try store.keyring().signature(of: 1)?.head == meeting.head.hash)
    }

    @Test("a signature by someone else, over other text or in another namespace is refused")
    func badSignatures() throws {
        let folder = TemporaryFolder()
        let keys = try SSHKeyFolder()
        let (store, meeting, chairKey) = try closedMeeting(folder, keys)
        let repKey = try store.keyring().keys.first { $0.holder == .person(rep) }!
        #expect(throws: AccessError.self) { try store.signMinutes(meeting: 1, signature: try sign(keys, meeting, by: "rep"), fingerprint: repKey.fingerprint) }
        #expect(throws: AccessError.self) { try store.signMinutes(meeting: 1, signature: try sign(keys, meeting, by: "rep"), fingerprint: chairKey.fingerprint) }
        #expect(throws: AccessError.self) { try store.signMinutes(meeting: 1, signature: try sign(keys, meeting, namespace: "file"), fingerprint: chairKey.fingerprint) }
        #expect(try store.keyring().signatures.isEmpty)
    }

    @Test("events re-chained after the chair signed fail verify, though every hash is consistent again")
    func rechainedAfterSigning() throws {
        let folder = TemporaryFolder()
        let keys = try SSHKeyFolder()
        let (store, meeting, chairKey) = try closedMeeting(folder, keys)
        try store.signMinutes(meeting: 1, signature: try sign(keys, meeting), fingerprint: chairKey.fingerprint)
        // Someone with the file rewrites a ballot and recomputes every hash after it.
        let queue = try DatabaseQueue(path: store.path)
        try queue.write { db in
            let genesis = try String.fetchOne(db, sql: "SELECT genesisHash FROM meeting WHERE number = 1")!
            var previous = genesis
            for row in try Row.fetchAll(db, sql: "SELECT sequence, body FROM event WHERE meetingID = 1 ORDER BY sequence") {
                let body = (row["body"] as String).replacingOccurrences(of: "\"choice\":\"for\"", with: "\"choice\":\"against\"")
                let hash = EventCodec.hash(previous: previous, meetingNumber: 1, sequence: row["sequence"], body: body)
                try db.execute(sql: "UPDATE event SET body = ?, hash = ? WHERE meetingID = 1 AND sequence = ?", arguments: [body, hash, row["sequence"] as Int])
                previous = hash
            }
        }
        try queue.close()
        let report = try RecordStore.openForReading(path: store.path).verify()
        #expect(report.meetings.allSatisfy { $0.problem == nil })
        #expect(report.signatures.first?.problem?.contains("no longer holds the head the chair signed") == true)
        #expect(!report.isIntact)
    }

    @Test("the key journal and a keyed event are stored under the names docs/journal-format.md gives them")
    func documentedNames() throws {
        let folder = TemporaryFolder()
        let keys = try SSHKeyFolder()
        let (store, meeting, chairKey) = try closedMeeting(folder, keys)
        try store.removeKey(try store.keyring().keys.first { $0.holder == .person(rep) }!.fingerprint, note: "left")
        try store.signMinutes(meeting: 1, signature: try sign(keys, meeting), fingerprint: chairKey.fingerprint, by: Actor(person: chair, key: chairKey.fingerprint))
        let clerkKey = try key(keys, "clerk")
        try store.addKey(clerkKey, for: .clerk(name: "Kim Clerk"))
        let closed = try #require(meeting.events.first { if case .voteClosed = $0.payload { true } else { false } }).sequence
        try meeting.perform(.correct(Correction(target: closed, text: "The tally was read wrongly")), by: .clerk, as: Actor(person: nil, name: "Kim Clerk", key: clerkKey.fingerprint), at: Date())
        let queue = try DatabaseQueue(path: store.path)
        let (access, last) = try queue.read { db in
            (try String.fetchAll(db, sql: "SELECT body FROM access_event ORDER BY sequence"),
             try String.fetchOne(db, sql: "SELECT body FROM event ORDER BY sequence DESC LIMIT 1")!)
        }
        try queue.close()
        #expect(access[0].contains(#""payload":{"keyAdded":{"_0":{"algorithm":"ssh-ed25519""#) && access[0].contains(#""holder":{"person":{"_0":"\#(chair)"}}"#))
        #expect(access[2].hasPrefix(#"{"payload":{"keyRemoved":{"fingerprint":"#))
        // JSONEncoder writes "/" as "\/".
        let storedKey = chairKey.fingerprint.replacingOccurrences(of: "/", with: #"\/"#)
        #expect(access[3].hasPrefix(#"{"by":{"key":"\#(storedKey)","person":"\#(chair)"},"payload":{"minutesSigned":{"_0":{"eventCount":"#))
        let storedClerkKey = clerkKey.fingerprint.replacingOccurrences(of: "/", with: #"\/"#)
        #expect(last.hasPrefix(#"{"author":"clerk","by":{"key":"\#(storedClerkKey)","name":"Kim Clerk"},"payload":{"corrected""#))
    }
}
