import Foundation
import MeetingKit

/// What a command's argument is, which drives both parsing and completion.
public enum ArgumentKind: Hashable, Sendable {
    case person, seat, motion, item, action, risk
    case text
    /// Free text that usually names someone (an action's owner, a mover): completes to names on the roll.
    case name
    case choice([String])
    case integer
    case day
    case time
    case rule
    case rating

    /// Words that may be completed for this kind.
    func candidates(in state: MeetingState) -> [String] {
        switch self {
        case .person: people(state) + seatShorthands(state)
        case .name: people(state).filter { $0.hasPrefix("\"") }
        case .seat: state.constitution.seats.map(\.id.rawValue)
        // Only motions something can still be done to: closed and withdrawn ones are history.
        case .motion:
            state.orderedMotions.filter { if case .withdrawn = $0.stage { false } else { $0.result == nil } }.map(
                \.id.rawValue)
        case .item: state.agenda.map(\.id.rawValue)
        case .action: state.actions.keys.map(\.rawValue).sorted()
        case .risk: state.risks.keys.map(\.rawValue).sorted()
        case .choice(let words): words
        case .rule: ["simple-majority", "two-thirds", "three-quarters", "unanimous"]
        case .rating: RiskRating.allCases.map(\.rawValue)
        case .text, .integer, .day, .time: []
        }
    }

    /// People as the room knows them: a name in quotes, or the id of a place still to be named.
    private func people(_ state: MeetingState) -> [String] {
        state.constitution.people.values
            .map { $0.isNamed ? "\"\($0.displayName)\"" : $0.id.rawValue }
            .sorted()
    }

    private func seatShorthands(_ state: MeetingState) -> [String] {
        state.constitution.seats.flatMap { ["\($0.id).rep", "\($0.id).proxy"] }
    }

    /// How the kind is named in an error: "expected the seat (one of …)".
    var noun: String {
        switch self {
        case .person: "a person (an id, a name in quotes, or SEAT.rep / SEAT.proxy)"
        case .seat: "a seat id"
        case .motion: "a motion id"
        case .item: "an agenda item id"
        case .action: "an action id"
        case .risk: "a risk id"
        case .text: "text (in quotes if it has spaces)"
        case .name: "a name (in quotes if it has spaces)"
        case .choice(let words): words.joined(separator: " or ")
        case .integer: "a whole number"
        case .day: "a date YYYY-MM-DD"
        case .time: "a time HH:MM"
        case .rule: "a rule (simple-majority, two-thirds, three-quarters, unanimous, N/D)"
        case .rating: "a rating (low, medium, high, critical)"
        }
    }
}

/// A positional parameter or a `key=value` option of a command.
public struct ParameterSpec: Hashable, Sendable {
    public var name: String
    public var kind: ArgumentKind
    public var optional: Bool
    /// Takes every remaining positional word (a list of motions, say).
    public var variadic: Bool

    public init(_ name: String, _ kind: ArgumentKind, optional: Bool = false, variadic: Bool = false) {
        self.name = name
        self.kind = kind
        self.optional = optional
        self.variadic = variadic
    }
}

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

/// Why a command line could not become a command: it names the command and what was expected.
public struct CommandError: Error, Hashable, Sendable, CustomStringConvertible {
    public var message: String
    /// Where in the line the fault is (a character offset), when it is one place: the console puts the
    /// cursor there.
    public var position: Int?
    public init(_ message: String, at position: Int? = nil) {
        self.message = message
        self.position = position
    }
    public var description: String { message }
}
