import Testing
@testable import MeetingKit

@Suite("Minutes (N1–N5)")
struct MinutesTests {
    /// A short meeting with something of everything.
    private func meeting() throws -> TestMeeting {
        var m = TestMeeting()
        try m.run(.giveApologies(Fixture.rep("finance"), note: "On leave"))
        try m.arriveRepresentatives(5)
        try m.arrive(Fixture.proxy("finance"), Fixture.officer, Fixture.chair)
        try m.open()
        try m.run(.addAgendaItem(AgendaItem(id: "1", title: "HNB proposals", allottedMinutes: 20)))
        try m.run(.addAgendaItem(AgendaItem(id: "2", title: "Individual case", confidential: true)))
        try m.run(.openAgendaItem("1"))
        try m.run(.note(MinuteText(item: nil, text: "EOG presented the banding proposal")))
        try m.run(.arrive(Fixture.rep("primary-governors")))
        _ = try m.decide("M1", votes: [("early-years", .inFavour), ("finance", .inFavour), ("special-schools", .against)])
        try m.run(.recordAction(ActionItem(id: "A1", item: nil, what: "Circulate banding model", who: "Consultant Head", due: CalendarDay("2019-10-15"))))
        try m.run(.recordRisk(Risk(id: "R1", item: nil, description: "Budget overspend", owner: "AD Education and SEND", rating: .high, mitigation: "Monthly review")))
        try m.run(.raiseConcern(MinuteText(item: nil, text: "Transport costs across all special schools")))
        try m.run(.agreeInformationSharing(InformationSharing(item: nil, what: "Highlight report", shareWith: "All headteachers", howOften: "Monthly")))
        try m.run(.openAgendaItem("2"))
        try m.run(.note(MinuteText(item: nil, text: "Discussed a named child")))
        try m.run(.recordAction(ActionItem(id: "A2", item: nil, what: "Follow up the case", who: "Dee People", due: CalendarDay("2019-11-01"))))
        try m.run(.closeMeeting)
        return m
    }

    @Test("N1: the header holds body, project, date, place, times, chair and clerk")
    func header() throws {
        let minutes = MinutesDocument(state: try meeting().state)
        #expect(minutes.header.body == .elg)
        #expect(minutes.header.project.name == "Work Project 1")
        #expect(minutes.header.date == CalendarDay("2019-10-01"))
        #expect(minutes.header.place == "Civic Offices")
        #expect(minutes.header.clerk == "Kim Clerk")
        #expect(minutes.header.chairs.map(\.name) == ["Chris Chair"])
        #expect(minutes.header.openedAt != nil && minutes.header.closedAt != nil)
    }

    @Test("N1, A1: attendance lists present with capacity, proxies acting, non-voting, apologies, absent and late arrivals")
    func attendance() throws {
        let a = MinutesDocument(state: try meeting().state).attendance
        #expect(a.present.map(\.name).contains("Special Schools Rep"))
        #expect(a.present.first { $0.name == "Finance Representative Proxy" }?.capacity == "proxy for Finance Representative")
        #expect(a.proxiesActing == [.init(proxy: "Finance Representative Proxy", seat: "Finance Representative", forRepresentative: "Finance Representative Rep")])
        // #25 M4: the chair, who holds no seat, is in the chair's place, not among the non-voting members.
        #expect(a.nonVoting.map(\.capacity) == ["non-voting: Director of People Services"])
        #expect(a.inTheChair.map(\.capacity) == ["Chair"])
        #expect(a.apologies.map(\.name) == ["Finance Representative Rep"])
        #expect(a.apologies.first?.note == "On leave")
        #expect(a.absent.map(\.name) == ["Pupil Referral Units Rep", "Secondary Governors Rep"])
        #expect(a.present.first { $0.name == "Primary Governors Rep" }?.late == true)
        #expect(a.present.first { $0.name == "Early Years' Settings Rep" }?.late == false)
        #expect(a.movements.count == 9)
    }

    @Test("N1, V4, A4: each motion has mover, rationale, rule, named votes, tally and outcome, marked indicative")
    func motions() throws {
        let minutes = MinutesDocument(state: try meeting().state)
        let motion = try #require(minutes.items.first { $0.id == "1" }?.motions.first)
        #expect(motion.mover == "EOG")
        #expect(motion.rationale == "Because")
        #expect(motion.indicative)
        #expect(motion.tally == Tally(inFavour: 2, against: 1, notVoted: 4, unrepresented: 2))
        #expect(motion.outcome?.carried == true)
        #expect(motion.votes.first { $0.seat == "Finance Representative" } == .init(seat: "Finance Representative", voter: "Finance Representative Proxy", capacity: .proxy, choice: .inFavour, keyedBy: .chair))
        #expect(motion.votes.first { $0.seat == "Pupil Referral Units" }?.note == "not represented: representative and proxy both absent")
    }

    @Test("N2: actions are what, who and by when, in a table and under their item")
    func actions() throws {
        let minutes = MinutesDocument(state: try meeting().state)
        #expect(minutes.actions == [.init(id: "A1", what: "Circulate banding model", who: "Consultant Head", due: CalendarDay("2019-10-15"), closed: false)])
        #expect(minutes.items.first { $0.id == "1" }?.actions.count == 1)
    }

    @Test("N2: an action without who is refused")
    func actionNeedsWho() throws {
        var m = TestMeeting()
        #expect(m.refusal(.recordAction(ActionItem(id: "A1", item: nil, what: "Do it", who: " ", due: CalendarDay("2019-11-01")))) == "An action needs who will do it (N2).")
    }

