import Foundation

extension MinutesDocument {
    /// A1, A4, N1: who attended and in what capacity, proxies acting, apologies, absence and movements. Every
    /// line is what the meeting was at its instant: a representative replaced at 14:30 attended as the
    /// representative until then, and their successor holds the place only from then (P3).
    static func attendance(of state: MeetingState) -> Attendance {
        let c = state.constitution
        let epochs = [state.openingConstitution] + state.constitutionEpochs.map(\.constitution)
        var result = Attendance()
        let attended = Set(state.movements.map(\.person))
        var seen = Set<PersonID>()
        let chairs = state.chairHistory.map(\.person)
        // A blank placeholder that was filled in was never anybody; the person named in it takes its place.
        let filled = Set(
            state.appointments.compactMap { record in
                record.predecessor.flatMap { c.people[$0]?.isNamed == true ? nil : $0 }
            }
        ).subtracting(
            c.seats.flatMap { [c.holders[$0.id]?.representative, c.holders[$0.id]?.proxy].compactMap { $0 } })
        let rollOrder =
            epochs.flatMap { epoch in
                epoch.seats.flatMap { seat in
                    [epoch.holders[seat.id]?.representative, epoch.holders[seat.id]?.proxy].compactMap { $0 }
                }
            } + c.members.map(\.person) + chairs + state.guests.keys.sorted()
        func name(_ person: PersonID) -> String {
            chairs.contains(person) ? c.chairName(person) : c.displayName(person)
        }
        for person in rollOrder where !seen.contains(person) && !filled.contains(person) {
            seen.insert(person)
            let capacity = capacity(of: person, in: state)
            let name = name(person)
            if attended.contains(person) {
                let own = state.movements.filter { $0.person == person }.sorted()
                let arrivals = own.filter { $0.kind == .arrived }
                let attendee = Attendee(
                    name: name, capacity: capacity, arrivals: arrivals.map(\.at),
                    departures: own.filter { $0.kind == .departed }.map(\.at),
                    late: arrivals.first.map(state.arrivesLate) ?? false)
                let everHeldASeat = epochs.contains { !$0.seats(heldBy: person).isEmpty }
                if everHeldASeat {
                    result.present.append(attendee)
                } else if chairs.contains(person) {
                    result.inTheChair.append(attendee)
                } else {
                    result.nonVoting.append(attendee)
                }
            } else if let note = state.apologies[person] {
                result.apologies.append(Absence(name: name, capacity: capacity, note: note.isEmpty ? nil : note))
            } else if isExpected(person, in: state) {
                result.absent.append(Absence(name: name, capacity: capacity, note: nil))
            }
        }
        result.proxiesActing = proxiesActing(in: state)
        var hasLeft = Set<PersonID>()
        result.movements = state.movements.sorted().map {
            let returned = $0.kind == .arrived && hasLeft.contains($0.person)
            if $0.kind == .departed { hasLeft.insert($0.person) }
            return MovementLine(at: $0.at, name: name($0.person), arrived: $0.kind == .arrived, returned: returned)
        }
        return result
    }

    /// Whether someone who did not come counts as absent: a representative, member or chair when the
    /// meeting opened. A proxy was needed only if the representative was not there; someone appointed
    /// during the meeting was not expected at it; an unnamed chair is nobody in particular.
    private static func isExpected(_ person: PersonID, in state: MeetingState) -> Bool {
        let start = state.openedAt.map { state.constitution(at: $0) } ?? state.constitution
        if state.chairHistory.contains(where: { $0.person == person }),
            state.constitution.people[person]?.isNamed != true,
            start.seats(heldBy: person).isEmpty
        {
            return false
        }
        if start.member(person) != nil || state.chairHistory.first?.person == person { return true }
        return start.seats(heldBy: person).contains { $0.capacity == .representative }
    }

