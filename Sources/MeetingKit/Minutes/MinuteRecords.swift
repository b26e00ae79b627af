import Foundation

/// A minuted entry in journal order (N1): notes, concerns, information sharing and declarations.
public struct MinuteEntry: Hashable, Sendable {
    public enum Kind: Hashable, Sendable {
        case note(MinuteText)
        case concern(MinuteText)
        case informationSharing(InformationSharing)
        case declaration(Declaration)
        case report(HighlightReport)
    }
    public var kind: Kind
    public var at: Date
    public var sequence: Int
    public var author: Role

    public var item: AgendaItemID? {
        switch kind {
        case .note(let t), .concern(let t): t.item
        case .informationSharing(let i): i.item
        case .declaration(let d): d.item
        case .report(let r): r.item
        }
    }

    /// The entry's own confidential flag, as recorded; see `MeetingState.isConfidential` for the answer
    /// that counts (N4).
    public var flaggedConfidential: Bool {
        switch kind {
        case .note(let t), .concern(let t): t.confidential
        case .report(let r): r.confidential
        case .informationSharing, .declaration: false
        }
    }
}

public struct ActionRecord: Hashable, Sendable {
    public var action: ActionItem
    /// When it was recorded; for an action carried from an earlier meeting, nil.
    public var recordedAt: Date?
    /// Journal position in this meeting; carried actions sort before anything recorded here.
    public var sequence: Int
    /// The earlier meeting it was carried from (N2), or nil when raised in this meeting.
    public var carriedFrom: Int?
    public var closedNote: String?
    public var closedAt: Date?

    public var isOpen: Bool { closedAt == nil }
}

public struct RiskRecord: Hashable, Sendable {
    public var risk: Risk
    public var recordedAt: Date?
    public var sequence: Int
    /// The earlier meeting it was carried from (N3), or nil when raised in this meeting.
    public var carriedFrom: Int?
    public var rerates: [RiskRerate] = []
    public var closedNote: String?
    public var closedAt: Date?

    public var currentRating: RiskRating { rerates.last?.rating ?? risk.rating }
    public var isOpen: Bool { closedAt == nil }
}

public struct RiskRerate: Hashable, Sendable {
    public var rating: RiskRating
    public var note: String
    public var at: Date
}
