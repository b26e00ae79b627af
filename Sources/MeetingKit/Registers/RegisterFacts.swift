import Foundation

/// What the series' registers need from one meeting, drawn from its state by the same rules as its minutes.
/// A closed meeting's facts are kept with it in the record, so a register across ten years reads one small
/// summary per meeting instead of folding every event again; they are derived, and always recomputable
/// from the meeting's events (`gavel verify` does, and compares).
public struct MeetingRegisterFacts: Codable, Hashable, Sendable {
    /// A1–A3: how one person expected at the meeting was there.
    public struct Presence: Codable, Hashable, Sendable {
        public enum Outcome: String, Codable, Sendable { case attended, apologies, absent }
        public var person: PersonID
        public var role: String
        public var outcome: Outcome
        /// Arrived after the roll call at the opening ended.
        public var late: Bool
        /// Departed before the meeting closed, and did not come back.
        public var leftEarly: Bool
    }

    /// A register's rows as one view of the meeting shows them: the public view, or the whole record.
    public struct View: Codable, Hashable, Sendable {
        /// V6: one row per declaration of interest.
        public var interests: [[String]]
        /// V1–V5: one row per motion, with whether it was carried (nil: never decided), for `--outcome`.
        public var decisions: [DecisionRow]
    }

    public struct DecisionRow: Codable, Hashable, Sendable {
        public var carried: Bool?
        public var row: [String]
    }

    public struct Seat: Codable, Hashable, Sendable {
        public var id: SeatID
        public var partner: String
    }

    public struct Name: Codable, Hashable, Sendable {
        public var person: PersonID
        public var name: String
    }

    public var number: Int
    public var date: CalendarDay?
    /// Everyone expected, in the order the register first lists them.
    public var presence: [Presence]
    /// Seats whose proxy held their vote at this meeting (A2).
    public var proxiesActing: [SeatID]
    /// Q3: quorate from its opening to its close; nil when it never opened.
    public var quorateThroughout: Bool?
    /// The seats and people as the meeting's constitution stood at its end: a register names people and
    /// seats as its latest meeting knows them.
    public var seats: [Seat]
    public var names: [Name]
    /// N4: what the public registers show, and what `--include-confidential` shows.
    public var publicView: View
    public var fullView: View

    public init(number: Int, state: MeetingState) {
        self.number = number
        date = state.details?.date
        presence = Self.presence(in: state)
        let acting = Set(MinutesDocument.attendance(of: state).proxiesActing.map(\.seat))
        let constitution = state.constitution
        proxiesActing = constitution.seats.filter { acting.contains($0.partner) }.map(\.id)
        let changes = MinutesDocument.quorum(of: state).changes
        quorateThroughout = changes.isEmpty ? nil : changes.allSatisfy(\.quorate)
        seats = constitution.seats.map { Seat(id: $0.id, partner: $0.partner) }
        names = constitution.people.keys.sorted().map { Name(person: $0, name: constitution.displayName($0)) }
        publicView = Self.view(number: number, state.publicView.state)
        fullView = Self.view(number: number, state)
    }

    /// A person of this meeting's constitution by name; an id it does not know stands as itself.
    public func displayName(_ person: PersonID) -> String {
        names.first { $0.person == person }?.name ?? person.rawValue
    }

    private static func presence(in state: MeetingState) -> [Presence] {
        let c = state.constitution
        // Every representative the meeting had, under each constitution in force during it: one replaced
        // part-way was expected until then (P2), not only whoever holds the seat at the close. A blank
        // place filled by an appointment was nobody, and is not expected.
        let earlier = ([state.openingConstitution] + state.constitutionEpochs.map(\.constitution)).dropLast()
        var expected: [(PersonID, String)] = earlier.flatMap { k in
            k.seats.compactMap { seat in
                k.holders[seat.id].flatMap {
                    k.people[$0.representative]?.isNamed == true ? ($0.representative, seat.partner) : nil
                }
            }
        }
        expected += c.seats.compactMap { seat in c.holders[seat.id].map { ($0.representative, seat.partner) } }
        expected += c.members.map { ($0.person, $0.role) }
        expected += state.chairHistory.map { ($0.person, "Chair") }
        let movements = Dictionary(grouping: state.movements, by: \.person)
        var seen: Set<PersonID> = []
        // Someone in two places (a representative in the chair) counts once a meeting.
        return expected.filter { seen.insert($0.0).inserted }.map { person, role in
            let own = (movements[person] ?? []).sorted()
            guard let first = own.first(where: { $0.kind == .arrived }) else {
                return Presence(
                    person: person, role: role, outcome: state.apologies[person] != nil ? .apologies : .absent,
                    late: false, leftEarly: false)
            }
            let leftEarly =
                own.last?.kind == .departed && own.last.map { $0.at < (state.closedAt ?? .distantFuture) } == true
            return Presence(
                person: person, role: role, outcome: .attended, late: state.arrivesLate(first), leftEarly: leftEarly)
        }
    }

    private static func view(number: Int, _ state: MeetingState) -> View {
        let date = SeriesRegisters.date(state)
        var interests: [[String]] = []
        for entry in state.entries {
            guard case .declaration(let declaration) = entry.kind else { continue }
            interests.append([
                "\(number)", date, state.constitution.displayName(declaration.person),
                SeriesRegisters.itemName(declaration.item, in: state),
                declaration.interest + state.correctionMark(entry.sequence),
            ])
        }
        let decisions = state.orderedMotions.map { motion in
            let tally =
                state.tally(of: motion.id).map {
                    "\($0.inFavour) for, \($0.against) against, \($0.abstentions) abstained"
                } ?? ""
            let outcome =
                motion.result.map { "\($0.outcome.word): \($0.outcome.reason)\(state.correctionMark($0.sequence))" }
                ?? motion.stage.word
            return DecisionRow(
                carried: motion.result?.outcome.carried,
                row: [
                    "\(number)", date, SeriesRegisters.itemName(motion.draft.item, in: state), motion.id.rawValue,
                    motion.draft.text + (motion.amendments.isEmpty ? state.correctionMark(motion.sequence) : ""),
                    motion.draft.mover, motion.rule.fileName, motion.result == nil ? "" : tally, outcome,
                    state.constitution.votesAreIndicative ? "yes" : "no",
                ])
        }
        return View(interests: interests, decisions: decisions)
    }
}
