/// A command line drafted from the language's own catalog, for the console to leave open on its command
/// line: the command's words, then each field the draft shows, written as the parser reads it (free text in
/// quotes, options as `key=`). The words, field names and kinds are the catalog's, so a draft cannot drift
/// from the language it is parsed by.
public struct CommandTemplate: Equatable, Sendable {
    /// What the console puts in a field.
    public enum Field: Equatable, Sendable {
        /// Filled in from the screen (the selected person, the motion shown); the user moves past it.
        case given(String)
        /// Left empty for the user; the cursor goes to the first such field.
        case blank
        /// Begun from the record (an item's title, a note's text), for the user to finish or change: the
        /// cursor goes to its end.
        case begun(String)
    }

    public private(set) var text: String
    /// Where the cursor starts, in characters.
    public private(set) var cursor: Int

    /// Nil when the catalog has no command `name` or it takes no field of that name: a test holds every
    /// console draft to the catalog.
    public init?(_ name: String, _ fields: [(name: String, value: Field)] = []) {
        guard let spec = CommandCatalog.all.first(where: { $0.name == name }) else { return nil }
        var text = spec.name
        var cursor: Int?
        for (fieldName, value) in fields {
            let option = spec.options.first { $0.name == fieldName }
            guard let parameter = option ?? spec.parameters.first(where: { $0.name == fieldName }) else { return nil }
            text += " " + (option == nil ? "" : fieldName + "=")
            // Free text is quoted (#24), so words with spaces are one value; so is a person the user types,
            // who is a name, where one given from the roll is its id.
            let given = if case .given = value { true } else { false }
            let quoted = parameter.kind == .text || parameter.kind == .name || (parameter.kind == .person && !given)
            if quoted { text += "\"" }
            switch value {
            case .given(let given): text += quoted ? Self.escaped(given) : given
            case .blank: cursor = cursor ?? text.count
            case .begun(let begun):
                text += quoted ? Self.escaped(begun) : begun
                cursor = cursor ?? text.count
            }
            if quoted { text += "\"" }
        }
        self.text = text
        self.cursor = cursor ?? text.count
    }

    /// `text` as it goes inside double quotes, so the tokenizer reads it back as it is: only `\` and `"`
    /// are escaped there.
    public static func escaped(_ text: String) -> String {
        text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
    }
}
