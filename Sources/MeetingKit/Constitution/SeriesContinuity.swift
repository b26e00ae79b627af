import Foundation

/// Invariant I7: a series is continuous. The next meeting starts only from a closed one, from its
/// constitution (names given, appointments made, the chair who took over), and carries its open matters.
public enum SeriesContinuity {
    /// The constitution the meeting after `previous` runs under: `given`, when the clerk gives one, with the
    /// names the series has given carried into it, else the previous meeting's. Refuses while `previous` is
    /// still going, and a `given` constitution that would drop a named person or the chair, naming them.
    public static func constitutionForNext(
        after previous: MeetingState?, number: Int, given: Constitution?, series: Constitution
    ) throws(Refusal) -> Constitution {
        guard let previous else { return given ?? series }
        let invariant = RecordInvariant.seriesIsContinuous
        if invariant.isChecked, previous.closedAt == nil {
            throw invariant.refusal(
                "meeting \(number) is still going (it has not been closed)",
                instead: "Close it first (the chair's X, or gavel do --as chair close), then start the next.")
        }
        let carried = previous.constitutionForNext
        guard var next = given else { return carried }
        let named = carried.people.values.filter(\.isNamed).sorted { $0.id < $1.id }
        // A person the file names the same way, under another id (a chair written by name), is kept.
        let namesInFile = Set(next.people.values.filter(\.isNamed).map(\.name))
        let dropped = named.filter { next.people[$0.id] == nil && !namesInFile.contains($0.name) }
        if invariant.isChecked, !dropped.isEmpty {
            throw invariant.refusal(
                "the constitution given leaves out \(dropped.map(\.name).joined(separator: ", ")), named in this "
                    + "series",
                instead: "Add them to the file by name, or start the meeting from the series' own constitution.")
        }
        for person in named where !(next.people[person.id]?.isNamed ?? true) {
            next.people[person.id]?.name = person.name
        }
        if let chair = carried.chair, carried.chairSeat == nil, previous.chairHandovers.last?.person == chair {
            let kept =
                next.people[chair] != nil
                ? chair : next.people.values.first { $0.isNamed && $0.name == carried.people[chair]?.name }?.id
            guard let kept else {
                throw invariant.refusal(
                    "the constitution given leaves out the chair, \(carried.displayName(chair))",
                    instead: "Add them to the file, or hand the chair over at the next meeting.")
            }
            next.chair = kept
            next.chairSeat = nil
        }
        return next
    }
}
