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
