extension MeetingState {
    func decideVoting(_ command: Command) throws(Refusal) -> [EventPayload] {
        try require(isOpen, "The meeting is not open; open it before \(command.actionName).")
        switch command {
        case .moveMotion(var draft):
            try require(!draft.text.isBlank, "A motion needs its text.")
            if let problem = GivenID.problem(draft.id.rawValue) { throw Refusal("Motion id: \(problem).") }
            try require(motions[draft.id] == nil, "There is already a motion \(draft.id).")
            if let rule = draft.rule, rule != constitution.decisionRule {
                throw Refusal(
                    "A motion is decided by the meeting's rule (\(constitution.decisionRule.fileName)); another rule "
                        + "applies only through a rule change agreed unanimously (V2, V3)."
                )
            }
            draft.rule = nil
            if draft.item == nil { draft.item = currentItem }
            if let item = draft.item { try require(self.item(item) != nil, "There is no agenda item \(item).") }
            if let change = draft.ruleChange {
                try require(!change.appliesTo.isEmpty, "A rule change must name the motions it applies to (V3).")
                if let problem = change.newRule.problem { throw Refusal(problem + ".") }
                for target in change.appliesTo {
                    guard let motion = motions[target] else {
                        throw Refusal("A rule change names motion \(target), which has not been moved.")
                    }
                    try require(
                        motion.result == nil, "Motion \(target) has been voted on; a rule change cannot reach it (V3).")
                    try require(
                        !motion.stage.isVoting,
                        "The vote on motion \(target) is open; a rule change cannot reach a vote already under way "
                            + "(V3)."
                    )
                    try require(
                        motion.stage.isBeforeVote, "Motion \(target) was withdrawn; a rule change cannot reach it (V3)."
                    )
                }
            }
            return [.motionMoved(draft)]
        case .amendMotion(let id, let text, let note):
            let motion = try motionBeforeVote(id, "amended")
            try require(!text.isBlank, "An amendment needs the new text.")
            try require(text != motion.draft.text, "The amendment does not change the text.")
            return [.motionAmended(id, text: text, note: note)]
        case .withdrawMotion(let id, let reason):
            let motion = try motionBeforeVote(id, "withdrawn")
            return [.motionWithdrawn(id)] + reasonNote(reason, for: motion, "withdrawing")
        case .deferMotion(let id, let reason):
            let motion = try motionBeforeVote(id, "deferred")
            try require(motion.stage.mayBeDeferred, "Motion \(id) is already deferred.")
            return [.motionDeferred(id)] + reasonNote(reason, for: motion, "deferring")
        case .openVote(let id, let override):
            return try decideOpenVote(id, override: override)
        case .castVote(let id, let seat, let choice, let by):
            return [try decideBallot(id, seat: seat, choice: choice, by: by)]
        case .closeVote(let id, let castingVote):
            return try decideCloseVote(id, castingVote: castingVote)
        default:
            preconditionFailure("decideVoting handles only motions and votes")
        }
    }

    /// The reason for withdrawing or deferring a motion, minuted as a note under the motion's item so the
    /// minutes say why beside what; none when no reason was given.
    private func reasonNote(_ reason: String, for motion: MotionRecord, _ verb: String) -> [EventPayload] {
        guard !reason.isBlank else { return [] }
        return [.noted(MinuteText(item: motion.draft.item, text: "Reason for \(verb) motion \(motion.id): \(reason)"))]
    }

    /// V5: a motion can be amended, withdrawn or deferred before its vote, never after.
    private func motionBeforeVote(_ id: MotionID, _ verb: String) throws(Refusal) -> MotionRecord {
        guard let motion = motions[id] else { throw Refusal("There is no motion \(id).") }
        guard !motion.stage.isBeforeVote else { return motion }
        if case .voting = motion.stage {
            throw Refusal("The vote on motion \(id) is open; it can no longer be \(verb).")
        }
        if case .withdrawn = motion.stage { throw Refusal("Motion \(id) was withdrawn.") }
        throw Refusal("Motion \(id) has been voted on; a closed vote is only corrected, never \(verb) (V5).")
    }

