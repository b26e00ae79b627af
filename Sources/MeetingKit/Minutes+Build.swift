import Foundation

extension MinutesDocument {
    /// Drafts the minutes from the meeting's state. The public version leaves confidential matter out (N4).
    public init(state: MeetingState, includeConfidential: Bool = false) {
        let c = state.constitution
        header = Header(
            body: c.body, constitution: c.name, project: c.project, title: state.details?.title,
            date: state.details?.date, place: state.details?.place, openedAt: state.openedAt, closedAt: state.closedAt,
            chairs: state.chairHistory.map { ChairLine(name: c.displayName($0.person), from: $0.from) },
            clerk: state.details?.clerk, indicative: c.votesAreIndicative)
        previousMinutes = state.previousMinutesApproval
        attendance = Self.attendance(of: state)
        quorum = Self.quorum(of: state)
        appointments = state.appointments.map {
            AppointmentLine(
                at: $0.at, seat: c.seat($0.appointment.seat)?.partner ?? $0.appointment.seat.rawValue,
                capacity: $0.appointment.capacity, successor: $0.appointment.successor.displayName,
                predecessor: $0.predecessor.map(c.displayName), partnersAdvised: $0.appointment.partnersAdvised)
        }
        includesConfidential = includeConfidential
        var omitted = 0
        func keep(_ confidential: Bool) -> Bool {
            if confidential && !includeConfidential { omitted += 1; return false }
            return true
        }

        var sections: [ItemSection] = [ItemSection(id: nil, title: "Before the agenda", confidential: false)]
        sections += state.agenda.map {
            ItemSection(id: $0.id, title: $0.title, allottedMinutes: $0.allottedMinutes, confidential: $0.confidential)
        }
        var sectionIndex: [AgendaItemID: Int] = [:]
        for (offset, section) in sections.enumerated() { if let id = section.id { sectionIndex[id] = offset } }
        func index(_ item: AgendaItemID?) -> Int { item.flatMap { sectionIndex[$0] } ?? 0 }
        func hidden(_ item: AgendaItemID?, _ confidential: Bool) -> Bool {
            !keep(confidential || sections[index(item)].confidential)
        }

        for entry in state.entries {
            let at = index(entry.item)
            switch entry.kind {
            case .note(let text):
                if !hidden(text.item, text.confidential) { sections[at].notes.append(text.text) }
            case .concern(let text):
                if !hidden(text.item, text.confidential) { sections[at].concerns.append(text.text) }
            case .informationSharing(let info):
                if !hidden(info.item, false) { sections[at].informationSharing.append(info) }
            case .declaration(let declaration):
                if !hidden(declaration.item, false) {
                    sections[at].declarations.append(DeclarationLine(name: c.displayName(declaration.person), interest: declaration.interest))
                }
            }
        }
        for motion in state.orderedMotions where !hidden(motion.draft.item, false) {
            sections[index(motion.draft.item)].motions.append(Self.section(of: motion, in: state))
        }
        var actionLines: [ActionLine] = []
        for record in state.actions.values.sorted(by: { $0.sequence < $1.sequence })
        where record.carriedFrom == nil && !hidden(record.action.item, record.action.confidential) {
            let line = ActionLine(id: record.action.id, what: record.action.what, who: record.action.who, due: record.action.due, closed: !record.isOpen)
            sections[index(record.action.item)].actions.append(line)
            actionLines.append(line)
        }
        var riskLines: [RiskLine] = []
        for record in state.risks.values.sorted(by: { $0.sequence < $1.sequence })
        where record.carriedFrom == nil && !hidden(record.risk.item, record.risk.confidential) {
            let line = RiskLine(id: record.risk.id, description: record.risk.description, owner: record.risk.owner, rating: record.currentRating, mitigation: record.risk.mitigation)
            sections[index(record.risk.item)].risks.append(line)
            riskLines.append(line)
        }
        // A confidential item stays in the public minutes only as its number; its title is matter too (N4).
        items = sections.enumerated().compactMap { offset, section in
            if offset == 0 && section.isEmpty { return nil }
            if section.confidential && !includeConfidential {
                return ItemSection(id: section.id, title: "Confidential item", confidential: true)
            }
            return section
        }
        actions = actionLines
        risks = riskLines
        corrections = state.corrections.compactMap { record in
            let target = record.correction.target
            if let targetItem = Self.item(ofEvent: target, in: state), hidden(targetItem, false) { return nil }
            return CorrectionLine(
                at: record.at, target: target, targetDescription: state.correctable[target]?.description ?? "event \(target)",
                text: record.correction.text)
        }
        mattersArising = Self.mattersArising(of: state, keep: keep)
        confidentialOmitted = omitted
    }

