/// Whom a key lets in. A person of the constitution gets the view their place in the meeting gives them
/// (chair, representative, proxy, non-voting member); the clerk and the projector are not people of the
/// constitution (the clerk is named in the meeting's details), so they are holders of their own.
public enum KeyHolder: Hashable, Codable, Sendable {
    case person(PersonID)
    case clerk(name: String)
    case projector

    public func describe(in constitution: Constitution) -> String {
        switch self {
        case .person(let id): constitution.displayName(id)
        case .clerk(let name): name.isEmpty ? "the clerk" : "\(name) (clerk)"
        case .projector: "the projector"
        }
    }
}
