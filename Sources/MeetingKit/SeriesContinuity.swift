import Foundation

/// Invariant I7: a series is continuous. The next meeting starts only from a closed one, from its
/// constitution (names given, appointments made, the chair who took over), and carries its open matters.
public enum SeriesContinuity {
    /// The constitution the meeting after `previous` runs under: `given`, when the clerk gives one, with the
    /// names the series has given carried into it, else the previous meeting's. Refuses while `previous` is
    /// still going, and a `given` constitution that would drop a named person or the chair, naming them.
    public static func constitutionForNext(after previous: MeetingState?, number: Int, given: Constitution?, series: Constitution) throws(Refusal) -> Constitution {
        guard let previous else { return given ?? series }
        let invariant = RecordInvariant.seriesIsContinuous
        if invariant.isChecked, previous.lastSequence > 0, previous.closedAt == nil {
            throw invariant.refusal(
                "meeting \(number) is still going (it has not been closed)",
                instead: "Close it first (the chair's X, or gavel do --as chair close), then start the next.")
        }
        let carried = previous.constitutionForNext
        guard var next = given else { return carried }
        let named = carried.people.values.filter(\.isNamed).sorted { $0.id < $1.id }
        let dropped = named.filter { next.people[$0.id] == nil }
        if invariant.isChecked, !dropped.isEmpty {
            throw invariant.refusal(
                "the constitution given leaves out \(dropped.map(\.name).joined(separator: ", ")), named in this series",
                instead: "Add them to the file (with the ids they have in the record), or start the meeting from the series' own constitution.")
        }
        for person in named where !(next.people[person.id]?.isNamed ?? true) { next.people[person.id]?.name = person.name }
        if let chair = carried.chair, carried.chairSeat == nil, previous.chairHandovers.last?.person == chair {
            guard next.people[chair] != nil else {
                throw invariant.refusal(
                    "the constitution given leaves out the chair, \(carried.displayName(chair))",
                    instead: "Add them to the file, or hand the chair over at the next meeting.")
            }
            next.chair = chair
            next.chairSeat = nil
        }
        return next
    }
}
