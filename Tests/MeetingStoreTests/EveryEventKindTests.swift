import ConstitutionFile
import Foundation
import MeetingKit
@testable import MeetingStore
import MinutesFormats
import Testing

/// A record holding every event kind, committed under Fixtures/ and made by `make` below
/// (`GAVEL_MAKE_FIXTURE=1 swift test --filter EveryEventKind`). Opening it, verifying it, folding it and
/// minuting it must keep working in every later release: renaming a type breaks this test, not an archive.
@Suite("The journal's pinned fixture: every event kind", .serialized)
struct EveryEventKindTests {
    static let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/every-event-kind.gavel").path
    static let golden = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/every-event-kind.md").path

    /// The meeting, command by command, a minute apart from 2019-10-01 13:45 London time.
    static func make(at path: String) throws {
        let store = try RecordStore.open(path: path, newSeries: ("HNB ELG", ShippedConstitution.hnbELG.constitution))
        try store.startMeeting(at: Date(timeIntervalSince1970: 1_569_933_900))
        let meeting = try LiveMeeting(store: store, number: 1)
        var minute = 0.0
        func run(_ command: Command) throws {
            minute += 1
            try meeting.perform(command, by: command.owner ?? .clerk, at: Date(timeIntervalSince1970: 1_569_933_900 + minute * 60))
        }
        for seat in ["early-years", "primary-schools", "secondary-schools", "finance"] {
            try run(.appoint(seat: SeatID(seat), capacity: .representative, name: "\(seat.capitalized) Rep", partnersAdvised: true))
        }
        let c = { meeting.state.constitution }
        let rep = { (seat: String) in c().holders[SeatID(seat)]!.representative }
        for seat in ["early-years", "primary-schools", "secondary-schools", "finance"] { try run(.arrive(rep(seat))) }
        try run(.arrive("special-schools-proxy"))
        try run(.giveApologies("secondary-governors-representative", note: "Unwell"))
        try run(.addGuest(name: "Gail Guest", role: "Observer"))
        try run(.namePerson("chair", name: "Zoe Ward"))
        try run(.openMeeting(MeetingDetails(title: "ELG, October 2019", date: CalendarDay("2019-10-01")!, place: "Civic Offices", clerk: "Kim Clerk")))
        try run(.approvePreviousMinutes(note: "Approved as a true record"))
        try run(.addAgendaItem(AgendaItem(id: "1", title: "Bandng proposal", allottedMinutes: 30)))
        try run(.renameAgendaItem("1", title: "Banding proposal"))
        try run(.addAgendaItem(AgendaItem(id: "2", title: "Individual placement")))
        try run(.openAgendaItem("1"))
        try run(.declareInterest(Declaration(person: rep("finance"), item: nil, interest: "Governor of a special school")))
        try run(.note(MinuteText(item: nil, text: "The EOG presented the model")))
        try run(.raiseConcern(MinuteText(item: nil, text: "Transport costs are rising")))
        try run(.receiveReport(HighlightReport(item: nil, title: "Highlight report", from: "EOG", challenge: "Why so late?")))
        try run(.agreeInformationSharing(InformationSharing(item: nil, what: "The banding model", shareWith: "All heads", howOften: "Termly")))
        try run(.moveMotion(MotionDraft(id: "M1", text: "That the model be adopted", mover: "EOG", rationale: "HNB Review")))
        try run(.amendMotion("M1", text: "That the model be adopted for consultation", note: "Agreed wording"))
        try run(.moveMotion(MotionDraft(id: "M2", text: "That it be delayed", mover: "Finance Rep")))
        try run(.withdrawMotion("M2"))
        try run(.moveMotion(MotionDraft(id: "M3", text: "That transport be reviewed", mover: "EOG")))
        try run(.deferMotion("M3"))
        try run(.depart(rep("secondary-schools")))
        try run(.openVote("M1", overrideInquorate: "The chair proceeded without quorum"))
        try run(.castVote("M1", seat: "early-years", choice: .inFavour))
        try run(.castVote("M1", seat: "primary-schools", choice: .against))
        try run(.castVote("M1", seat: "primary-schools", choice: .inFavour))
        try run(.castVote("M1", seat: "finance", choice: .abstain))
        try run(.closeVote("M1"))
        try run(.arrive(rep("secondary-schools")))
        try run(.handOverChair(to: rep("early-years")))
        try run(.recordAction(ActionItem(id: "A1.1", item: nil, what: "Consult heads", who: "Kim Clerk", due: CalendarDay("2019-11-01"))))
        try run(.closeAction("A1.1", note: "Done at the meeting"))
        try run(.recordRisk(Risk(id: "R1.1", item: nil, description: "Schools object", owner: "Chair", rating: .high, mitigation: "Briefings")))
        try run(.rerateRisk("R1.1", rating: .medium, note: "Briefings held"))
        try run(.closeRisk("R1.1", note: "No objections received"))
        try run(.openAgendaItem("2"))
        try run(.markConfidential("2", true))
        try run(.note(MinuteText(item: nil, text: "A named child's placement was discussed")))
        let slip = try meeting.perform(.note(MinuteText(item: nil, text: "Typed in the wrong place")), by: .clerk, at: Date(timeIntervalSince1970: 1_569_933_900 + (minute + 0.5) * 60))
        try meeting.perform(.undoLastAction(first: slip[0].sequence), by: .clerk, at: Date(timeIntervalSince1970: 1_569_933_900 + (minute + 0.6) * 60))
        try run(.closeMeeting)
        let close = meeting.state.motions["M1"]!.result!.sequence
        try run(.correct(Correction(target: close, text: "Primary Schools' change was keyed twice; the outcome stands", carried: true)))
    }

