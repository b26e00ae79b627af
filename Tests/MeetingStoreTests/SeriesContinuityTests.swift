import ConstitutionFile
import Foundation
import MeetingKit
import Testing
@testable import MeetingStore

/// Invariant I7: a series is continuous.
@Suite("A series is continuous (I7)")
struct SeriesContinuityTests {
    private func refusal(_ work: () throws -> Void) -> String? {
        do { try work() } catch { return "\(error)" }
        return nil
    }

    @Test("I7, B2: the next meeting starts only when the one before it is closed; what it records afterwards is carried")
    func nextOnlyAfterClose() throws {
        let folder = TemporaryFolder()
        let store = try makeRecord(at: folder.file("elg.gavel"))
        let first = try LiveMeeting(store: store, number: 1)
        try first.perform(.note(MinuteText(item: nil, text: "Under way")), by: .clerk)
        let refused = refusal { try store.startMeeting() }
        #expect(refused?.contains("meeting 1 is still going") == true, "\(refused ?? "accepted")")
        #expect(refused?.contains("invariant I7") == true)
        #expect(try store.meetings().map(\.number) == [1])
        try first.perform(.recordAction(ActionItem(id: "A1", item: nil, what: "Late action", who: "Kim", due: CalendarDay("2019-11-01"))), by: .clerk)
        try close(first)
        let second = try LiveMeeting(store: store, number: try store.startMeeting())
        #expect(second.state.mattersArising.actions.map(\.action.id) == ["A1"], "what meeting 1 recorded before its close is carried")
    }

    @Test("I7: asking for the next meeting while the latest has not begun gets that meeting, never a second one beside it")
    func unusedMeetingIsTheNext() throws {
        let folder = TemporaryFolder()
        let store = try makeRecord(at: folder.file("elg.gavel"))
        #expect(try store.startMeeting() == 1)
        #expect(try store.beginMeeting() == MeetingStart(number: 1, startedNow: false), "found, not started again")
        #expect(try store.meetings().map(\.number) == [1])
    }

    @Test("I7: of two terminals asking for the meeting after the same one, the first starts it and the second is told it found it")
    func secondAskerFindsTheMeeting() throws {
        let folder = TemporaryFolder()
        let store = try RecordStore.open(path: folder.file("elg.gavel"), newSeries: ("HNB ELG", namedELG))
        #expect(try store.beginMeeting() == MeetingStart(number: 1, startedNow: true))
        try close(try LiveMeeting(store: store, number: 1))
        #expect(try store.beginMeeting(after: 1) == MeetingStart(number: 2, startedNow: true))
        #expect(try store.beginMeeting(after: 1) == MeetingStart(number: 2, startedNow: false))
        #expect(try store.meetings().map(\.number) == [1, 2])
    }

    @Test("I7, P3: a constitution given later takes the series' names where it leaves them blank, and is refused where it drops a named person")
    func givenConstitutionKeepsNames() throws {
        let folder = TemporaryFolder()
        let path = folder.file("elg.gavel")
        var blank = namedELG
        let someone = try #require(blank.people.keys.sorted().first)
        let name = blank.people[someone]!.name
        let store = try RecordStore.open(path: path, newSeries: ("HNB ELG", namedELG))
        try close(try LiveMeeting(store: store, number: try store.startMeeting()))
        blank.people[someone]?.name = ""
        let second = try LiveMeeting(store: store, number: try store.startMeeting(constitution: blank))
        #expect(second.state.constitution.people[someone]?.name == name, "the name given in the series is carried")
        try close(second)
        var dropping = namedELG
        dropping.people[someone] = nil
        let refused = refusal { try store.startMeeting(constitution: dropping) }
        #expect(refused?.contains("leaves out \(name)") == true, "\(refused ?? "accepted")")
        #expect(try store.meetings().count == 2)
    }

    @Test("I7, E2: a chair who took over carries into the next meeting, and a constitution that leaves them out is refused, naming them")
    func chairCarried() throws {
        let folder = TemporaryFolder()
        let store = try makeRecord(at: folder.file("elg.gavel"))
        let first = try LiveMeeting(store: store, number: 1)
        let newChair = representatives(2)[1]
        try first.perform(.arrive(newChair), by: .clerk)
        try first.perform(.handOverChair(to: newChair), by: .chair)
        try close(first)
        var withoutChair = namedELG
        withoutChair.people[newChair] = nil
        for seat in withoutChair.seats where withoutChair.holders[seat.id]?.representative == newChair {
            withoutChair.holders[seat.id]?.representative = representatives(1)[0]
        }
        let refused = refusal { try store.startMeeting(constitution: withoutChair) }
        #expect(refused?.contains(namedELG.displayName(newChair)) == true, "\(refused ?? "accepted")")
        let second = try LiveMeeting(store: store, number: try store.startMeeting(constitution: namedELG))
        #expect(second.state.chair == newChair)
    }
}
