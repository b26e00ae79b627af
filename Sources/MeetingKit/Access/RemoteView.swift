/// What a connection's key opens, decided from the record at the moment it connects.
public enum RemoteView: Hashable, Sendable {
    case console(Role)
    case projector
    /// A member's own vote, and nothing else.
    case ballot(PersonID)

    /// The role its events are recorded under; nil for the projector, which records nothing.
    public var role: Role? {
        switch self {
        case .console(let role): role
        case .ballot: .member
        case .projector: nil
        }
    }
}