    /// Every kind the journal knows, from the format's documentation.
    static var documentedKinds: Set<String> {
        let doc = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../docs/journal-format.md").standardized.path
        let text = (try? String(contentsOfFile: doc, encoding: .utf8)) ?? ""
        // The meeting's kinds: the "Kinds" section, up to the next (the key journal's kinds are apart).
        let kinds = (text.components(separatedBy: "## Kinds").last ?? "").components(separatedBy: "\n## ").first ?? ""
        return Set(kinds.components(separatedBy: "\n").compactMap { line in
            guard line.hasPrefix("| `"), let end = line.dropFirst(3).firstIndex(of: "`") else { return nil }
            return String(line.dropFirst(3)[..<end])
        })
    }

    @Test("the fixture opens, verifies and folds, holds every documented kind, and minutes as reviewed", .enabled(if: ProcessInfo.processInfo.environment["GAVEL_MAKE_FIXTURE"] != "1"))
    func fixtureHolds() throws {
        let folder = TemporaryFolder()
        let path = folder.file("fixture.gavel")
        try FileManager.default.copyItem(atPath: Self.fixture, toPath: path)
        let store = try RecordStore.openForReading(path: path)
        #expect(try store.verify().isIntact)
        let meeting = try LiveMeeting(store: store, number: 1)
        let kinds = Set(meeting.events.map(\.payload.kind))
        #expect(kinds == Self.documentedKinds, "in the fixture, not documented: \(kinds.subtracting(Self.documentedKinds)); documented, not in the fixture: \(Self.documentedKinds.subtracting(kinds))")
        #expect(meeting.state == MeetingState.fold(constitution: meeting.state.initialConstitution, mattersArising: meeting.state.mattersArising, isFirstOfSeries: true, events: meeting.events))
        let minutes = MarkdownMinutes.render(MinutesDocument(state: meeting.state, includeConfidential: true), head: "meeting 1, \(meeting.head)",
                                             timeZone: meeting.state.constitution.zone)
        // GAVEL_RECORD_SNAPSHOTS=1 rewrites the reviewed minutes alone, keeping the record's bytes.
        if ProcessInfo.processInfo.environment["GAVEL_RECORD_SNAPSHOTS"] == "1" { try minutes.write(toFile: Self.golden, atomically: true, encoding: .utf8) }
        #expect(minutes == (try String(contentsOfFile: Self.golden, encoding: .utf8)), "the fixture's minutes differ from Fixtures/every-event-kind.md")
    }

    @Test("each kind is stored under its documented name, byte for byte as the fixture holds it")
    func storedNames() throws {
        let store = try RecordStore.openForReading(path: Self.fixture)
        let bodies = try store.read { db in try String.fetchAll(db, sql: "SELECT body FROM event ORDER BY sequence") }
        let events = try LiveMeeting(store: store, number: 1).events
        for (body, event) in zip(bodies, events) {
            #expect(body.contains("\"payload\":{\"\(event.payload.kind)\""), "event \(event.sequence) is not stored under \(event.payload.kind)")
            #expect(EventCodec.encode(event) == body, "event \(event.sequence) would be written differently today")
        }
    }

    @Test("make the fixture (only with GAVEL_MAKE_FIXTURE=1)", .enabled(if: ProcessInfo.processInfo.environment["GAVEL_MAKE_FIXTURE"] == "1"))
    func makeFixture() throws {
        try? FileManager.default.removeItem(atPath: Self.fixture)
        try Self.make(at: Self.fixture)
        let store = try RecordStore.openForReading(path: Self.fixture)
        let meeting = try LiveMeeting(store: store, number: 1)
        let minutes = MarkdownMinutes.render(MinutesDocument(state: meeting.state, includeConfidential: true), head: "meeting 1, \(meeting.head)",
                                             timeZone: meeting.state.constitution.zone)
        try minutes.write(toFile: Self.golden, atomically: true, encoding: .utf8)
    }
}
