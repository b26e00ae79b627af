/// How a body decides whether it is quorate (Q1, Q2). The constitution states it; the console shows it.
public enum QuorumRule: Hashable, Codable, Sendable {
    /// Q2 default for the ELG: more than half of the voting seats represented, by representative or proxy.
    case majorityOfSeats
    /// Q1: every core member present in person.
    case allCoreMembers
    /// A fixed minimum number of seats represented, for a constitution that sets one.
    case minimumSeats(Int)

    /// The rule as the quorum light and the minutes state it.
    public func describe(votingSeats: Int) -> String {
        switch self {
        case .majorityOfSeats:
            "more than half of \(votingSeats) voting seats represented (\(votingSeats / 2 + 1) needed)"
        case .allCoreMembers: "all core members present"
        case .minimumSeats(let n): "at least \(n) of \(votingSeats) voting seats represented"
        }
    }
}

extension QuorumRule {
    /// Judges quorum from who holds each seat and who is present (Q1–Q3).
    public func evaluate(
        seatsRepresented: Int, votingSeats: Int, corePeople: [PersonID], present: Set<PersonID>
    ) -> QuorumStatus {
        let missing = corePeople.filter { !present.contains($0) }
        let description = describe(votingSeats: votingSeats)
        switch self {
        case .majorityOfSeats:
            let needed = votingSeats / 2 + 1
            return QuorumStatus(
                isQuorate: seatsRepresented >= needed, rule: self, ruleText: description,
                seatsRepresented: seatsRepresented,
                votingSeats: votingSeats, seatsNeeded: needed, missingCore: missing)
        case .minimumSeats(let needed):
            return QuorumStatus(
                isQuorate: seatsRepresented >= needed, rule: self, ruleText: description,
                seatsRepresented: seatsRepresented,
                votingSeats: votingSeats, seatsNeeded: needed, missingCore: missing)
        case .allCoreMembers:
            return QuorumStatus(
                isQuorate: !corePeople.isEmpty && missing.isEmpty, rule: self, ruleText: description,
                seatsRepresented: seatsRepresented, votingSeats: votingSeats, seatsNeeded: 0, missingCore: missing)
        }
    }
}
