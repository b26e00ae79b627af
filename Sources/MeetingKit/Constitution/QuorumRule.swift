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

/// Whether a meeting is quorate at an instant, with what it was judged on.
public struct QuorumStatus: Hashable, Sendable {
    public var isQuorate: Bool
    public var rule: QuorumRule
    /// The rule in words, shown beside the quorum light (Q2).
    public var ruleText: String
    public var seatsRepresented: Int
    public var votingSeats: Int
    public var seatsNeeded: Int
    /// Core members (Q1) not present, in constitution order.
    public var missingCore: [PersonID]

    /// Q2: every way Gavel words the quorum, here and nowhere else. The light's word, in capitals as a
    /// warning light is: "QUORATE", "NOT QUORATE" (console, ballot, projector).
    public var light: String { isQuorate ? "QUORATE" : "NOT QUORATE" }

    /// The light with the count, for a status bar: "QUORATE 5/9, 5 needed", "NOT QUORATE 2 core absent".
    public var lightWithCount: String {
        switch rule {
        case .allCoreMembers: light + (missingCore.isEmpty ? " all core present" : " \(missingCore.count) core absent")
        case .majorityOfSeats, .minimumSeats: light + " \(seatsRepresented)/\(votingSeats), \(seatsNeeded) needed"
        }
    }

    /// "Quorate: 6 of 9 seats represented" — a short line for a message or a question.
    public var summary: String { "\(isQuorate ? "Quorate" : "NOT QUORATE"): \(detail)" }

    /// Q3: the minutes' line, in the same case whether quorate or not ("Quorate: 5 of 9…", "Not quorate: 3 of
    /// 9…"); the console's capitals are a warning light, not prose.
    public var minuted: String { "\(isQuorate ? "Quorate" : "Not quorate"): \(detail)" }

    /// Who is here against what the rule needs, without the verdict: "5 of 9 seats represented, 5 needed".
    public var detail: String {
        switch rule {
        case .allCoreMembers:
            missingCore.isEmpty ? "all core members present" : "\(missingCore.count) core member(s) absent"
        case .majorityOfSeats, .minimumSeats:
            "\(seatsRepresented) of \(votingSeats) seats represented, \(seatsNeeded) needed"
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
