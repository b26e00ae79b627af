/// Someone who attends without a seat: an officer, the consultant head, a project manager (M1, M2, E1).
public struct Member: Hashable, Codable, Sendable {
    public var person: PersonID
    public var role: String
    public var core: Bool

    public init(person: PersonID, role: String, core: Bool = false) {
        self.person = person
        self.role = role
        self.core = core
    }
}
