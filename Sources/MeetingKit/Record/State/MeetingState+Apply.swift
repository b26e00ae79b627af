import Foundation

extension MeetingState {
    /// Folds one event into the state. Total: an event that names something unknown (possible only in a
    /// journal written by other software) changes nothing but the sequence, so a record always opens.
    ///
    /// An `.undone` event is noted here but cannot unwind what it takes back: fold a journal with `fold`, and
    /// extend a state with `extend(with:journal:)`, which fold again when they meet one.
    public mutating func apply(_ event: MeetingEvent) {
        noteAction(event)
        lastSequence = event.sequence
        let time = event.time
        if latestTime.map({ $0 < time }) ?? true { latestTime = time }
        switch event.payload {
        case .meetingOpened(let details):
            self.details = details
            openedAt = time
        case .meetingClosed:
            closedAt = time
        case .previousMinutesApproved(let note):
            previousMinutesApproval = note
        case .arrived(let person, let at):
            recordMovement(Movement(person: person, kind: .arrived, at: at, sequence: event.sequence))
        case .departed(let person, let at):
            recordMovement(Movement(person: person, kind: .departed, at: at, sequence: event.sequence))
        case .apologies(let person, let note):
            apologies[person] = note
        case .guestAdded(let person, let role):
            constitution.people[person.id] = person
            guests[person.id] = role
        case .appointed(let appointment):
            applyAppointment(appointment, at: time)
        case .chairHandedOver(let person):
            chairHandovers.append(ChairTerm(person: person, from: time))
        case .personNamed(let person, let name):
            // A name is who the person always was, so every epoch of the meeting reads it.
            constitution.people[person]?.name = name
            namesGiven[person] = name
            namings.append(NamingRecord(person: person, name: name, at: time))
            for index in constitutionEpochs.indices {
                constitutionEpochs[index].constitution.people[person]?.name = name
            }
        case .agendaItemAdded(let item):
            agenda.append(item)
            confidentialityMarks[item.id, default: []].append(
                ConfidentialityMark(sequence: event.sequence, confidential: item.confidential))
        case .agendaItemRenamed(let id, let title):
            if let index = agenda.firstIndex(where: { $0.id == id }) { agenda[index].title = title }
        case .agendaItemOpened(let id):
            currentItem = id
            itemOpenings.append(ItemOpening(item: id, at: time, sequence: event.sequence))
        case .confidentialityMarked(let id, let confidential):
            if let index = agenda.firstIndex(where: { $0.id == id }) {
                agenda[index].confidential = confidential
                confidentialityMarks[id, default: []].append(
                    ConfidentialityMark(sequence: event.sequence, confidential: confidential))
            }
        default:
            applyMotionEvent(event)
            applyMinuteEvent(event)
        }
    }

    private mutating func noteAction(_ event: MeetingEvent) {
        var closedAVote = false, isUndo = false
        switch event.payload {
        case .voteClosed: closedAVote = true
        case .undone: isUndo = true
        default: break
        }
        if var action = lastAction, !action.isUndo, !isUndo, action.author == event.author, action.time == event.time,
            action.last == lastSequence
        {
            action.last = event.sequence
            action.closedAVote = action.closedAVote || closedAVote
            lastAction = action
        } else {
            lastAction = RecordedAction(
                first: event.sequence, last: event.sequence, author: event.author, time: event.time,
                closedAVote: closedAVote, isUndo: isUndo)
        }
    }

    private mutating func recordMovement(_ movement: Movement) {
        // Movements almost always arrive in time order; only a back-dated one needs the full replay.
        let inOrder = latestMovementAt.map { $0 <= movement.at } ?? true
        movements.append(movement)
        holdingsCache = nil
        latestMovementAt = max(latestMovementAt ?? movement.at, movement.at)
        if inOrder {
            movement.apply(to: &present)
        } else {
            present = presence(from: movements)
        }
    }

    private mutating func applyAppointment(_ appointment: Appointment, at time: Date) {
        guard constitution.seat(appointment.seat) != nil else { return }
        let successor = appointment.successor
        constitution.people[successor.id] = successor
        var holders = constitution.holders[appointment.seat] ?? SeatHolders(representative: successor.id, proxy: nil)
        let predecessor: PersonID?
        switch appointment.capacity {
        case .representative:
            predecessor = holders.representative
            holders.representative = successor.id
        case .proxy:
            predecessor = holders.proxy
            holders.proxy = successor.id
        }
        constitution.holders[appointment.seat] = holders
        holdingsCache = nil
        appointments.append(AppointmentRecord(appointment: appointment, predecessor: predecessor, at: time))
        constitutionEpochs.append(ConstitutionEpoch(from: time, constitution: constitution))
    }

