/// A constitution file that cannot be used, with every problem found, each at its file, line and field.
public struct ConstitutionFileError: Error, Sendable, CustomStringConvertible {
    public struct Problem: Hashable, Sendable, CustomStringConvertible {
        public var file: String
        public var line: Int?
        public var field: String?
        public var message: String

        /// `hnb.toml:14: people.special-schools.proxy: …`, the shape compilers use so editors can jump to it.
        public var description: String {
            var text = file
            if let line { text += ":\(line)" }
            text += ": "
            if let field { text += "\(field): " }
            return text + message
        }
    }

    public var problems: [Problem]

    init(problems: [Problem]) {
        // In file order, so a clerk can fix them top to bottom.
        self.problems = problems.enumerated().sorted {
            ($0.element.line ?? 0, $0.offset) < ($1.element.line ?? 0, $1.offset)
        }.map(\.element)
    }

    public var description: String { problems.map(\.description).joined(separator: "\n") }
}
