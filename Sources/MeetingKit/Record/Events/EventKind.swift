extension EventPayload {
    /// The event's kind as the journal stores it: the one key of its `payload` object. These names are the
    /// record's format (docs/journal-format.md), not just Swift's: a test checks that each payload encodes
    /// under its kind, so renaming a case breaks a test before it breaks an archive.
    public var kind: String {
        switch self {
        case .meetingOpened: "meetingOpened"
        case .meetingClosed: "meetingClosed"
        case .previousMinutesApproved: "previousMinutesApproved"
        case .arrived: "arrived"
        case .departed: "departed"
        case .apologies: "apologies"
        case .guestAdded: "guestAdded"
        case .appointed: "appointed"
        case .chairHandedOver: "chairHandedOver"
        case .personNamed: "personNamed"
        case .agendaItemAdded: "agendaItemAdded"
        case .agendaItemOpened: "agendaItemOpened"
        case .agendaItemRenamed: "agendaItemRenamed"
        case .confidentialityMarked: "confidentialityMarked"
        case .motionMoved: "motionMoved"
        case .motionAmended: "motionAmended"
        case .motionWithdrawn: "motionWithdrawn"
        case .motionDeferred: "motionDeferred"
        case .quorumOverridden: "quorumOverridden"
        case .voteOpened: "voteOpened"
        case .voteCast: "voteCast"
        case .voteChanged: "voteChanged"
        case .voteClosed: "voteClosed"
        case .noted: "noted"
        case .actionRecorded: "actionRecorded"
        case .actionClosed: "actionClosed"
        case .riskRecorded: "riskRecorded"
        case .riskRerated: "riskRerated"
        case .riskClosed: "riskClosed"
        case .reportReceived: "reportReceived"
        case .concernRaised: "concernRaised"
        case .informationSharingAgreed: "informationSharingAgreed"
        case .interestDeclared: "interestDeclared"
        case .corrected: "corrected"
        case .undone: "undone"
        }
    }
}