    private mutating func applyMotionEvent(_ event: MeetingEvent) {
        let time = event.time
        switch event.payload {
        case .motionMoved(let draft):
            guard motions[draft.id] == nil else { return }
            let rule = draft.ruleChange != nil ? .unanimity : (draft.rule ?? constitution.decisionRule)
            motions[draft.id] = MotionRecord(
                draft: draft, originalText: draft.text, movedAt: time, sequence: event.sequence, rule: rule)
            motionOrder.append(draft.id)
            correctable[event.sequence] = .motionMoved(draft.id)
        case .motionAmended(let id, let text, let note):
            motions[id]?.amendments.append(Amendment(text: text, note: note, at: time))
            motions[id]?.draft.text = text
        case .motionWithdrawn(let id):
            motions[id]?.stage = .withdrawn(at: time)
        case .motionDeferred(let id):
            motions[id]?.stage = .deferred(at: time)
        case .quorumOverridden(let id, let reason):
            motions[id]?.quorumOverride = reason
        case .voteOpened(let id):
            guard motions[id] != nil else { return }
            motions[id]?.stage = .voting(openedAt: time)
            motions[id]?.ballots = BallotBox()
            openingQuorum[id] = constitution.quorum(holdings: currentHoldings(), present: present)
            openVote = id
        case .voteCast(let ballot), .voteChanged(let ballot):
            // Mutated through its index: copying the record out would copy its ballots on every vote.
            guard let index = motions.index(forKey: ballot.motion), case .voting = motions.values[index].stage else {
                return
            }
            let changed = motions.values[index].ballots.record(ballot) != nil
            motions.values[index].ballotHistory.append(
                BallotRecord(
                    ballot: ballot, at: time, changed: changed, fromOwnTerminal: event.author == .member,
                    keyedBy: event.author))
        case .voteClosed(let id, let castingVote):
            closeVote(id, castingVote: castingVote, at: time, sequence: event.sequence)
        default:
            return
        }
    }

    /// Seat holdings now, computed once between movements: votes open and close far more often than
    /// people come and go.
    private mutating func currentHoldings() -> [SeatHolding] {
        if let cached = holdingsCache { return cached }
        let holdings = constitution.seatHoldings(present: present)
        holdingsCache = holdings
        return holdings
    }

    private mutating func closeVote(_ id: MotionID, castingVote: VoteChoice?, at time: Date, sequence: Int) {
        guard let motion = motions[id], case .voting = motion.stage else { return }
        let holdings = currentHoldings()
        let tally = Self.tally(seats: constitution.seats, holdings: holdings, ballots: motion.ballots)
        let casting = constitution.chairHasCastingVote ? castingVote : nil
        let outcome = motion.rule.outcome(of: tally, castingVote: casting)
        motions[id]?.stage = .closed
        motions[id]?.result = VoteResult(
            closedAt: time, sequence: sequence, tally: tally, outcome: outcome, seats: constitution.seats.map(\.id),
            holdings: holdings, castingVote: casting,
            quorumAtOpening: openingQuorum[id])
        if openVote == id { openVote = nil }
        correctable[sequence] = .voteClosed(id)
        // V3: a carried rule change applies its rule to the motions it names that are still to be voted on.
        if outcome.carried, let change = motion.draft.ruleChange {
            for target in change.appliesTo where motions[target]?.result == nil {
                motions[target]?.rule = change.newRule
            }
        }
    }

    private mutating func applyMinuteEvent(_ event: MeetingEvent) {
        let (time, sequence, author) = (event.time, event.sequence, event.author)
        func entry(_ kind: MinuteEntry.Kind, _ label: CorrectableEntry) {
            entries.append(MinuteEntry(kind: kind, at: time, sequence: sequence, author: author))
            correctable[sequence] = label
        }
        switch event.payload {
        case .noted(let text): entry(.note(text), .note)
        case .concernRaised(let text): entry(.concern(text), .concern)
        case .informationSharingAgreed(let info): entry(.informationSharing(info), .informationSharing)
        case .interestDeclared(let declaration): entry(.declaration(declaration), .declaration)
        case .reportReceived(let report): entry(.report(report), .report)
        case .actionRecorded(let action):
            actions[action.id] = ActionRecord(action: action, recordedAt: time, sequence: sequence)
            correctable[sequence] = .action(action.id)
        case .actionClosed(let id, let note):
            actions[id]?.closedNote = note
            actions[id]?.closedAt = time
        case .riskRecorded(let risk):
            risks[risk.id] = RiskRecord(risk: risk, recordedAt: time, sequence: sequence)
            correctable[sequence] = .risk(risk.id)
        case .riskRerated(let id, let rating, let note):
            risks[id]?.rerates.append(RiskRerate(rating: rating, note: note, at: time))
        case .riskClosed(let id, let note):
            risks[id]?.closedNote = note
            risks[id]?.closedAt = time
        case .corrected(let correction):
            let number = corrections.count + 1
            let was = applyCorrection(correction)
            corrections.append(
                CorrectionRecord(
                    correction: correction, at: time, author: author, sequence: sequence, number: number, was: was))
            correctedBy[correction.target] = number
        default:
            return
        }
    }
}
