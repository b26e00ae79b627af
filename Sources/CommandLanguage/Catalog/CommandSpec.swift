import Foundation
import MeetingKit

/// One command of the language: its words, what it takes, its help, and how it becomes a domain command.
public struct CommandSpec: Sendable {
    public var words: [String]
    public var parameters: [ParameterSpec]
    public var options: [ParameterSpec]
    public var flags: [String]
    public var summary: String
    let build: @Sendable (Arguments) throws(CommandError) -> Command
    /// Whether the command exists for a meeting in this state at all: completion offers it only then.
    public var isAvailable: @Sendable (MeetingState) -> Bool = { _ in true }

    public var name: String { words.joined(separator: " ") }

    /// This command, offered only where `condition` holds.
    func available(when condition: @escaping @Sendable (MeetingState) -> Bool) -> CommandSpec {
        var spec = self
        spec.isAvailable = condition
        return spec
    }

    /// `vote CAST <motion> <seat> <for|against|abstain> [by=<person>]`, for help and errors.
    public var usage: String {
        var parts = words
        for parameter in parameters {
            let name = parameter.variadic ? "<\(parameter.name)>…" : "<\(parameter.name)>"
            parts.append(parameter.optional ? "[\(name)]" : name)
        }
        parts += options.map { "[\($0.name)=…]" }
        parts += flags.map { "[\($0)]" }
        return parts.joined(separator: " ")
    }
}
