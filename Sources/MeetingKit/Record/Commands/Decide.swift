import Foundation

extension MeetingState {
    /// Validates `command`, given by `author` at `time`, against this state. Returns the events to append, in
    /// order, or throws a `Refusal` saying what is wrong. Never changes the state itself.
    /// `actor`, when known, is the person behind the command: a member's must be their own ballot.
    public func decide(
        _ command: Command, by author: Role, as actor: Actor? = nil, at time: Date
    ) throws(Refusal) -> [EventPayload] {
        if author == .member {
            try requireOwnBallot(command, actor: actor)
        } else if !command.permits(author), let owner = command.owner {
            throw Refusal(
                "\(command.actionName.capitalizedFirst) is the \(owner.rawValue)'s action, not the "
                    + "\(author.rawValue)'s."
            )
        }
        if case .undoLastAction(let first) = command { return try decideUndo(first: first, by: author) }
        if closedAt != nil, !command.isCorrection {
            throw Refusal("The meeting is closed; record a correction instead of \(command.actionName).")
        }
        switch command {
        case .openMeeting, .closeMeeting, .approvePreviousMinutes, .handOverChair, .addAgendaItem, .renameAgendaItem,
            .openAgendaItem,
            .markConfidential:
            return try decideProceedings(command, at: time)
        case .arrive, .depart, .giveApologies, .addGuest, .appoint, .namePerson:
            return try decideAttendance(command, at: time)
        case .moveMotion, .amendMotion, .withdrawMotion, .deferMotion, .openVote, .castVote, .closeVote:
            return try decideVoting(command)
        case .note, .raiseConcern, .recordAction, .closeAction, .recordRisk, .rerateRisk, .closeRisk, .receiveReport,
            .agreeInformationSharing, .declareInterest, .correct:
            return try decideMinutes(command)
        case .undoLastAction:
            preconditionFailure("handled above")
        }
    }

