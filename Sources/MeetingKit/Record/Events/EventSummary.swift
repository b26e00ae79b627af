import Foundation

extension MeetingEvent {
    /// The event in a few words, for the log and for refusals caused by another terminal: "closed the
    /// vote on motion M1", "recorded Jo Bloggs's arrival", "minuted a note "Budget agreed"". Names come
    /// from the constitution given; text is quoted as recorded, so the log shows what a correction would name.
    public func summary(in c: Constitution) -> String {
        func name(_ person: PersonID) -> String { c.displayName(person) }
        func quoted(_ text: String) -> String { "\"\(text)\"" }
        func seat(_ id: SeatID) -> String { c.seat(id)?.partner ?? id.rawValue }
        // A1: a movement recorded with an earlier time (at=) says when it happened, beside when it was recorded.
        func happened(_ at: Date) -> String {
            let when = clockTime(at, in: c.zone)
            return when == clockTime(time, in: c.zone) ? "" : " at \(when)"
        }
        switch payload {
        case .meetingOpened(let details): return "opened the meeting \"\(details.title)\""
        case .meetingClosed: return "closed the meeting"
        case .previousMinutesApproved: return "approved the previous minutes"
        case .arrived(let person, let at): return "recorded \(name(person).possessive) arrival" + happened(at)
        case .departed(let person, let at): return "recorded \(name(person).possessive) departure" + happened(at)
        case .apologies(let person, _): return "recorded apologies from \(name(person))"
        case .guestAdded(let person, let role): return "added \(person.displayName) (\(role)) as a guest"
        case .appointed(let a): return "appointed \(a.successor.displayName) \(a.capacity.rawValue) for \(seat(a.seat))"
        case .chairHandedOver(let person): return "handed the chair to \(name(person))"
        case .personNamed(let person, let given):
            return "named \(c.people[person]?.placeholder ?? person.rawValue) \"\(given)\""
        case .agendaItemAdded(let item): return "added agenda item \(item.id) \"\(item.title)\""
        case .agendaItemOpened(let id): return "opened agenda item \(id)"
        case .agendaItemRenamed(let id, let title): return "renamed agenda item \(id) \"\(title)\""
        case .confidentialityMarked(let id, let on): return "marked item \(id) \(on ? "confidential" : "public")"
        case .motionMoved(let draft): return "moved motion \(draft.id) \(quoted(draft.text))"
        case .motionAmended(let id, let text, _): return "amended motion \(id) to \(quoted(text))"
        case .motionWithdrawn(let id): return "withdrew motion \(id)"
        case .motionDeferred(let id): return "deferred motion \(id)"
        case .quorumOverridden(let id, _): return "proceeded without quorum on motion \(id)"
        case .voteOpened(let id): return "opened the vote on motion \(id)"
        case .voteCast(let b): return "recorded \(seat(b.seat)) \(b.choice.word) on motion \(b.motion)"
        case .voteChanged(let b):
            return "changed \(seat(b.seat).possessive) vote to \(b.choice.word) on motion \(b.motion)"
        case .voteClosed(let id, _): return "closed the vote on motion \(id)"
        case .noted(let note): return "minuted a note \(quoted(note.text))"
        case .actionRecorded(let a): return "recorded action \(a.id) \(quoted(a.what))"
        case .actionClosed(let id, _): return "closed action \(id)"
        case .riskRecorded(let r): return "recorded risk \(r.id) \(quoted(r.description))"
        case .riskRerated(let id, let rating, _): return "re-rated risk \(id) \(rating.rawValue)"
        case .riskClosed(let id, _): return "closed risk \(id)"
        case .reportReceived(let r): return "minuted the report \"\(r.title)\" from \(r.from)"
        case .concernRaised(let concern): return "minuted a concern \(quoted(concern.text))"
        case .informationSharingAgreed(let info): return "minuted information to share \(quoted(info.what))"
        case .interestDeclared(let d):
            return "recorded \(name(d.person).possessive) declaration of interest \(quoted(d.interest))"
        case .corrected(let correction):
            let outcome = correction.carried.map { $0 ? " to CARRIED" : " to NOT CARRIED" } ?? ""
            return "corrected event \(correction.target)\(outcome): \(quoted(correction.text))"
        case .undone(let first, let last):
            return first == last ? "undid event \(first)" : "undid events \(first)–\(last)"
        }
    }
}

extension EventPayload {
    public var isCorrection: Bool {
        if case .corrected = self { return true }
        return false
    }
}
