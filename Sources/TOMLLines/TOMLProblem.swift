/// What is wrong with a TOML file Gavel reads, and where: the file, the line where it is known, the key.
public struct TOMLProblem: Error, Hashable, Sendable, CustomStringConvertible {
    public var file: String
    public var line: Int?
    public var key: String?
    public var message: String

    public init(file: String, line: Int?, key: String?, message: String) {
        (self.file, self.line, self.key, self.message) = (file, line, key, message)
    }

    /// `file:line: key: message`, each part only when known.
    public var description: String {
        "\(file)\(line.map { ":\($0)" } ?? ""): \(key.map { "\($0): " } ?? "")\(message)"
    }
}
