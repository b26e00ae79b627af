import MeetingKit

/// In what capacity someone is on the roll: a seat's representative or proxy (`Capacity`, A2), the chair, a
/// non-voting member or a guest.
public enum RollCapacity: Hashable, Sendable {
    case seat(Capacity), chair, nonVoting, guest

    /// The roll's word for it.
    public var word: String {
        switch self {
        case .seat(let capacity): capacity.rawValue
        case .chair: "chair"
        case .nonVoting: "non-voting"
        case .guest: "guest"
        }
    }

    var isProxy: Bool { self == .seat(.proxy) }
}
