import Foundation

extension MinutesDocument {
    /// A1, A4, N1: who attended and in what capacity, proxies acting, apologies, absence and movements.
    static func attendance(of state: MeetingState) -> Attendance {
        let c = state.constitution
        var result = Attendance()
        let attended = Set(state.movements.map(\.person))
        var seen = Set<PersonID>()
        let rollOrder = c.seats.flatMap { seat in [c.holders[seat.id]?.representative, c.holders[seat.id]?.proxy].compactMap { $0 } }
            + c.members.map(\.person) + [c.chair].compactMap { $0 } + state.guests.keys.sorted()
        for person in rollOrder where !seen.contains(person) {
            seen.insert(person)
            let capacity = capacity(of: person, in: state)
            if attended.contains(person) {
                let own = state.movements.filter { $0.person == person }
                let arrivals = own.filter { $0.kind == .arrived }.map(\.at)
                let attendee = Attendee(
                    name: c.displayName(person), capacity: capacity, arrivals: arrivals,
                    departures: own.filter { $0.kind == .departed }.map(\.at),
                    late: state.openedAt.map { opened in arrivals.first.map { $0 > opened } ?? false } ?? false)
                if c.seats(heldBy: person).isEmpty { result.nonVoting.append(attendee) } else { result.present.append(attendee) }
            } else if let note = state.apologies[person] {
                result.apologies.append(Absence(name: c.displayName(person), capacity: capacity, note: note.isEmpty ? nil : note))
            } else if !isProxyOnly(person, in: c) {
                result.absent.append(Absence(name: c.displayName(person), capacity: capacity, note: nil))
            }
        }
        result.proxiesActing = proxiesActing(in: state)
        result.movements = state.movements.sorted { ($0.at, $0.sequence) < ($1.at, $1.sequence) }.map {
            MovementLine(at: $0.at, name: c.displayName($0.person), arrived: $0.kind == .arrived)
        }
        return result
    }

    /// A proxy who never attended is not absent: they were only needed if the representative was.
    private static func isProxyOnly(_ person: PersonID, in c: Constitution) -> Bool {
        let roles = c.seats(heldBy: person)
        return !roles.isEmpty && roles.allSatisfy { $0.capacity == .proxy } && c.member(person) == nil && c.chair != person
    }

    static func capacity(of person: PersonID, in state: MeetingState) -> String {
        let c = state.constitution
        var parts = c.seats(heldBy: person).map { role in
            let partner = c.seat(role.seat)?.partner ?? role.seat.rawValue
            return role.capacity == .representative ? "representative, \(partner)" : "proxy for \(partner)"
        }
        if let member = c.member(person) { parts.append("non-voting: \(member.role)") }
        if let guest = state.guests[person] { parts.append("guest: \(guest)") }
        if state.chairHistory.contains(where: { $0.person == person }) { parts.insert("Chair", at: 0) }
        return parts.isEmpty ? "attendee" : parts.joined(separator: "; ")
    }

    /// Proxies who held their seat's vote at some point: at any instant on the timeline (A2).
    private static func proxiesActing(in state: MeetingState) -> [ProxyActing] {
        let c = state.constitution
        var acting: [SeatID: PersonID] = [:]
        for moment in presenceTimeline(from: state.movements) {
            for (seat, holding) in c.voteHolders(present: moment.present) {
                if case .held(let person, .proxy) = holding { acting[seat] = person }
            }
        }
        return c.seats.compactMap { seat in
            guard let proxy = acting[seat.id], let rep = c.holders[seat.id]?.representative else { return nil }
            return ProxyActing(proxy: c.displayName(proxy), seat: seat.partner, forRepresentative: c.displayName(rep))
        }
    }

    /// Q3: the quorum when the meeting opened, then every change with its time; and Q4 overrides.
    static func quorum(of state: MeetingState) -> QuorumSection {
        let c = state.constitution
        var section = QuorumSection(rule: c.quorum.describe(votingSeats: c.seats.count))
        let start = state.openedAt ?? state.movements.map(\.at).min()
        if let start {
            var last = state.quorum(at: start)
            section.changes.append(QuorumChange(at: start, quorate: last.isQuorate, summary: last.summary))
            for moment in presenceTimeline(from: state.movements) where moment.at > start {
                if let closed = state.closedAt, moment.at > closed { break }
                let now = c.quorum(present: moment.present)
                if now.isQuorate != last.isQuorate {
                    section.changes.append(QuorumChange(at: moment.at, quorate: now.isQuorate, summary: now.summary))
                }
                last = now
            }
        }
        section.overrides = state.orderedMotions.compactMap { motion in
            motion.quorumOverride.map { OverrideLine(motion: motion.id, reason: $0) }
        }
        return section
    }
}
