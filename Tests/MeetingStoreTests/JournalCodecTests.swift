import Foundation
import GRDB
import MeetingKit
import Testing
import TestSupport
@testable import MeetingStore

/// #26: events are written and read by the journal's own codec, and must keep the bytes Foundation's
/// JSONEncoder wrote (stored text is hashed), read what JSONDecoder read, and report damage, never crash.
@Suite("The journal's codec")
struct JournalCodecTests {
    /// The path every record was written by before the hand codec, kept here as the oracle.
    static func foundationBytes(_ event: MeetingEvent) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        encoder.dateEncodingStrategy = .deferredToDate
        return String(decoding: try encoder.encode(event), as: UTF8.self)
    }

    @Test("every event of the pinned fixture reads, and writes back byte for byte")
    func fixtureRoundTrips() throws {
        let store = try RecordStore.openForReading(path: EveryEventKindTests.fixture)
        let bodies = try store.read { db in try String.fetchAll(db, sql: "SELECT body FROM event ORDER BY sequence") }
        #expect(bodies.count > 40)
        for body in bodies {
            let event = try EventCodec.decodeEvent(body)
            #expect(event == (try JSONDecoder().decode(MeetingEvent.self, from: Data(body.utf8))))
            #expect(EventCodec.encode(event) == body)
        }
    }

    @Test("random events of every kind: the same bytes as JSONEncoder wrote, and read back equal")
    func randomEventsRoundTrip() throws {
        var events = RandomEvents(random: FuzzBudget.generator(0x26C0_DEC0))
        var kinds: Set<String> = []
        for _ in 0..<FuzzBudget.iterations * 5 {
            let event = events.event()
            kinds.insert(event.payload.kind)
            let written = EventCodec.encode(event)
            let expected = try Self.foundationBytes(event)
            #expect(written == expected, "seed \(FuzzBudget.seed)")
            #expect(try EventCodec.decodeEvent(written) == event, "\(written)")
            if written != expected { return }
        }
        #expect(kinds.count == 35)
    }

    @Test("what older records and other writers hold reads too: no `by`, a motion's own rule, spacing, any key order, escapes, nulls")
    func readerAccepts() throws {
        let old = #"{"author":"chair","payload":{"motionMoved":{"_0":{"id":"M1","mover":"EOG","rationale":"","rule":{"fraction":{"denominator":3,"numerator":2}},"text":"T"}}},"sequence":3,"time":591631920}"#
        let event = try EventCodec.decodeEvent(old)
        guard case .motionMoved(let draft) = event.payload else { Issue.record("read as \(event.payload.kind)"); return }
        #expect(draft.rule == .twoThirds && draft.item == nil && event.by == nil)
        #expect(EventCodec.encode(event) == old)

        let loose = """
             { "time" : 1.5e2 , "sequence" : 2.0, "payload" : { "noted" : { "_0" : { "text" : "a\\u00e9\\ud83d\\ude00\\/\\n", "item" : null,
               "confidential" : false, "later" : [1, {"x": null}] } } }, "author" : "clerk", "by" : { "\\u006bey" : "SHA256:k" } }
            """
        let read = try EventCodec.decodeEvent(loose)
        #expect(read == MeetingEvent(sequence: 2, time: Date(timeIntervalSinceReferenceDate: 150), author: .clerk, by: Actor(person: nil, key: "SHA256:k"),
                                     payload: .noted(MinuteText(item: nil, text: "aé😀/\n"))))
        #expect(read == (try JSONDecoder().decode(MeetingEvent.self, from: Data(loose.utf8))))
    }

    @Test("carried matters, as Foundation wrote them into each meeting's first link, read back equal by the journal's codec")
    func mattersArisingRoundTrip() throws {
        var events = RandomEvents(random: FuzzBudget.generator(0x26AA_7700))
        for _ in 0..<FuzzBudget.iterations / 4 {
            var matters = MattersArising()
            for _ in 0..<Int.random(in: 0...4, using: &events.random) {
                guard case .actionRecorded(let action) = events.payloadOf(kind: 24) else { continue }
                matters.actions.append(CarriedAction(action: action, fromMeeting: events.int()))
            }
            for _ in 0..<Int.random(in: 0...4, using: &events.random) {
                guard case .riskRecorded(let risk) = events.payloadOf(kind: 26) else { continue }
                matters.risks.append(CarriedRisk(risk: risk, fromMeeting: events.int()))
            }
            let text = try EventCodec.encode(matters)
            #expect(try EventCodec.decodeMattersArising(text) == matters, "\(text)")
        }
        // Text the codec cannot read goes to Foundation's decoder, which says why.
        #expect(throws: (any Error).self) { try EventCodec.decodeMattersArising(#"{"actions":[{}],"risks":[]}"#) }
    }

    @Test("a damaged body is an error saying what is wrong and where, for every cut and many edits of a real one")
    func damagedBodies() throws {
        let body = #"{"author":"clerk","by":{"person":"p"},"payload":{"riskRerated":{"_0":"R1","note":"n \"q\"","rating":"high"}},"sequence":7,"time":591631920.25}"#
        for cut in 0..<body.utf8.count {
            #expect(throws: JournalTextError.self) { try EventCodec.decodeEvent(String(decoding: Array(body.utf8)[..<cut], as: UTF8.self)) }
        }
        var random = FuzzBudget.generator(0x26BA_D000)
        for _ in 0..<FuzzBudget.iterations {
            let mutated = Mutator.mutate(body, alphabet: ["\"", "\\", "{", "}", ",", ":", "1", "-", "e", ".", "\u{1}", "é"], using: &random)
            let ours = Result { try EventCodec.decodeEvent(mutated) }
            let foundation = Result { try JSONDecoder().decode(MeetingEvent.self, from: Data(mutated.utf8)) }
            // Whatever JSONDecoder read, this reads the same; whatever it refused, this refuses with a reason.
            if case .success(let expected) = foundation { #expect((try? ours.get()) == expected, "\(mutated)") }
        }
        let cases: [(String, String)] = [
            (#"{"author":"clerk","payload":{"noted":{}},"sequence":1,"time":0}"#, "in `noted`: `_0` is missing"),
            (#"{"author":"nobody","payload":{"meetingClosed":{}},"sequence":1,"time":0}"#, "`author`: `nobody` is not a Role"),
            (#"{"author":"clerk","payload":{"meetingClosed":{},"noted":{}},"sequence":1,"time":0}"#, "expected one key, found 2"),
            (#"{"author":"clerk","payload":{"bellRung":{}},"sequence":1,"time":0}"#, "in `bellRung`: not a kind of event"),
            (#"{"author":"clerk","payload":{"meetingClosed":{}},"sequence":"1","time":0}"#, "`sequence`: expected a whole number"),
            (#"{"author":"clerk","payload":{"meetingClosed":{}},"sequence":1,"time":0} x"#, "text after the value at byte"),
        ]
        for (text, reason) in cases {
            #expect { try EventCodec.decodeEvent(text) } throws: { ($0 as? JournalTextError)?.detail.contains(reason) == true }
        }
    }

    @Test("a record holding a damaged event opens to an error naming the meeting, the event and what is wrong")
    func damagedRecord() throws {
        let folder = TemporaryFolder()
        let path = folder.file("elg.gavel")
        let meeting = try LiveMeeting(store: try makeRecord(at: path), number: 1)
        for index in 1...3 { try meeting.perform(.note(MinuteText(item: nil, text: "Note \(index)")), by: .clerk, at: Date()) }
        let queue = try DatabaseQueue(path: path)
        try queue.write { db in try db.execute(sql: "UPDATE event SET body = replace(body, '\"text\"', '\"txet\"') WHERE sequence = 2") }
        try queue.close()
        #expect { try LiveMeeting(store: try RecordStore.open(path: path), number: 1) } throws: { error in
            guard case .corrupt(_, let detail) = error as? StoreError else { return false }
            return detail.contains("meeting 1 event 2") && detail.contains("`text` is missing")
        }
    }
}
