import Foundation
@testable import MeetingKit

/// Test constitutions with named people, so refusals and minutes read like a real meeting.
enum Fixture {
    /// The nine voting seats of the HNB ELG (DOMAIN M3).
    static let nineSeats: [(id: String, partner: String)] = [
        ("early-years", "Early Years' Settings"), ("primary-schools", "Primary Schools"),
        ("secondary-schools", "Secondary Schools"), ("post-16-19", "Post-16/19 Colleges"),
        ("special-schools", "Special Schools"), ("pupil-referral-units", "Pupil Referral Units"),
        ("primary-governors", "Primary Governors"), ("secondary-governors", "Secondary Governors"),
        ("finance", "Finance Representative"),
    ]

    /// An ELG: each seat's representative is "<Partner> Rep", its proxy "<Partner> Proxy"; a non-voting
    /// officer "Dee People" and a chair "Chris Chair" who holds no seat.
    static func elg(
        seatCount: Int = 9, castingVote: Bool = false, allowOverride: Bool = true,
        adjust: (inout ConstitutionDraft) -> Void = { _ in }
    ) -> Constitution {
        var draft = ConstitutionDraft()
        draft.name = "Test ELG"
        draft.body = "ELG"
        draft.project = Project(name: "Work Project 1", start: CalendarDay("2019-05-01"), end: CalendarDay("2020-09-30"))
        for (index, seat) in nineSeats.prefix(seatCount).enumerated() {
            draft.seats.append(.init(id: seat.id, partner: seat.partner, role: "role", core: false, field: "seat[\(index)]"))
            draft.people.append(.init(seat: seat.id, representative: "\(seat.partner) Rep", proxy: "\(seat.partner) Proxy", field: "people.\(seat.id)"))
        }
        draft.members = [.init(role: "Director of People Services", name: "Dee People", core: false, field: "member[0]")]
        draft.chairName = "Chris Chair"
        draft.chairHasCastingVote = castingVote
        draft.allowQuorumOverride = allowOverride
        adjust(&draft)
        do { return try draft.build() } catch { fatalError("fixture constitution invalid: \(error)") }
    }

    /// An EOG whose three core members hold the council and Cognus seats (E1, Q1).
    static func eog() -> Constitution {
        var draft = ConstitutionDraft()
        draft.name = "Test EOG"
        draft.body = "EOG"
        draft.project = Project(name: "Work Project 1")
        draft.quorum = "all-core-members"
        let core = [("lbs-people", "LBS People", "Stella Strategic"), ("lbs-send", "LBS SEND", "Adam Send"), ("cognus", "Cognus", "Cora Cognus")]
        for (index, seat) in core.enumerated() {
            draft.seats.append(.init(id: seat.0, partner: seat.1, role: "role", core: true, field: "seat[\(index)]"))
            draft.people.append(.init(seat: seat.0, representative: seat.2, proxy: nil, field: "people.\(seat.0)"))
        }
        draft.members = [.init(role: "Project Manager", name: "Pat Manager", core: false, field: "member[0]")]
        draft.chairSeat = "lbs-people"
        do { return try draft.build() } catch { fatalError("fixture constitution invalid: \(error)") }
    }

    static func rep(_ seat: String) -> PersonID { PersonID(slug(partner(seat) + " Rep")) }
    static func proxy(_ seat: String) -> PersonID { PersonID(slug(partner(seat) + " Proxy")) }
    static func partner(_ seat: String) -> String { nineSeats.first { $0.id == seat }!.partner }
    static let chair = PersonID("chris-chair")
    static let officer = PersonID("dee-people")
}

/// Minutes after a fixed start, so times in tests are readable.
func t(_ minutes: Int) -> Date { Date(timeIntervalSince1970: 1_570_000_000 + Double(minutes) * 60) }

/// A meeting driven by commands, with a clock that ticks a minute per command.
struct TestMeeting {
    var log: MeetingLog
    var minute = 0

    init(_ constitution: Constitution = Fixture.elg()) { log = MeetingLog(constitution: constitution) }
    init(_ log: MeetingLog) { self.log = log }

    var state: MeetingState { log.state }

    @discardableResult
    mutating func run(_ command: Command, as role: Role? = nil) throws(Refusal) -> [MeetingEvent] {
        minute += 1
        return try log.perform(command, by: role ?? command.owner ?? .chair, at: t(minute))
    }

    /// The refusal's reason, or nil when the command was carried out.
    mutating func refusal(_ command: Command, as role: Role? = nil) -> String? {
        do { try run(command, as: role); return nil } catch { return error.reason }
    }

    mutating func open() throws(Refusal) {
        try run(.openMeeting(MeetingDetails(title: "ELG", date: CalendarDay("2019-10-01")!, place: "Civic Offices", clerk: "Kim Clerk")))
    }

    mutating func arrive(_ people: PersonID...) throws(Refusal) { for p in people { try run(.arrive(p)) } }
    mutating func depart(_ people: PersonID...) throws(Refusal) { for p in people { try run(.depart(p)) } }

    /// Arrives every representative of the first `count` seats.
    mutating func arriveRepresentatives(_ count: Int) throws(Refusal) {
        for seat in Fixture.nineSeats.prefix(count) { try run(.arrive(Fixture.rep(seat.id))) }
    }

    mutating func move(_ id: MotionID, rule: DecisionRule? = nil) throws(Refusal) {
        try run(.moveMotion(MotionDraft(id: id, text: "That the proposal \(id) be accepted", mover: "EOG", rationale: "Because", rule: rule)))
    }

    /// Moves, opens, casts the given votes by seat id, and closes; returns the closed motion.
    mutating func decide(_ id: MotionID, rule: DecisionRule? = nil, votes: [(String, VoteChoice)]) throws(Refusal) -> MotionRecord {
        try move(id, rule: rule)
        try run(.openVote(id))
        for (seat, choice) in votes { try run(.castVote(id, seat: SeatID(seat), choice: choice)) }
        try run(.closeVote(id))
        return state.motions[id]!
    }
}

/// The first `n` seat ids of the fixture.
func seats(_ n: Int) -> [String] { Fixture.nineSeats.prefix(n).map(\.id) }
