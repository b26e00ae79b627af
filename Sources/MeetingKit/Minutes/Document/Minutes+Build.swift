import Foundation

extension MinutesDocument {
    /// Drafts the minutes from the meeting's state. The public version is drawn from the public projection,
    /// which has left confidential matter out (N4); nothing here decides what is confidential.
    public init(state full: MeetingState, includeConfidential: Bool = false) {
        let projection = includeConfidential ? nil : full.publicView
        let state = projection?.state ?? full
        let c = state.constitution
        header = Header(
            body: c.body, constitution: c.name, project: c.project, title: state.details?.title,
            date: state.details?.date, place: state.details?.place, openedAt: state.openedAt, closedAt: state.closedAt,
            chairs: state.chairHistory.map { ChairLine(name: c.chairName($0.person), from: $0.from) },
            clerk: state.details?.clerk, indicative: c.votesAreIndicative)
        previousMinutes = state.previousMinutesApproval
        attendance = Self.attendance(of: state)
        quorum = Self.quorum(of: state)
        appointments = state.appointments.map {
            // Filling a blank placeholder replaces nobody.
            let predecessor = $0.predecessor.flatMap { c.people[$0]?.isNamed == true ? c.displayName($0) : nil }
            return AppointmentLine(
                at: $0.at, seat: c.seat($0.appointment.seat)?.partner ?? $0.appointment.seat.rawValue,
                capacity: $0.appointment.capacity, successor: $0.appointment.successor.displayName,
                predecessor: predecessor, partnersAdvised: $0.appointment.partnersAdvised)
        }
        namings = Self.namings(of: state)
        includesConfidential = includeConfidential

        var sections: [ItemSection] = [ItemSection(id: nil, title: "Before the agenda", confidential: false)]
        sections += state.agenda.map {
            ItemSection(id: $0.id, title: $0.title, allottedMinutes: $0.allottedMinutes, confidential: $0.confidential)
        }
        var sectionIndex: [AgendaItemID: Int] = [:]
        for (offset, section) in sections.enumerated() { if let id = section.id { sectionIndex[id] = offset } }
        func index(_ item: AgendaItemID?) -> Int { item.flatMap { sectionIndex[$0] } ?? 0 }

        for entry in state.entries {
            let at = index(entry.item)
            // A corrected entry reads as corrected, marked where it stands (V5).
            let mark = state.correctionMark(entry.sequence)
            switch entry.kind {
            case .note(let text): sections[at].notes.append(text.text + mark)
            case .concern(let text): sections[at].concerns.append(text.text + mark)
            case .informationSharing(var info):
                info.what += mark
                sections[at].informationSharing.append(info)
            case .declaration(let declaration):
                sections[at].declarations.append(
                    DeclarationLine(name: c.displayName(declaration.person), interest: declaration.interest + mark))
            case .report(let report):
                sections[at].reports.append(
                    ReportLine(title: report.title, from: report.from, challenge: report.challenge + mark))
            }
        }
        for motion in state.orderedMotions {
            sections[index(motion.draft.item)].motions.append(Self.section(of: motion, in: state))
        }
        var actionLines: [ActionLine] = []
        for record in state.actions.values.sorted(by: { $0.sequence < $1.sequence }) where record.carriedFrom == nil {
            let line = Self.line(record, in: state)
            sections[index(record.action.item)].actions.append(line)
            actionLines.append(line)
        }
        var riskLines: [RiskLine] = []
        for record in state.risks.values.sorted(by: { $0.sequence < $1.sequence }) where record.carriedFrom == nil {
            let line = Self.line(record, in: state)
            sections[index(record.risk.item)].risks.append(line)
            riskLines.append(line)
        }
        // A confidential item stays in the public minutes as its number; the projection has put its title away.
        items = sections.enumerated().compactMap { offset, section in offset == 0 && section.isEmpty ? nil : section }
        actions = actionLines
        risks = riskLines
        corrections = state.corrections.map { record in
            let target = record.correction.target
            return CorrectionLine(
                number: record.number, at: record.at, target: target,
                targetDescription: state.correctable[target]?.description ?? "event \(target)",
                text: record.correction.text, was: record.was,
                outcome: record.correction.carried.map { Outcome(carried: $0, reason: "").word })
        }
        mattersArising = Self.mattersArising(of: state)
        confidentialOmitted = projection?.omitted ?? 0
    }