    /// V1, A2: a member's terminal casts or changes that member's own ballot, and does nothing else; who
    /// they are comes from their key, not from what the command says.
    private func requireOwnBallot(_ command: Command, actor: Actor?) throws(Refusal) {
        guard case .castVote(_, _, _, let voter) = command else {
            throw Refusal(
                "\(command.actionName.capitalizedFirst) is not a member's action; a member's terminal only casts that "
                    + "member's vote."
            )
        }
        guard let person = actor?.person else { throw Refusal("A member's vote needs to know whose it is.") }
        try require(
            voter == person,
            "A member casts only their own vote, not \(voter.map { constitution.displayName($0) } ?? "the seat's").")
    }

    /// Undo takes back the author's newest action only while nothing has been recorded after it; from then
    /// on the record has moved on and only a correction will do (V5).
    private func decideUndo(first: Int, by author: Role) throws(Refusal) -> [EventPayload] {
        guard let action = lastAction, !action.isUndo else { throw Refusal("There is nothing to undo.") }
        guard action.first == first else {
            throw Refusal(
                "Something has been recorded since (event \(action.first) by the \(action.author.rawValue)), so that "
                    + "action can no longer be undone; record a correction instead (V5)."
            )
        }
        try require(
            action.author == author,
            "Event \(first) is the \(action.author.rawValue)'s action; only its author can undo it.")
        try require(!action.closedAVote, "A closed vote is never undone, only corrected (V5).")
        return [.undone(first: action.first, last: action.last)]
    }

    private func decideProceedings(_ command: Command, at time: Date) throws(Refusal) -> [EventPayload] {
        switch command {
        case .openMeeting(let details):
            if openedAt != nil { throw Refusal("The meeting is already open.") }
            try require(!details.title.isBlank, "Give the meeting a title.")
            // A1: the chair who opens the meeting is in the room, so is recorded present from the opening,
            // in the same action, rather than left for the clerk to notice (#24).
            if let chair, constitution.people[chair] != nil, !present.contains(chair),
                !movements.contains(where: { $0.person == chair && $0.at > time })
            {
                return [.meetingOpened(details), .arrived(person: chair, at: time)]
            }
            return [.meetingOpened(details)]
        case .closeMeeting:
            try require(openedAt != nil, "The meeting has not been opened.")
            if let open = openVote { throw Refusal("The vote on motion \(open) is still open; close it first.") }
            return [.meetingClosed]
        case .approvePreviousMinutes(let note):
            // #24: the first meeting of a series has no previous meeting, so no minutes of one to approve.
            try require(
                !isFirstOfSeries, "This is the first meeting of the series; there are no previous minutes to approve.")
            try require(previousMinutesApproval == nil, "The previous minutes have already been approved.")
            return [.previousMinutesApproved(note: note)]
        case .handOverChair(let person):
            try requireKnown(person)
            try require(chair != person, "\(constitution.displayName(person)) is already in the chair.")
            return [.chairHandedOver(to: person)]
        case .addAgendaItem(let item):
            try require(!item.title.isBlank, "An agenda item needs a title.")
            if let problem = GivenID.problem(item.id.rawValue) { throw Refusal("Item id: \(problem).") }
            try require(self.item(item.id) == nil, "There is already an agenda item \(item.id).")
            if let minutes = item.allottedMinutes { try require(minutes > 0, "Time allotted must be positive.") }
            return [.agendaItemAdded(item)]
        case .renameAgendaItem(let id, let title):
            guard let item = self.item(id) else { throw Refusal("There is no agenda item \(id).") }
            try require(!title.isBlank, "An agenda item needs a title.")
            try require(item.title != title, "Item \(id) is already called that.")
            return [.agendaItemRenamed(id, title: title)]
        case .openAgendaItem(let id):
            try require(self.item(id) != nil, "There is no agenda item \(id).")
            try require(currentItem != id, "Item \(id) is already the current item.")
            if let open = openVote { throw Refusal("The vote on motion \(open) is open; close it before moving on.") }
            return [.agendaItemOpened(id)]
        case .markConfidential(let id, let confidential):
            guard let item = self.item(id) else { throw Refusal("There is no agenda item \(id).") }
            try require(
                item.confidential != confidential, "Item \(id) is already \(confidential ? "confidential" : "public").")
            return [.confidentialityMarked(item: id, confidential: confidential)]
        default:
            preconditionFailure("decideProceedings handles only proceedings")
        }
    }

    private func decideAttendance(_ command: Command, at time: Date) throws(Refusal) -> [EventPayload] {
        switch command {
        case .arrive(let person, let at):
            try requireKnown(person)
            let name = constitution.displayName(person)
            try require(!present.contains(person), "\(name) is already present.")
            return [.arrived(person: person, at: try movementTime(of: person, said: at, now: time))]
        case .depart(let person, let at):
            try requireKnown(person)
            try require(present.contains(person), "\(constitution.displayName(person)) is not present.")
            return [.departed(person: person, at: try movementTime(of: person, said: at, now: time))]
        case .giveApologies(let person, let note):
            try requireKnown(person)
            try require(
                !present.contains(person), "\(constitution.displayName(person)) is present; apologies are for absence.")
            try require(
                apologies[person] == nil, "Apologies from \(constitution.displayName(person)) are already recorded.")
            return [.apologies(person: person, note: note)]
        case .addGuest(let name, let role):
            try require(!name.isBlank, "A guest needs a name.")
            let id = PersonID("guest-" + slug(name))
            try require(constitution.people[id] == nil, "\(name) is already known to this meeting.")
            return [.guestAdded(Person(id: id, name: name, placeholder: role), role: role)]
        case .appoint(let seat, let capacity, let name, let advised):
            return [.appointed(try validateAppointment(seat: seat, capacity: capacity, name: name, advised: advised))]
        case .namePerson(let person, let name):
            try requireKnown(person)
            try require(!name.isBlank, "Give the name.")
            let current = constitution.people[person]
            if let seat = constitution.holders.first(where: {
                $0.value.representative == person || $0.value.proxy == person
            })?.key {
                throw Refusal(
                    "\(constitution.displayName(person)) holds a place for "
                        + "\(constitution.seat(seat)?.partner ?? seat.rawValue); name them with appoint, which records "
                        + "the appointment (P2–P4)."
                )
            }
            try require(
                current?.isNamed != true,
                "\(constitution.displayName(person)) is already named; someone else taking the chair is a handover "
                    + "(chair …), a visitor a guest (guest …)."
            )
            return [.personNamed(person, name: name)]
        default:
            preconditionFailure("decideAttendance handles only attendance")
        }
    }

    /// A1: when an arrival or departure said to be at `said` (else now) happened. The record says what has
    /// happened, so a time later than the clock is refused, and so is one before the person's last movement.
    private func movementTime(of person: PersonID, said: Date?, now: Date) throws(Refusal) -> Date {
        let when = said ?? now
        try require(
            when <= now,
            "That time is later than now; record an arrival or departure when it happens, or at an earlier time (A1).")
        if let last = movements.last(where: { $0.person == person }), when < last.at {
            throw Refusal(
                "That time is before \(constitution.displayName(person))'s last recorded "
                    + "\(last.kind.rawValue == "arrived" ? "arrival" : "departure")."
            )
        }
        return when
    }

    func requireKnown(_ person: PersonID) throws(Refusal) {
        try require(constitution.people[person] != nil, "Nobody called '\(person)' is on this meeting's roll.")
    }

    func require(_ condition: Bool, _ reason: @autoclosure () -> String) throws(Refusal) {
        if !condition { throw Refusal(reason()) }
    }
}

extension String {
    var isBlank: Bool { allSatisfy(\.isWhitespace) }
    public var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