    @Test("N3: a risk has description, owner, rating and mitigation, and a re-rating shows in the minutes")
    func risks() throws {
        var fresh = TestMeeting()
        try fresh.run(.recordRisk(Risk(id: "R1", item: nil, description: "Overspend", owner: "AD", rating: .high, mitigation: "Review")))
        try fresh.run(.rerateRisk("R1", rating: .medium, note: "Savings found"))
        let risk = try #require(MinutesDocument(state: fresh.state).risks.first)
        #expect(risk.rating == .medium)
        #expect(risk.owner == "AD")
        #expect(risk.mitigation == "Review")
        #expect(fresh.refusal(.recordRisk(Risk(id: "R2", item: nil, description: "x", owner: "", rating: .low, mitigation: ""))) == "A risk needs an owner (N3).")
    }

    @Test("N4: confidential matter stays out of the public minutes and is in the private record")
    func confidential() throws {
        let state = try meeting().state
        let publicMinutes = MinutesDocument(state: state)
        let item = try #require(publicMinutes.items.first { $0.id == "2" })
        #expect(item.title == "Confidential item")
        #expect(item.notes.isEmpty)
        #expect(!publicMinutes.actions.contains { $0.id == "A2" })
        #expect(publicMinutes.confidentialOmitted == 2)
        let privateMinutes = MinutesDocument(state: state, includeConfidential: true)
        #expect(privateMinutes.items.first { $0.id == "2" }?.notes == ["Discussed a named child"])
        #expect(privateMinutes.actions.contains { $0.id == "A2" })
        #expect(privateMinutes.includesConfidential)
    }

    @Test("N4: an entry marked confidential under a public item is left out too")
    func confidentialEntry() throws {
        var m = TestMeeting()
        try m.run(.note(MinuteText(item: nil, text: "Public note")))
        try m.run(.note(MinuteText(item: nil, text: "Private note", confidential: true)))
        #expect(MinutesDocument(state: m.state).items.flatMap(\.notes) == ["Public note"])
    }

    @Test("N1, N4: concerns are recorded against their item")
    func concerns() throws {
        let minutes = MinutesDocument(state: try meeting().state)
        #expect(minutes.items.first { $0.id == "1" }?.concerns == ["Transport costs across all special schools"])
    }

    @Test("N5: information to share carries with whom and how often")
    func informationSharing() throws {
        let minutes = MinutesDocument(state: try meeting().state)
        let info = try #require(minutes.items.first { $0.id == "1" }?.informationSharing.first)
        #expect(info.shareWith == "All headteachers")
        #expect(info.howOften == "Monthly")
        var m = TestMeeting()
        #expect(m.refusal(.agreeInformationSharing(InformationSharing(item: nil, what: "Report", shareWith: "Heads", howOften: ""))) == "Say how often it is shared (N5).")
    }
}

@Suite("Matters arising across a series (N2, N3)")
struct MattersArisingTests {
    @Test("N2: open actions carry to the next meeting until closed; closing is an event of the later meeting")
    func actionsCarry() throws {
        var first = TestMeeting()
        try first.run(.recordAction(ActionItem(id: "A1", item: nil, what: "Draft banding", who: "Consultant Head", due: CalendarDay("2019-11-01"))))
        try first.run(.recordAction(ActionItem(id: "A2", item: nil, what: "Book venue", who: "Clerk", due: CalendarDay("2019-11-01"))))
        try first.run(.closeAction("A2", note: "Done"))
        let carried = first.state.mattersArisingForNext(meetingNumber: 1)
        #expect(carried.actions.map(\.action.id) == ["A1"])

        var second = TestMeeting()
        second.log = MeetingLog(constitution: Fixture.elg(), mattersArising: carried)
        #expect(second.state.actions["A1"]?.carriedFrom == 1)
        #expect(second.refusal(.recordAction(ActionItem(id: "A1", item: nil, what: "x", who: "y", due: CalendarDay("2019-11-01")))) == "There is already an action A1.")
        try second.run(.closeAction("A1", note: "Circulated"))
        let minutes = MinutesDocument(state: second.state)
        #expect(minutes.actions.isEmpty)
        #expect(minutes.mattersArising.first?.kind == .action(line: .init(id: "A1", what: "Draft banding", who: "Consultant Head", due: CalendarDay("2019-11-01"), closed: true), closedNote: "Circulated"))
        #expect(second.state.mattersArisingForNext(meetingNumber: 2).actions.isEmpty)
    }

    @Test("N3: the risk register lives across meetings; a re-rating at a later meeting is that meeting's event")
    func risksCarry() throws {
        var first = TestMeeting()
        try first.run(.recordRisk(Risk(id: "R1", item: nil, description: "Overspend", owner: "AD", rating: .high, mitigation: "Review")))
        var second = TestMeeting()
        second.log = MeetingLog(constitution: Fixture.elg(), mattersArising: first.state.mattersArisingForNext(meetingNumber: 1))
        try second.run(.rerateRisk("R1", rating: .low, note: "Savings found"))
        let next = second.state.mattersArisingForNext(meetingNumber: 2)
        #expect(next.risks.map(\.risk.rating) == [.low])
        #expect(next.risks.map(\.fromMeeting) == [1])
        let matter = try #require(MinutesDocument(state: second.state).mattersArising.first)
        #expect(matter.kind == .risk(line: .init(id: "R1", description: "Overspend", owner: "AD", rating: .low, mitigation: "Review", closed: false), previousRating: .high))
    }
}
