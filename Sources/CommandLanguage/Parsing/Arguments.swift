import Foundation
import MeetingKit

/// The parsed arguments of one command line, resolved against the meeting, for a spec's `build`.
public struct Arguments {
    let spec: CommandSpec
    let context: CommandContext
    var positional: [String: [String]]
    var options: [String: String]
    var flags: Set<String>
    /// Where each argument was typed, so an error about it points there; a missing one points at the end.
    var positions: [String: Int] = [:]
    var lineLength = 0

    private func fail(_ what: String, _ name: String? = nil) -> CommandError {
        CommandError("\(spec.name): \(what)", at: name.flatMap { positions[$0] } ?? lineLength)
    }

    /// An option given with nothing after its `=` counts as not given: a draft's `who=` still to fill in.
    func raw(_ name: String) -> String? { positional[name]?.first ?? options[name].flatMap { $0.isEmpty ? nil : $0 } }

    public func text(_ name: String) throws(CommandError) -> String {
        guard let value = raw(name) else { throw fail("expected \(name)", name) }
        return value
    }

    public func optionalText(_ name: String) -> String? { raw(name) }

    /// The error for a required option left out or empty, pointing at it (or the line's end).
    public func missing(_ name: String, _ message: String) -> CommandError {
        CommandError(message, at: positions[name] ?? lineLength)
    }
    public func flag(_ name: String) -> Bool { flags.contains(name) }

    public func person(_ name: String) throws(CommandError) -> PersonID {
        guard let value = raw(name) else { throw fail("expected \(name): \(ArgumentKind.person.noun)", name) }
        guard let person = context.resolvePerson(value) else {
            throw fail(
                "nobody called '\(value)' is on the roll; try an id such as "
                    + context.state.constitution.people.keys.map(\.rawValue).sorted().prefix(3)
                    .joined(separator: ", ") + ", a name in quotes, or SEAT.rep",
                name)
        }
        return person
    }

    /// `who=` and `owner=`: a person reference (`SEAT.rep`, an id, a name) resolves to that person's name, as
    /// everywhere else in the language; a place still blank is refused, since it names nobody yet (M4). Any
    /// other text (a role, a group: "Consultant Head", "EOG") is kept as typed.
    public func personOrText(_ name: String) throws(CommandError) -> String? {
        guard let value = raw(name) else { return nil }
        guard let id = context.resolvePerson(value), let person = context.state.constitution.people[id] else {
            return value
        }
        guard person.isNamed else {
            throw fail(
                "'\(value)' is the \(person.placeholder), a place not yet named; name it first (name \(id.rawValue) "
                    + "\"…\") or write who in words",
                name)
        }
        return person.name
    }

    public func optionalPerson(_ name: String) throws(CommandError) -> PersonID? {
        raw(name) == nil ? nil : try person(name)
    }

    public func seat(_ name: String) throws(CommandError) -> SeatID {
        let value = try text(name)
        let seats = context.state.constitution.seats
        guard
            let seat = seats.first(where: {
                $0.id.rawValue.lowercased() == value.lowercased() || $0.partner.lowercased() == value.lowercased()
            })
        else {
            throw fail(
                "there is no seat '\(value)'; seats are \(seats.map(\.id.rawValue).joined(separator: ", "))", name)
        }
        return seat.id
    }

    public func choice(_ name: String, _ words: [String]) throws(CommandError) -> String {
        let value = try text(name).lowercased()
        guard words.contains(value) else {
            throw fail("expected \(words.joined(separator: " or ")) for \(name), found '\(value)'", name)
        }
        return value
    }

    public func optionalChoice(_ name: String, _ words: [String]) throws(CommandError) -> String? {
        raw(name) == nil ? nil : try choice(name, words)
    }

    public func integer(_ name: String) throws(CommandError) -> Int? {
        guard let value = raw(name) else { return nil }
        guard let number = Int(value) else { throw fail("expected a whole number for \(name), found '\(value)'", name) }
        return number
    }

    public func day(_ name: String) throws(CommandError) -> CalendarDay? {
        guard let value = raw(name) else { return nil }
        guard let day = CalendarDay(value) else {
            throw fail("expected a date YYYY-MM-DD for \(name), found '\(value)'", name)
        }
        return day
    }

    public func time(_ name: String) throws(CommandError) -> Date? {
        guard let value = raw(name) else { return nil }
        guard let time = context.time(value) else {
            throw fail("expected a time HH:MM for \(name), found '\(value)'", name)
        }
        return time
    }

    public func rule(_ name: String) throws(CommandError) -> DecisionRule? {
        guard let value = raw(name) else { return nil }
        guard let rule = DecisionRule(fileName: value) else {
            throw fail("unknown rule '\(value)'; expected \(ArgumentKind.rule.noun)", name)
        }
        if let problem = rule.problem { throw fail(problem, name) }
        return rule
    }

    public func rating(_ name: String) throws(CommandError) -> RiskRating {
        let value = try text(name)
        guard let rating = RiskRating(rawValue: value.lowercased()) else {
            throw fail("expected \(ArgumentKind.rating.noun) for \(name), found '\(value)'", name)
        }
        return rating
    }

    public func list(_ name: String) -> [String] { positional[name] ?? [] }

    /// The id given with `id=`, else the next free one with `prefix`: "M4" for a meeting's own motions,
    /// "A3.2" (meeting 3) for actions and risks, which live across the series.
    public func newID(
        _ prefix: String, existing: some Collection<String>, seriesWide: Bool = false
    ) throws(CommandError) -> String {
        if let given = options["id"] {
            if let problem = GivenID.problem(given) { throw fail(problem, "id") }
            return given
        }
        return context.nextID(prefix: prefix, existing: existing, seriesWide: seriesWide)
    }
}
