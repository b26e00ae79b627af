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
