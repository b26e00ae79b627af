import Foundation

/// Everything that can happen in a meeting. Cases carry only facts; the fold derives the rest.
public indirect enum EventPayload: Hashable, Codable, Sendable {
    case meetingOpened(MeetingDetails)
    case meetingClosed
    case previousMinutesApproved(note: String)

    // Attendance (A1). `at` is when it happened, which the clerk may set earlier than the recording time.
    case arrived(person: PersonID, at: Date)
    case departed(person: PersonID, at: Date)
    case apologies(person: PersonID, note: String)
    case guestAdded(Person, role: String)

    // Appointments (P2–P4) and the chair (M4, E2).
    case appointed(Appointment)
    case chairHandedOver(to: PersonID)
    /// M4, P1: a place the constitution left blank (the chair, a non-voting member) given its person's name.
    case personNamed(PersonID, name: String)

    // Agenda.
    case agendaItemAdded(AgendaItem)
    case agendaItemOpened(AgendaItemID)
    /// A title put right before the meeting closes; afterwards only a correction would do.
    case agendaItemRenamed(AgendaItemID, title: String)
    case confidentialityMarked(item: AgendaItemID, confidential: Bool)

    // Motions and votes (V1–V5, Q4).
    case motionMoved(MotionDraft)
    case motionAmended(MotionID, text: String, note: String)
    case motionWithdrawn(MotionID)
    case motionDeferred(MotionID)
    case quorumOverridden(MotionID, reason: String)
    case voteOpened(MotionID)
    case voteCast(Ballot)
    case voteChanged(Ballot)
    case voteClosed(MotionID, castingVote: VoteChoice?)

    // Minutes (N1–N5, V6).
    case noted(MinuteText)
    case actionRecorded(ActionItem)
    case actionClosed(ActionID, note: String)
    case riskRecorded(Risk)
    case riskRerated(RiskID, rating: RiskRating, note: String)
    /// N3: a risk leaves the register with a note saying why; it is no longer carried forward.
    case riskClosed(RiskID, note: String)
    /// N3: a highlight report or the risk register received from the EOG, with the challenge given.
    case reportReceived(HighlightReport)
    case concernRaised(MinuteText)
    case informationSharingAgreed(InformationSharing)
    case interestDeclared(Declaration)

    /// V5: a closed vote or a minuted entry is never rewritten; a later event says what was wrong.
    case corrected(Correction)

    /// Its author's newest action, events `first...last`, taken back before anything came after it. The
    /// events stay in the journal; the fold skips them (see `MeetingState.fold`).
    case undone(first: Int, last: Int)
}