    private func decideOpenVote(_ id: MotionID, override: String?) throws(Refusal) -> [EventPayload] {
        _ = try motionBeforeVote(id, "put to the vote again")
        if let open = openVote { throw Refusal("The vote on motion \(open) is still open; close it first.") }
        try require(
            !constitution.seats.isEmpty, "This constitution has no voting seats; minute the decision as a note.")
        let quorum = self.quorum
        if quorum.isQuorate { return [.voteOpened(id)] }
        guard let override, !override.isBlank else {
            throw Refusal(
                "The meeting is not quorate (\(quorum.summary); rule: \(quorum.ruleText)). A vote needs quorum when it "
                    + "opens; the chair may proceed only by an explicit override, which is minuted (Q4)."
            )
        }
        try require(
            constitution.allowQuorumOverride, "This constitution does not allow a vote to open without quorum (Q4).")
        return [.quorumOverridden(id, reason: override), .voteOpened(id)]
    }

    private func decideBallot(
        _ id: MotionID, seat: SeatID, choice: VoteChoice, by: PersonID?
    ) throws(Refusal) -> EventPayload {
        guard let motion = motions[id], case .voting = motion.stage else {
            throw Refusal("No vote is open on motion \(id).")
        }
        guard let seatInfo = constitution.seat(seat) else { throw Refusal("There is no voting seat '\(seat)'.") }
        let holding = voteHolders[seat] ?? .unrepresented(.bothAbsent)
        let voter: PersonID
        let capacity: Capacity
        if let by {
            try checkEntitled(by, seat: seatInfo, holding: holding)
        }
        switch holding {
        case .held(let person, let asCapacity):
            voter = person
            capacity = asCapacity
        case .unrepresented(let reason):
            throw Refusal("\(seatInfo.partner) is not represented: \(reason.explain(in: constitution)).")
        }
        if let other = motion.ballots.first(where: { $0.voter == voter && $0.seat != seat }) {
            let otherName = constitution.seat(other.seat)?.partner ?? other.seat.rawValue
            throw Refusal(
                "\(constitution.displayName(voter)) has already voted on motion \(id) for \(otherName); one person, "
                    + "one vote (A3)."
            )
        }
        let ballot = Ballot(motion: id, seat: seat, voter: voter, capacity: capacity, choice: choice)
        guard let previous = motion.ballots[seat] else { return .voteCast(ballot) }
        // V1, A4: a vote stands. Only the person who cast it may change it while the vote is open (a mis-key);
        // nobody else, whoever holds the seat now, can replace it.
        guard previous.voter == voter else {
            throw Refusal(
                "\(seatInfo.partner) has already voted \(previous.choice.word) on motion \(id), cast by "
                    + "\(constitution.displayName(previous.voter)) as \(previous.capacity.rawValue); a vote stands, "
                    + "and only the person who cast it may change it (V1, A4)."
            )
        }
        try require(previous.choice != choice, "\(seatInfo.partner) has already voted \(choice.word) on motion \(id).")
        return .voteChanged(ballot)
    }

    /// M1, A2, A3, V1: only the person who holds a seat's vote now may cast it.
    func checkEntitled(_ person: PersonID, seat: Seat, holding: SeatHolding) throws(Refusal) {
        try requireKnown(person)
        let name = constitution.displayName(person)
        let roles = constitution.seats(heldBy: person)
        if roles.isEmpty {
            throw Refusal("\(name) is not a representative or proxy of any voting seat and cannot vote (M1, V1).")
        }
        guard let role = roles.first(where: { $0.seat == seat.id }) else {
            let own = roles.map { (constitution.seat($0.seat)?.partner ?? $0.seat.rawValue) }.joined(separator: ", ")
            throw Refusal(
                "\(name) acts for \(own), not \(seat.partner); a proxy acts for its own partner's seat only (A3).")
        }
        try require(present.contains(person), "\(name) is not present.")
        if role.capacity == .proxy, let rep = constitution.holders[seat.id]?.representative, present.contains(rep) {
            throw Refusal(
                "\(seat.partner) is already represented by its representative; its proxy cannot vote (A2, V1).")
        }
        if holding.holder != person, case .unrepresented(let reason) = holding {
            throw Refusal("\(seat.partner) is not represented for this vote: \(reason.explain(in: constitution)).")
        }
    }

    private func decideCloseVote(_ id: MotionID, castingVote: VoteChoice?) throws(Refusal) -> [EventPayload] {
        guard let motion = motions[id], case .voting = motion.stage else {
            throw Refusal("No vote is open on motion \(id).")
        }
        if let castingVote {
            try require(constitution.chairHasCastingVote, "The constitution gives the chair no casting vote (M4).")
            let tally = tally(of: id) ?? Tally()
            try require(tally.inFavour == tally.against, "A casting vote is used only on a tie.")
            try require(castingVote != .abstain, "A casting vote is for or against.")
        }
        return [.voteClosed(id, castingVote: castingVote)]
    }
}
