import Testing
@testable import MeetingKit

@Suite("Attendance and proxies (A1–A4)")
struct AttendanceTests {
    @Test("A1: attendance is a timeline; a person leaves and returns")
    func timeline() throws {
        var meeting = TestMeeting()
        let rep = Fixture.rep("special-schools")
        try meeting.arrive(rep)  // minute 1
        try meeting.depart(rep)  // minute 2
        try meeting.arrive(rep)  // minute 3
        #expect(meeting.state.present(at: t(1)).contains(rep))
        #expect(!meeting.state.present(at: t(2)).contains(rep))
        #expect(meeting.state.present(at: t(3)).contains(rep))
        #expect(meeting.state.movements.map(\.kind) == [.arrived, .departed, .arrived])
    }

    @Test("A1: an arrival time can be set earlier than when it is recorded, and views at an instant use it")
    func backdatedArrival() throws {
        var meeting = TestMeeting()
        let rep = Fixture.rep("finance")
        meeting.minute = 30
        try meeting.run(.arrive(rep, at: t(10)))
        #expect(meeting.state.present(at: t(15)).contains(rep))
        #expect(!meeting.state.present(at: t(5)).contains(rep))
    }

    @Test("A1: a departure before the last arrival is refused")
    func departureBeforeArrival() throws {
        var meeting = TestMeeting()
        let rep = Fixture.rep("finance")
        meeting.minute = 30
        try meeting.run(.arrive(rep))
        #expect(meeting.refusal(.depart(rep, at: t(10)))?.contains("before") == true)
    }

    @Test("A1: apologies are recorded apart from absence, and not for someone present")
    func apologies() throws {
        var meeting = TestMeeting()
        try meeting.run(.giveApologies(Fixture.rep("finance"), note: "Unwell"))
        #expect(meeting.state.apologies[Fixture.rep("finance")] == "Unwell")
        try meeting.arrive(Fixture.rep("early-years"))
        #expect(meeting.refusal(.giveApologies(Fixture.rep("early-years"), note: ""))?.contains("present") == true)
    }

    @Test("A1: arriving twice, or leaving when not present, is refused")
    func doubleArrival() throws {
        var meeting = TestMeeting()
        let rep = Fixture.rep("finance")
        try meeting.arrive(rep)
        #expect(meeting.refusal(.arrive(rep)) == "Finance Representative Rep is already present.")
        #expect(meeting.refusal(.depart(Fixture.rep("early-years"))) == "Early Years' Settings Rep is not present.")
    }

    @Test("A2: the representative holds the seat; the proxy only in their absence")
    func representativeFirst() throws {
        var meeting = TestMeeting()
        let seat = SeatID("special-schools")
        try meeting.arrive(Fixture.proxy("special-schools"))
        #expect(meeting.state.voteHolders[seat] == .held(by: Fixture.proxy("special-schools"), as: .proxy))
        try meeting.arrive(Fixture.rep("special-schools"))
        #expect(meeting.state.voteHolders[seat] == .held(by: Fixture.rep("special-schools"), as: .representative))
    }

    @Test("A2: the representative leaves mid-meeting and the proxy takes the seat")
    func proxyTakesOver() throws {
        var meeting = TestMeeting()
        try meeting.arrive(Fixture.rep("special-schools"), Fixture.proxy("special-schools"))
        try meeting.depart(Fixture.rep("special-schools"))
        #expect(meeting.state.voteHolders["special-schools"] == .held(by: Fixture.proxy("special-schools"), as: .proxy))
    }

    @Test("A2: with both absent the seat is unrepresented")
    func bothAbsent() {
        let meeting = TestMeeting()
        #expect(meeting.state.voteHolders["special-schools"] == .unrepresented(.bothAbsent))
    }

