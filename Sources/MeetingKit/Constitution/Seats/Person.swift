/// A person known to the meeting. A blank name is a placeholder the clerk fills in; until then the
/// person is shown by the slot they fill ("Special Schools representative").
public struct Person: Hashable, Codable, Sendable {
    public var id: PersonID
    public var name: String
    public var placeholder: String

    public init(id: PersonID, name: String, placeholder: String) {
        self.id = id
        self.name = name
        self.placeholder = placeholder
    }

    public var isNamed: Bool { name.contains { !$0.isWhitespace } }
    public var displayName: String { isNamed ? name : "(\(placeholder))" }
}