    /// Actions and risks carried from earlier meetings, with what this meeting did to them (N2, N3);
    /// `keep` says whether confidential ones stay (N4).
    public static func mattersArising(of state: MeetingState, keep: (_ confidential: Bool) -> Bool = { _ in true }) -> [MatterArising] {
        let actions = state.actions.values.filter { $0.carriedFrom != nil }.sorted { $0.sequence < $1.sequence }
        let risks = state.risks.values.filter { $0.carriedFrom != nil }.sorted { $0.sequence < $1.sequence }
        return actions.compactMap { record in
            guard let from = record.carriedFrom, keep(record.action.confidential) else { return nil }
            let line = ActionLine(id: record.action.id, what: record.action.what, who: record.action.who, due: record.action.due, closed: !record.isOpen)
            return MatterArising(kind: .action(line: line, closedNote: record.closedNote), fromMeeting: from)
        } + risks.compactMap { record in
            guard let from = record.carriedFrom, keep(record.risk.confidential) else { return nil }
            let line = RiskLine(id: record.risk.id, description: record.risk.description, owner: record.risk.owner, rating: record.currentRating, mitigation: record.risk.mitigation)
            return MatterArising(kind: .risk(line: line, previousRating: record.risk.rating), fromMeeting: from)
        }
    }

    private static func section(of motion: MotionRecord, in state: MeetingState) -> MotionSection {
        let c = state.constitution
        let votes: [NamedVote] = state.entitlement(for: motion).map { seat in
            let partner = c.seat(seat.seat)?.partner ?? seat.seat.rawValue
            if let ballot = seat.ballot {
                return NamedVote(seat: partner, voter: c.displayName(ballot.voter), capacity: ballot.capacity, choice: ballot.choice)
            }
            switch seat.holding {
            case .held(let person, let capacity):
                return NamedVote(seat: partner, voter: c.displayName(person), capacity: capacity, note: "did not vote")
            case .unrepresented(let reason):
                return NamedVote(seat: partner, note: "not represented: \(reason.explain(in: c))")
            }
        }
        let change = motion.draft.ruleChange.map {
            "changes the rule to \($0.newRule.fileName) for motion(s) \($0.appliesTo.map(\.rawValue).joined(separator: ", "))"
        }
        return MotionSection(
            id: motion.id, text: motion.draft.text, originalText: motion.originalText,
            amendments: motion.amendments.map(\.text), mover: motion.draft.mover, rationale: motion.draft.rationale,
            rule: motion.rule.description, ruleChange: change, stage: motion.stage.word,
            indicative: c.votesAreIndicative, votes: motion.stage == .moved ? [] : votes, tally: state.tally(of: motion.id),
            outcome: motion.result?.outcome, castingVote: motion.result?.castingVote,
            quorumOverride: motion.quorumOverride, closedAt: motion.result?.closedAt)
    }

    /// The agenda item an event was minuted under, for hiding corrections of confidential matter.
    private static func item(ofEvent sequence: Int, in state: MeetingState) -> AgendaItemID? {
        if let entry = state.entries.first(where: { $0.sequence == sequence }) { return entry.item }
        if let motion = state.motions.values.first(where: { $0.sequence == sequence }) { return motion.draft.item }
        if let action = state.actions.values.first(where: { $0.sequence == sequence }) { return action.action.item }
        if let risk = state.risks.values.first(where: { $0.sequence == sequence }) { return risk.risk.item }
        return nil
    }
}