    @Test("A3: one person who represents one seat and is proxy of another holds one vote; the second seat is unrepresented and says why")
    func onePersonTwoSeats() throws {
        let constitution = Fixture.elg { draft in
            // Primary Schools' representative is also Secondary Schools' proxy.
            let index = draft.people.firstIndex { $0.seat == "secondary-schools" }!
            draft.people[index].proxy = "Primary Schools Rep"
        }
        var meeting = TestMeeting(constitution)
        let person = Fixture.rep("primary-schools")
        #expect(constitution.seats(heldBy: person).map(\.capacity) == [.representative, .proxy])
        try meeting.arrive(person)
        #expect(meeting.state.voteHolders["primary-schools"] == .held(by: person, as: .representative))
        guard case .unrepresented(let why) = meeting.state.voteHolders["secondary-schools"] else {
            Issue.record("second seat should be unrepresented")
            return
        }
        #expect(why == .proxyHoldsAnotherSeat(proxy: person, seat: "primary-schools"))
        let reason = why.explain(in: constitution)
        #expect(reason.contains("already holds the vote of Primary Schools"))
        #expect(reason.contains("A3"))
        #expect(meeting.state.quorum.seatsRepresented == 1)
    }

    @Test("A3: the same person cannot cast a second ballot on one motion for another seat")
    func oneBallotPerPerson() throws {
        // The proxy of Special Schools votes while its representative is absent, then its
        // representative arrives: the proxy cannot now vote for anyone else.
        let constitution = Fixture.elg { draft in
            let index = draft.people.firstIndex { $0.seat == "finance" }!
            draft.people[index].proxy = "Special Schools Proxy"
        }
        var meeting = TestMeeting(constitution)
        try meeting.open()
        try meeting.arriveRepresentatives(5)
        try meeting.arrive(Fixture.proxy("special-schools"))
        try meeting.depart(Fixture.rep("special-schools"))
        try meeting.move("M1")
        try meeting.run(.openVote("M1"))
        try meeting.run(.castVote("M1", seat: "special-schools", choice: .inFavour))
        try meeting.arrive(Fixture.rep("special-schools"))
        // Now the proxy holds Finance's vote (its representative is absent) but has voted already.
        #expect(meeting.state.voteHolders["finance"] == .held(by: Fixture.proxy("special-schools"), as: .proxy))
        let reason = meeting.refusal(.castVote("M1", seat: "finance", choice: .against))
        #expect(reason?.contains("one person, one vote (A3)") == true)
    }

    @Test("A4: each ballot records who cast it and in which capacity")
    func ballotCapacity() throws {
        var meeting = TestMeeting()
        try meeting.open()
        try meeting.arriveRepresentatives(4)
        try meeting.arrive(Fixture.proxy("special-schools"))
        let motion = try meeting.decide("M1", votes: [("early-years", .inFavour), ("special-schools", .against)])
        #expect(motion.ballots["special-schools"]?.voter == Fixture.proxy("special-schools"))
        #expect(motion.ballots["special-schools"]?.capacity == .proxy)
        #expect(motion.ballots["early-years"]?.capacity == .representative)
        #expect(motion.result != nil)
        let snapshot = meeting.state.entitlement(for: motion)
        #expect(snapshot.count == 9)
        #expect(snapshot.first { $0.seat == "finance" }?.holding.holder == nil)
    }
}

@Suite("Attendance timeline order (A1)")
struct AttendanceOrderTests {
    @Test("A1: a back-dated movement is placed in time order, and later ones still apply in time order")
    func backdatedThenLater() throws {
        var meeting = TestMeeting()
        let a = Fixture.rep("finance")
        let b = Fixture.rep("early-years")
        meeting.minute = 100
        try meeting.run(.arrive(a, at: t(10)))
        try meeting.run(.depart(a, at: t(30)))
        try meeting.run(.arrive(b, at: t(20)))  // back-dated relative to a's departure
        try meeting.run(.depart(b, at: t(25)))
        #expect(meeting.state.present.isEmpty)
        #expect(meeting.state.present(at: t(22)) == [a, b])
        let replayed = presence(from: meeting.state.movements)
        #expect(replayed == meeting.state.present)
    }
}
