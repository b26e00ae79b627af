import Foundation
import Testing
@testable import MeetingKit

@Suite("The action register across a series (N2)")
struct ActionRegisterTests {
    @Test("N2: actions raised in one meeting and closed in the next; open ones past due are overdue; confidential ones left out")
    func register() throws {
        var first = TestMeeting()
        try first.run(.recordAction(ActionItem(id: "A1.1", item: nil, what: "Circulate the model", who: "Kim", due: CalendarDay("2019-10-15"))))
        try first.run(.recordAction(ActionItem(id: "A1.2", item: nil, what: "Cost transport", who: "Dee", due: CalendarDay("2019-10-20"))))
        try first.run(.recordAction(ActionItem(id: "A1.3", item: nil, what: "Brief heads", who: "Chair", due: CalendarDay("2019-12-01"))))
        var second = TestMeeting(MeetingLog(constitution: Fixture.elg(), mattersArising: first.state.mattersArisingForNext(meetingNumber: 1)))
        try second.run(.closeAction("A1.1", note: "Sent"))
        try second.run(.recordAction(ActionItem(id: "A2.1", item: nil, what: "Review a placement", who: "Dee", due: CalendarDay("2019-11-30"), confidential: true)))
        let register = ActionRegister(meetings: [(1, first.state), (2, second.state)], today: CalendarDay("2019-11-01")!)
        #expect(register.rows.map(\.id) == ["A1.1", "A1.2", "A1.3"])
        #expect(register.rows[0].closedAt == 2 && register.rows[0].closedNote == "Sent" && !register.rows[0].overdue)
        #expect(register.rows[1].isOpen && register.rows[1].overdue)
        #expect(register.rows[2].isOpen && !register.rows[2].overdue)
        #expect(register.confidentialOmitted == 1)
        let everything = ActionRegister(meetings: [(1, first.state), (2, second.state)], today: CalendarDay("2019-11-01")!, includeConfidential: true)
        #expect(everything.rows.last?.id == "A2.1" && everything.rows.last?.raisedAt == 2)
    }
}
