import Foundation

extension ConstitutionDraft {
    /// Checks the draft and builds the constitution, or throws every issue found.
    public func build() throws(ConstitutionIssues) -> Constitution {
        var issues: [ConstitutionIssue] = []
        func flag(_ field: String, _ message: String) {
            issues.append(ConstitutionIssue(field: field, message: message))
        }

        if name.isBlank { flag("name", "the constitution needs a name") }
        let body = Body(rawValue: self.body.uppercased())
        if body == nil { flag("body", "unknown body '\(self.body)'; expected ELG or EOG (B1)") }
        if project.name.isBlank { flag("project.name", "the project needs a name (B2)") }
        if let start = project.start, let end = project.end, end < start {
            flag("project.end", "the project ends before it starts")
        }

        var seats: [Seat] = []
        for draft in self.seats {
            if draft.id.isBlank {
                flag("\(draft.field).id", "a seat needs an id")
                continue
            }
            if seats.contains(where: { $0.id.rawValue == draft.id }) {
                flag("\(draft.field).id", "seat '\(draft.id)' is declared twice")
                continue
            }
            if draft.partner.isBlank { flag("\(draft.field).partner", "seat '\(draft.id)' needs its partner (P1)") }
            seats.append(Seat(id: SeatID(draft.id), partner: draft.partner, role: draft.role, core: draft.core))
        }

        var people: [PersonID: Person] = [:]
        func person(_ name: String, placeholderID: String, placeholder: String) -> PersonID {
            if name.isBlank {
                let id = PersonID(placeholderID)
                people[id] = Person(id: id, name: "", placeholder: placeholder)
                return id
            }
            let trimmed = name.trimmingCharacters(in: .whitespaces)
            if let existing = people.values.first(where: { $0.isNamed && $0.name.lowercased() == trimmed.lowercased() })
            {
                return existing.id
            }
            let id = PersonID(slug(trimmed))
            people[id] = Person(id: id, name: trimmed, placeholder: placeholder)
            return id
        }

        var holders: [SeatID: SeatHolders] = [:]
        var representing: [PersonID: String] = [:]
        for draft in self.people {
            guard let seat = seats.first(where: { $0.id.rawValue == draft.seat }) else {
                let what = draft.proxy != nil && draft.representative == nil ? "a proxy" : "people"
                flag(
                    draft.field,
                    "\(what) for seat '\(draft.seat)', which does not exist; seats are "
                        + "\(seats.map(\.id.rawValue).joined(separator: ", "))"
                )
                continue
            }
            if holders[seat.id] != nil {
                flag(draft.field, "the people of seat '\(seat.id)' are given twice")
                continue
            }
            guard let repName = draft.representative else {
                flag("\(draft.field).representative", "seat '\(seat.id)' has no representative (P2)")
                continue
            }
            let rep = person(
                repName, placeholderID: "\(seat.id)-representative", placeholder: "\(seat.partner) representative")
            if let other = representing[rep] {
                flag(
                    "\(draft.field).representative",
                    "\(repName) already represents seat '\(other)'; one person cannot represent two seats")
            }
            representing[rep] = seat.id.rawValue
            var proxy: PersonID?
            if let proxyName = draft.proxy {
                proxy = person(proxyName, placeholderID: "\(seat.id)-proxy", placeholder: "\(seat.partner) proxy")
                if proxy == rep { flag("\(draft.field).proxy", "the representative cannot be the seat's own proxy") }
            }
            holders[seat.id] = SeatHolders(representative: rep, proxy: proxy)
        }
        for seat in seats where holders[seat.id] == nil && !self.people.contains(where: { $0.seat == seat.id.rawValue })
        {
            flag(
                "people.\(seat.id)",
                "seat '\(seat.id)' has no representative (P2): add [people.\(seat.id)] with representative = \"…\"")
        }

        var members: [Member] = []
        for draft in self.members {
            if draft.role.isBlank { flag("\(draft.field).role", "a member needs a role") }
            let id = person(draft.name, placeholderID: "member-\(slug(draft.role))", placeholder: draft.role)
            if representing[id] != nil || members.contains(where: { $0.person == id }) {
                flag("\(draft.field).name", "\(draft.name) is already on the roll; a member is listed once")
            }
            members.append(Member(person: id, role: draft.role, core: draft.core))
        }

        var chair: PersonID?
        var chairSeatID: SeatID?
        if let seatID = chairSeat {
            if let held = holders[SeatID(seatID)] {
                chair = held.representative
                chairSeatID = SeatID(seatID)
            } else {
                flag("chair.seat", "unknown seat '\(seatID)' for the chair")
            }
        } else if let name = chairName {
            chair = person(name, placeholderID: "chair", placeholder: "Chair")
        }

        let quorum = buildQuorum(seatCount: seats.count, flag: flag)
        var rule = DecisionRule(fileName: decision)
        if rule == nil {
            flag(
                "rules.decision",
                "unknown rule '\(decision)'; expected one of \(DecisionRule.knownNames.joined(separator: ", "))")
        }
        if let problem = rule?.problem {
            flag("rules.decision", problem)
            rule = nil
        }
        if quorum == .allCoreMembers && !seats.contains(where: \.core) && !members.contains(where: \.core) {
            flag("rules.quorum", "quorum needs all core members present (Q1), but no seat or member is marked core")
        }

        if let timeZone, TimeZone(identifier: timeZone) == nil {
            flag("time_zone", "unknown time zone '\(timeZone)'; use an IANA name such as Europe/London")
        }

        guard issues.isEmpty, let body, let quorum, let rule else { throw ConstitutionIssues(issues: issues) }
        return Constitution(
            name: name, body: body, project: project, seats: seats, holders: holders, members: members, people: people,
            chair: chair, quorum: quorum, decisionRule: rule, chairHasCastingVote: chairHasCastingVote,
            votesNamedInPublic: votesNamedInPublic, allowQuorumOverride: allowQuorumOverride, chairSeat: chairSeatID,
            timeZone: timeZone)
    }

    private func buildQuorum(seatCount: Int, flag: (String, String) -> Void) -> QuorumRule? {
        switch quorum.lowercased() {
        case "majority-of-seats": return .majorityOfSeats
        case "all-core-members": return .allCoreMembers
        case "minimum-seats":
            guard let minimum = quorumMinimum else {
                flag("rules.quorum_minimum", "quorum = \"minimum-seats\" needs quorum_minimum")
                return nil
            }
            guard (1...max(seatCount, 1)).contains(minimum) else {
                flag(
                    "rules.quorum_minimum",
                    "quorum_minimum \(minimum) must be between 1 and the \(seatCount) voting seats")
                return nil
            }
            return .minimumSeats(minimum)
        default:
            flag(
                "rules.quorum",
                "unknown quorum rule '\(quorum)'; expected one of \(QuorumRule.knownNames.joined(separator: ", "))")
            return nil
        }
    }
}
