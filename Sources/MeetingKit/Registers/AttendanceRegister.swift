import Foundation

extension SeriesRegisters {
    /// A1–A3, Q3: per person expected at the series' meetings (a seat's representative, a member, the
    /// chair): meetings expected, attended, late, left early, apologies, absent without apologies, and the
    /// rate; per seat, the meetings where its proxy held its vote; per meeting, whether it was quorate
    /// from its opening to its close.
    public static func attendance(
        _ meetings: [Meeting]
    ) -> (people: RegisterTable, seats: RegisterTable, meetings: RegisterTable) {
        attendance(meetings.map(MeetingRegisterFacts.init))
    }

    public static func attendance(
        _ meetings: [MeetingRegisterFacts]
    ) -> (people: RegisterTable, seats: RegisterTable, meetings: RegisterTable) {
        struct Tally { var expected = 0, attended = 0, late = 0, leftEarly = 0, apologies = 0, absent = 0 }
        var tallies: [PersonID: Tally] = [:]
        var order: [PersonID] = []
        var roles: [PersonID: String] = [:]
        var proxyActed: [SeatID: Int] = [:]
        for meeting in meetings {
            for presence in meeting.presence {
                if tallies[presence.person] == nil { order.append(presence.person) }
                roles[presence.person] = roles[presence.person] ?? presence.role
                var tally = tallies[presence.person] ?? Tally()
                tally.expected += 1
                switch presence.outcome {
                case .attended:
                    tally.attended += 1
                    if presence.late { tally.late += 1 }
                    if presence.leftEarly { tally.leftEarly += 1 }
                case .apologies: tally.apologies += 1
                case .absent: tally.absent += 1
                }
                tallies[presence.person] = tally
            }
            for seat in meeting.proxiesActing { proxyActed[seat, default: 0] += 1 }
        }
        let latest = meetings.last
        let people = RegisterTable(
            title: "Register of attendance",
            columns: [
                "Person", "Seat or role", "Expected", "Attended", "Late", "Left early", "Apologies",
                "Absent without apologies", "Attendance",
            ],
            rows: order.map { person in
                let t = tallies[person]!
                let rate = t.expected == 0 ? "-" : "\(t.attended * 100 / t.expected)%"
                return [
                    latest?.displayName(person) ?? person.rawValue, roles[person] ?? "", "\(t.expected)",
                    "\(t.attended)", "\(t.late)",
                    "\(t.leftEarly)", "\(t.apologies)", "\(t.absent)", rate,
                ]
            })
        let seats = RegisterTable(
            title: "Proxies acting", columns: ["Seat", "Meetings where its proxy held its vote"],
            rows: (latest?.seats ?? []).map { [$0.partner, "\(proxyActed[$0.id] ?? 0)"] })
        let quorate = RegisterTable(
            title: "Quorum by meeting", columns: ["Meeting", "Date", "Quorate throughout"],
            rows: meetings.map { meeting in
                [
                    "\(meeting.number)", meeting.date.map { "\($0)" } ?? "-",
                    meeting.quorateThroughout.map { $0 ? "yes" : "no" } ?? "not opened",
                ]
            })
        return (people, seats, quorate)
    }
}
