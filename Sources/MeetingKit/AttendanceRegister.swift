import Foundation

extension SeriesRegisters {
    /// A1–A3, Q3: per person expected at the series' meetings (a seat's representative, a member, the
    /// chair): meetings expected, attended, late, left early, apologies, absent without apologies, and the
    /// rate; per seat, the meetings where its proxy held its vote; per meeting, whether it was quorate
    /// from its opening to its close.
    public static func attendance(_ meetings: [Meeting]) -> (people: RegisterTable, seats: RegisterTable, meetings: RegisterTable) {
        struct Tally { var expected = 0, attended = 0, late = 0, leftEarly = 0, apologies = 0, absent = 0 }
        var tallies: [PersonID: Tally] = [:]
        var order: [PersonID] = []
        var roles: [PersonID: String] = [:]
        var proxyActed: [SeatID: Int] = [:]
        var meetingRows: [[String]] = []
        let latest = meetings.last?.state.constitution
        for (number, state) in meetings {
            let c = state.constitution
            // Every representative the meeting had, under each constitution in force during it: one replaced
            // part-way was expected until then (P2), not only whoever holds the seat at the close. A blank
            // place filled by an appointment was nobody, and is not expected.
            let earlier = ([state.openingConstitution] + state.constitutionEpochs.map(\.constitution)).dropLast()
            var expected: [(PersonID, String)] = earlier.flatMap { k in
                k.seats.compactMap { seat in
                    k.holders[seat.id].flatMap { k.people[$0.representative]?.isNamed == true ? ($0.representative, seat.partner) : nil }
                }
            }
            expected += c.seats.compactMap { seat in c.holders[seat.id].map { ($0.representative, seat.partner) } }
            expected += c.members.map { ($0.person, $0.role) }
            expected += state.chairHistory.map { ($0.person, "Chair") }
            let movements = Dictionary(grouping: state.movements, by: \.person)
            var seen: Set<PersonID> = []
            // Someone in two places (a representative in the chair) counts once a meeting.
            for (person, role) in expected where seen.insert(person).inserted {
                if tallies[person] == nil { order.append(person) }
                roles[person] = roles[person] ?? role
                var tally = tallies[person] ?? Tally()
                tally.expected += 1
                let own = (movements[person] ?? []).sorted { ($0.at, $0.sequence) < ($1.at, $1.sequence) }
                if let first = own.first(where: { $0.kind == .arrived }) {
                    tally.attended += 1
                    if state.arrivesLate(at: first.at) { tally.late += 1 }
                    if own.last?.kind == .departed, own.last.map({ $0.at < (state.closedAt ?? .distantFuture) }) == true { tally.leftEarly += 1 }
                } else if state.apologies[person] != nil {
                    tally.apologies += 1
                } else {
                    tally.absent += 1
                }
                tallies[person] = tally
            }
            let acting = Set(MinutesDocument.attendance(of: state).proxiesActing.map(\.seat))
            for seat in c.seats where acting.contains(seat.partner) { proxyActed[seat.id, default: 0] += 1 }
            let changes = MinutesDocument.quorum(of: state).changes
            meetingRows.append(["\(number)", date(state), changes.isEmpty ? "not opened" : (changes.allSatisfy(\.quorate) ? "yes" : "no")])
        }
        let people = RegisterTable(
            title: "Register of attendance",
            columns: ["Person", "Seat or role", "Expected", "Attended", "Late", "Left early", "Apologies", "Absent without apologies", "Attendance"],
            rows: order.map { person in
                let t = tallies[person]!
                let rate = t.expected == 0 ? "-" : "\(t.attended * 100 / t.expected)%"
                return [latest?.displayName(person) ?? person.rawValue, roles[person] ?? "", "\(t.expected)", "\(t.attended)", "\(t.late)",
                        "\(t.leftEarly)", "\(t.apologies)", "\(t.absent)", rate]
            })
        let seats = RegisterTable(title: "Proxies acting", columns: ["Seat", "Meetings where its proxy held its vote"],
                                  rows: (latest?.seats ?? []).map { [$0.partner, "\(proxyActed[$0.id] ?? 0)"] })
        let quorate = RegisterTable(title: "Quorum by meeting", columns: ["Meeting", "Date", "Quorate throughout"], rows: meetingRows)
        return (people, seats, quorate)
    }
}