    /// Actions and risks carried from earlier meetings, with what this meeting did to them (N2, N3), from
    /// `state` as given: the public projection for public output.
    public static func mattersArising(of state: MeetingState) -> [MatterArising] {
        let actions = state.actions.values.filter { $0.carriedFrom != nil }.sorted { $0.sequence < $1.sequence }
        let risks = state.risks.values.filter { $0.carriedFrom != nil }.sorted { $0.sequence < $1.sequence }
        return actions.compactMap { record in
            guard let from = record.carriedFrom else { return nil }
            return MatterArising(
                kind: .action(line: line(record, in: state), closedNote: record.closedNote), fromMeeting: from)
        }
            + risks.compactMap { record in
                guard let from = record.carriedFrom else { return nil }
                return MatterArising(
                    kind: .risk(line: line(record, in: state), previousRating: record.risk.rating), fromMeeting: from)
            }
    }

    static func line(_ record: ActionRecord, in state: MeetingState) -> ActionLine {
        ActionLine(
            id: record.action.id, what: record.action.what + state.correctionMark(record.sequence),
            who: record.action.who, due: record.action.due, closed: !record.isOpen)
    }

    static func line(_ record: RiskRecord, in state: MeetingState) -> RiskLine {
        RiskLine(
            id: record.risk.id, description: record.risk.description + state.correctionMark(record.sequence),
            owner: record.risk.owner, rating: record.currentRating,
            mitigation: record.risk.mitigation, closed: !record.isOpen, closedNote: record.closedNote)
    }

    private static func section(of motion: MotionRecord, in state: MeetingState) -> MotionSection {
        let c = state.constitution
        let votes: [NamedVote] = state.entitlement(for: motion).map { seat in
            let partner = c.seat(seat.seat)?.partner ?? seat.seat.rawValue
            if let ballot = seat.ballot {
                return NamedVote(
                    seat: partner, voter: c.displayName(ballot.voter), capacity: ballot.capacity, choice: ballot.choice,
                    changes: motion.changes(of: seat.seat), keyedBy: motion.keyedBy(seat.seat))
            }
            switch seat.holding {
            case .held(let person, let capacity):
                return NamedVote(seat: partner, voter: c.displayName(person), capacity: capacity, note: "did not vote")
            case .unrepresented(let reason):
                return NamedVote(seat: partner, note: "not represented: \(reason.explain(in: c))")
            }
        }
        let change = motion.draft.ruleChange.map {
            "changes the rule to \($0.newRule.fileName) for motion(s) "
                + "\($0.appliesTo.map(\.rawValue).joined(separator: ", "))"
        }
        let movedMark = state.correctionMark(motion.sequence)
        var outcome = motion.result?.outcome
        outcome?.reason += state.correctionMark(motion.result?.sequence)
        return MotionSection(
            id: motion.id, text: motion.draft.text + (motion.amendments.isEmpty ? movedMark : ""),
            originalText: motion.originalText + movedMark,
            amendments: motion.amendments.map(\.text), mover: motion.draft.mover, rationale: motion.draft.rationale,
            rule: motion.rule.description, ruleChange: change, stage: Self.minutedStage(motion.stage),
            indicative: c.votesAreIndicative, votes: motion.stage == .moved ? [] : votes,
            tally: state.tally(of: motion.id),
            outcome: outcome, castingVote: motion.result?.castingVote,
            quorumOverride: motion.quorumOverride, closedAt: motion.result?.closedAt)
    }

    /// V5: where a motion without a result stands, as a sentence a clerk would write, not the bare stage word.
    static func minutedStage(_ stage: MotionStage) -> String {
        switch stage {
        case .moved: "Moved; not put to the vote"
        case .voting: "The vote was open when these minutes were drawn"
        case .closed: "closed"
        case .withdrawn: "Withdrawn by the mover"
        case .deferred: "Deferred to a later meeting"
        }
    }
}
