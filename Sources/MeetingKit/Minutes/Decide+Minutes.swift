extension MeetingState {
    func decideMinutes(_ command: Command) throws(Refusal) -> [EventPayload] {
        switch command {
        case .note(let text):
            return [.noted(try placed(text))]
        case .raiseConcern(let text):
            return [.concernRaised(try placed(text))]
        case .recordAction(var action):
            try require(!action.what.isBlank, "An action needs what is to be done (N2).")
            if let problem = GivenID.problem(action.id.rawValue) { throw Refusal("Action id: \(problem).") }
            try require(!action.who.isBlank, "An action needs who will do it (N2).")
            try require(action.due != nil, "An action needs a date by when it is done (N2): due=YYYY-MM-DD.")
            try require(actions[action.id] == nil, "There is already an action \(action.id).")
            action.item = try itemOrCurrent(action.item)
            action.confidential =
                action.confidential || isConfidentialNow(action.item) || isConfidentialNow(currentItem)
            return [.actionRecorded(action)]
        case .closeAction(let id, let note):
            guard let action = actions[id] else { throw Refusal("There is no action \(id).") }
            try require(action.isOpen, "Action \(id) is already closed.")
            return [.actionClosed(id, note: note)]
        case .recordRisk(var risk):
            try require(!risk.description.isBlank, "A risk needs a description (N3).")
            if let problem = GivenID.problem(risk.id.rawValue) { throw Refusal("Risk id: \(problem).") }
            try require(!risk.owner.isBlank, "A risk needs an owner (N3).")
            try require(risks[risk.id] == nil, "There is already a risk \(risk.id).")
            risk.item = try itemOrCurrent(risk.item)
            risk.confidential = risk.confidential || isConfidentialNow(risk.item) || isConfidentialNow(currentItem)
            return [.riskRecorded(risk)]
        case .rerateRisk(let id, let rating, let note):
            guard let risk = risks[id] else { throw Refusal("There is no risk \(id).") }
            try require(risk.isOpen, "Risk \(id) is closed.")
            try require(risk.currentRating != rating, "Risk \(id) is already rated \(rating.rawValue).")
            return [.riskRerated(id, rating: rating, note: note)]
        case .closeRisk(let id, let note):
            guard let risk = risks[id] else { throw Refusal("There is no risk \(id).") }
            try require(risk.isOpen, "Risk \(id) is already closed.")
            try require(!note.isBlank, "Say why risk \(id) is closed (N3).")
            return [.riskClosed(id, note: note)]
        case .receiveReport(var report):
            try require(!report.title.isBlank, "Say which report was received (N3).")
            try require(!report.from.isBlank, "Say who presented the report (N3).")
            report.item = try itemOrCurrent(report.item)
            report.confidential =
                report.confidential || isConfidentialNow(report.item) || isConfidentialNow(currentItem)
            return [.reportReceived(report)]
        case .agreeInformationSharing(var info):
            try require(!info.what.isBlank, "Say what information is to be shared (N5).")
            try require(!info.shareWith.isBlank, "Say which partner groups it is shared with (N5).")
            try require(!info.howOften.isBlank, "Say how often it is shared (N5).")
            info.item = try itemOrCurrent(info.item)
            return [.informationSharingAgreed(info)]
        case .declareInterest(var declaration):
            try requireKnown(declaration.person)
            try require(!declaration.interest.isBlank, "Say what the interest is.")
            declaration.item = try itemOrCurrent(declaration.item)
            return [.interestDeclared(declaration)]
        case .correct(let correction):
            try require(!correction.text.isBlank, "Say what the correction is.")
            guard let target = correctable[correction.target] else {
                throw Refusal(
                    "Event \(correction.target) is not a closed vote or a minuted entry; only those are corrected (V5)."
                )
            }
            if correction.carried != nil {
                guard case .voteClosed(let motion) = target else {
                    throw Refusal(
                        "outcome= corrects a closed vote; event \(correction.target) is a \(target.description): give "
                            + "the text as it should read (V5)."
                    )
                }
                // A carried rule change has already applied its rule (V3); another rule change puts that right.
                try require(
                    motions[motion]?.draft.ruleChange == nil,
                    "Motion \(motion) changed the rule; its outcome is put right by another rule change, not a "
                        + "correction (V3, V5)."
                )
            }
            return [.corrected(correction)]
        default:
            preconditionFailure("decideMinutes handles only minute entries")
        }
    }

    /// Entries go under the item named, else the current item. An entry made under a confidential item, or
    /// while one is current, is flagged so, and stays so whatever is marked later (N4, invariant I4).
    private func placed(_ text: MinuteText) throws(Refusal) -> MinuteText {
        try require(!text.text.isBlank, "There is nothing to minute.")
        var placed = text
        placed.item = try itemOrCurrent(text.item)
        placed.confidential = text.confidential || isConfidentialNow(placed.item) || isConfidentialNow(currentItem)
        return placed
    }

    private func itemOrCurrent(_ item: AgendaItemID?) throws(Refusal) -> AgendaItemID? {
        guard let item else { return currentItem }
        try require(self.item(item) != nil, "There is no agenda item \(item).")
        return item
    }
}
