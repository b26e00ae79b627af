import Foundation
import MeetingKit
import Testing
@testable import Console
import TerminalUI

/// Issue #24, point 1 (A1): the chair opens the meeting and the clerk then takes the roll. Arrivals recorded
/// until the first item is taken count as present from the opening; only later arrivals are minuted late.
@Suite("#24: the roll call at the opening")
struct RollCallAtOpeningTests {
    /// The clerk's console with the meeting opened and nobody marked yet, as the README's order has it.
    private func openedWithEmptyRoll() throws -> ConsoleDriver {
        try ConsoleDriver(role: .clerk, present: [])
    }

    /// Marks the person on `row` of the roll arrived, by keys.
    private func arrive(_ session: inout ConsoleDriver, row: Int) {
        session.press(.home)
        for _ in 0..<row { session.press(.down) }
        session.press("a")
    }

    private func attendee(_ name: String, in state: MeetingState) -> MinutesDocument.Attendee? {
        MinutesDocument(state: state).attendance.present.first { $0.name.contains(name) }
    }

    @Test("#24, A1: arrivals recorded after the opening, before the first item, are present from the opening, not late")
    func rollAfterOpeningIsNotLate() throws {
        var session = try openedWithEmptyRoll()
        session.now.addTimeInterval(180)
        for row in [0, 2, 4, 8, 16] { arrive(&session, row: row) }
        #expect(session.screenText.contains("Roll call at the opening, until the first item is taken: nobody is late (A1)."))
        #expect(session.model.roll.filter(\.presence.isHere).allSatisfy { $0.presence == .present })
        #expect(!session.screenText.contains("✓ late"))
        let representatives = MinutesDocument(state: session.log.state).attendance.present
        #expect(representatives.count == 5)
        #expect(representatives.allSatisfy { !$0.late }, "nobody at the roll call is minuted late")
    }

    @Test("#24, A1: the first item taken ends the roll call, shown on the screen; a later arrival is late, a proxy 'as proxy, late'")
    func afterTheRollCall() throws {
        var session = try openedWithEmptyRoll()
        arrive(&session, row: 0)
        try session.elsewhere(.addAgendaItem(AgendaItem(id: "1", title: "Banding")), by: .chair)
        try session.elsewhere(.openAgendaItem("1"), by: .chair)
        #expect(session.screenText.contains("Roll call ended 14:05 (item 1 taken): arrivals since then are late (A1)."))
        session.now.addTimeInterval(600)
        arrive(&session, row: 16)
        // Special Schools' proxy, its representative absent.
        arrive(&session, row: 9)
        let rows = session.model.roll
        #expect(rows[0].presence == .present)
        #expect(ConsoleView.mark(rows[16], session.model.timeZone) == "✓ late 14:15")
        #expect(ConsoleView.mark(rows[9], session.model.timeZone) == "✓ as proxy, late 14:15")
        #expect(session.screenText.contains("✓ as proxy, late 14:15"))
        let state = session.log.state
        #expect(attendee("Early Years", in: state)?.late == false)
        #expect(MinutesDocument(state: state).attendance.present.filter(\.late).count == 2)
    }

    @Test("#24, A1: a row that left and came back shows both times")
    func leftAndBack() throws {
        var session = try openedWithEmptyRoll()
        arrive(&session, row: 0)
        session.now.addTimeInterval(600)
        session.press(.home)
        session.press("l")
        session.now.addTimeInterval(600)
        session.press("a")
        let row = session.model.roll[0]
        #expect(row.presence.isHere)
        #expect(ConsoleView.mark(row, session.model.timeZone) == "✓ left 14:15 back 14:25")
        #expect(session.screenText.contains("✓ left 14:15 back 14:25"))
    }

    @Test("#24, A1: a late proxy who left and came back is still 'as proxy, late', with both times")
    func lateProxyLeftAndBack() throws {
        var session = try openedWithEmptyRoll()
        arrive(&session, row: 0)
        try session.elsewhere(.addAgendaItem(AgendaItem(id: "1", title: "Banding")), by: .chair)
        try session.elsewhere(.openAgendaItem("1"), by: .chair)
        session.now.addTimeInterval(600)
        arrive(&session, row: 9)
        session.now.addTimeInterval(300)
        session.press(.home)
        for _ in 0..<9 { session.press(.down) }
        session.press("l")
        session.now.addTimeInterval(300)
        arrive(&session, row: 9)
        let row = session.model.roll[9]
        #expect(ConsoleView.mark(row, session.model.timeZone) == "✓ as proxy, late 14:15, left 14:20 back 14:25")
        #expect(session.model.roll[0].presence == .present, "on time, never left: here")
    }
}
