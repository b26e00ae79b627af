/// The two bodies of the partnership (B1). A meeting is a meeting of one body.
public enum Body: String, Codable, Sendable, CaseIterable {
    case elg = "ELG"
    case eog = "EOG"

    public var fullName: String {
        switch self {
        case .elg: "Education Leadership Group"
        case .eog: "Education Operational Group"
        }
    }
}