    /// "representative, Special Schools, until replaced": every place the person held in the meeting, and
    /// whether an appointment began or ended it (the appointments section gives the time).
    static func capacity(of person: PersonID, in state: MeetingState) -> String {
        let c = state.constitution
        let epochs = [ConstitutionEpoch(from: nil, constitution: state.openingConstitution)] + state.constitutionEpochs
        var roles: [(seat: SeatID, capacity: Capacity)] = []
        for epoch in epochs {
            for role in epoch.constitution.seats(heldBy: person) where !roles.contains(where: { $0 == role }) {
                roles.append(role)
            }
        }
        var parts = roles.map { role in
            let partner = c.seat(role.seat)?.partner ?? role.seat.rawValue
            let held = epochs.indices.filter { epochs[$0].constitution.seats(heldBy: person).contains { $0 == role } }
            var text = role.capacity == .representative ? "representative, \(partner)" : "proxy for \(partner)"
            if let first = held.first, let from = epochs[first].from, let opened = state.openedAt, from >= opened {
                text += ", appointed during the meeting"
            }
            if let last = held.last, last + 1 < epochs.count { text += ", until replaced" }
            return text
        }
        if let member = c.member(person) { parts.append("non-voting: \(member.role)") }
        if let guest = state.guests[person] { parts.append("guest: \(guest)") }
        if state.chairHistory.contains(where: { $0.person == person }) { parts.insert("Chair", at: 0) }
        return parts.isEmpty ? "attendee" : parts.joined(separator: "; ")
    }

    /// The instants at which who held a seat's vote could change: every movement and every appointment.
    static func moments(of state: MeetingState, movements: [Movement]? = nil) -> [Date] {
        Array(Set((movements ?? state.movements).map(\.at) + state.constitutionEpochs.compactMap(\.from))).sorted()
    }

    /// Proxies who held their seat's vote at some instant of the meeting, from its opening to its close,
    /// under the constitution in force then (A2), counting the roll at the opening from the opening (A1): a
    /// proxy in the room before the representative arrived for the opening did not act for them.
    private static func proxiesActing(in state: MeetingState) -> [ProxyActing] {
        let c = state.constitution
        var acting: [SeatID: (proxy: PersonID, representative: PersonID)] = [:]
        let counted = state.movementsCountingRollCall
        let presence = PresenceIndex(counted)
        let opened = state.openedAt ?? .distantPast
        let closed = state.closedAt ?? .distantFuture
        for moment in [opened] + moments(of: state, movements: counted) where moment >= opened && moment <= closed {
            let inForce = state.constitution(at: moment)
            for (seat, holding) in inForce.voteHolders(present: presence.present(at: moment)) {
                if case .held(let person, .proxy) = holding, let rep = inForce.holders[seat]?.representative,
                    acting[seat] == nil
                {
                    acting[seat] = (person, rep)
                }
            }
        }
        return c.seats.compactMap { seat in
            guard let pair = acting[seat.id] else { return nil }
            return ProxyActing(
                proxy: c.displayName(pair.proxy), seat: seat.partner,
                forRepresentative: c.displayName(pair.representative))
        }
    }

    /// Q3: the quorum when the meeting opened, then every change with its time, including one an appointment
    /// caused; and Q4 overrides.
    static func quorum(of state: MeetingState) -> QuorumSection {
        let c = state.constitution
        var section = QuorumSection(rule: c.quorum.describe(votingSeats: c.seats.count))
        let start = state.openedAt ?? state.movements.map(\.at).min()
        let counted = state.movementsCountingRollCall
        let presence = PresenceIndex(counted)
        func quorum(at instant: Date) -> QuorumStatus {
            state.constitution(at: instant).quorum(present: presence.present(at: instant))
        }
        if let start {
            var last = quorum(at: start)
            section.changes.append(QuorumChange(at: start, quorate: last.isQuorate, summary: last.minuted))
            for moment in moments(of: state, movements: counted) where moment > start {
                if let closed = state.closedAt, moment > closed { break }
                let now = quorum(at: moment)
                if now.isQuorate != last.isQuorate {
                    section.changes.append(QuorumChange(at: moment, quorate: now.isQuorate, summary: now.minuted))
                }
                last = now
            }
        }
        section.overrides = state.orderedMotions.compactMap { motion in
            motion.quorumOverride.map { OverrideLine(motion: motion.id, reason: $0) }
        }
        return section
    }

    /// N1, M4, E2: every name given to a blank place and every handover of the chair, in time order.
    static func namings(of state: MeetingState) -> [NamingLine] {
        let c = state.constitution
        let named = state.namings.map {
            NamingLine(at: $0.at, name: $0.name, role: capacity(of: $0.person, in: state), tookTheChair: false)
        }
        let handovers = state.chairHandovers.compactMap { term in
            term.from.map { NamingLine(at: $0, name: c.chairName(term.person), role: "Chair", tookTheChair: true) }
        }
        return (named + handovers).sorted { $0.at < $1.at }
    }
}
