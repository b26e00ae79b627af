import Foundation

/// What a chair or clerk asks for. `MeetingState.decide` validates a command against the state and either
/// returns the events it produces or refuses it with a reason a person can read.
public enum Command: Hashable, Sendable {
    case openMeeting(MeetingDetails)
    case closeMeeting
    case approvePreviousMinutes(note: String)

    case arrive(PersonID, at: Date? = nil)
    case depart(PersonID, at: Date? = nil)
    case giveApologies(PersonID, note: String)
    case addGuest(name: String, role: String)
    case appoint(seat: SeatID, capacity: Capacity, name: String, partnersAdvised: Bool)
    case handOverChair(to: PersonID)
    case namePerson(PersonID, name: String)

    case addAgendaItem(AgendaItem)
    case openAgendaItem(AgendaItemID)
    case renameAgendaItem(AgendaItemID, title: String)
    case markConfidential(AgendaItemID, Bool)

    case moveMotion(MotionDraft)
    case amendMotion(MotionID, text: String, note: String)
    /// V5: `reason`, when given, is minuted as a note under the motion's item, beside the withdrawal.
    case withdrawMotion(MotionID, reason: String = "")
    case deferMotion(MotionID, reason: String = "")
    /// Q4: `overrideInquorate` is the chair's minuted reason for proceeding without quorum.
    case openVote(MotionID, overrideInquorate: String? = nil)
    /// Records a seat's vote for whoever holds it; with `by`, checks that this person holds it (A2, A3, M1).
    case castVote(MotionID, seat: SeatID, choice: VoteChoice, by: PersonID? = nil)
    case closeVote(MotionID, castingVote: VoteChoice? = nil)

    case note(MinuteText)
    case raiseConcern(MinuteText)
    case recordAction(ActionItem)
    case closeAction(ActionID, note: String)
    case recordRisk(Risk)
    case rerateRisk(RiskID, rating: RiskRating, note: String)
    case closeRisk(RiskID, note: String)
    case receiveReport(HighlightReport)
    case agreeInformationSharing(InformationSharing)
    case declareInterest(Declaration)
    case correct(Correction)
    /// Takes back its author's newest action, which began at event `first`, while nothing has been recorded
    /// after it; afterwards only a correction will do (V5).
    case undoLastAction(first: Int)

    /// Whose action this is: the chair runs the agenda, motions and votes; the clerk records attendance and
    /// minutes. Nil: either may.
    public var owner: Role? {
        switch self {
        case .openMeeting, .closeMeeting, .approvePreviousMinutes, .handOverChair, .addAgendaItem, .renameAgendaItem,
            .openAgendaItem,
            .moveMotion, .amendMotion, .withdrawMotion, .deferMotion, .openVote, .castVote, .closeVote:
            .chair
        case .arrive, .depart, .giveApologies, .addGuest, .appoint, .namePerson, .note, .raiseConcern,
            .recordAction, .closeAction, .recordRisk, .rerateRisk, .closeRisk, .receiveReport, .agreeInformationSharing,
            .declareInterest:
            .clerk
        // N4: whoever sees it first keeps a confidential item off the projector.
        case .correct, .undoLastAction, .markConfidential:
            nil
        }
    }

    /// Whether `role` may give this command: its owner, either role where it has none, and the clerk also
    /// keys a member's vote for one without a terminal of their own. A member gives only their own ballot
    /// (`decide` checks whose).
    public func permits(_ role: Role) -> Bool {
        if role == .member { return false }
        guard let owner else { return true }
        if case .castVote = self, role == .clerk { return true }
        return owner == role
    }

    public var isCorrection: Bool {
        if case .correct = self { return true }
        return false
    }

    /// A short name for the command, used in refusals ("opening a vote is the chair's action").
    public var actionName: String {
        switch self {
        case .openMeeting: "opening the meeting"
        case .closeMeeting: "closing the meeting"
        case .approvePreviousMinutes: "approving the previous minutes"
        case .arrive: "recording an arrival"
        case .depart: "recording a departure"
        case .giveApologies: "recording apologies"
        case .addGuest: "adding a guest"
        case .appoint: "recording an appointment"
        case .handOverChair: "handing over the chair"
        case .namePerson: "naming a person"
        case .addAgendaItem: "adding an agenda item"
        case .renameAgendaItem: "renaming an agenda item"
        case .openAgendaItem: "opening an agenda item"
        case .markConfidential: "marking an item confidential"
        case .moveMotion: "moving a motion"
        case .amendMotion: "amending a motion"
        case .withdrawMotion: "withdrawing a motion"
        case .deferMotion: "deferring a motion"
        case .openVote: "opening a vote"
        case .castVote: "recording a vote"
        case .closeVote: "closing a vote"
        case .note: "minuting a note"
        case .raiseConcern: "minuting a concern"
        case .recordAction: "recording an action"
        case .closeAction: "closing an action"
        case .recordRisk: "recording a risk"
        case .rerateRisk: "re-rating a risk"
        case .closeRisk: "closing a risk"
        case .receiveReport: "minuting a report received"
        case .agreeInformationSharing: "minuting information sharing"
        case .declareInterest: "recording a declaration of interest"
        case .correct: "recording a correction"
        case .undoLastAction: "undoing the last action"
        }
    }
}
