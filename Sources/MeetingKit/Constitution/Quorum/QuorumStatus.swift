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

    /// Q3, Q4: the status bar's light while a vote is open. Quorum lost since a vote opened quorate says so;
    /// a vote the chair opened without quorum says that instead.
    public func lightDuringVote(openedWithoutQuorum: Bool) -> String {
        guard !isQuorate else { return lightWithCount }
        return (openedWithoutQuorum ? "VOTE OPENED WITHOUT QUORUM " : "QUORUM LOST DURING VOTE ") + lightWithCount
    }

    /// The count alone, where the rule's wording does not fit: "5 of 9 seats".
    public var seatCount: String { "\(seatsRepresented) of \(votingSeats) seats" }

    /// The attendance line the room reads beside a vote: "5 of 9 voting seats represented".
    public var seatsRepresentedLine: String { "\(seatsRepresented) of \(votingSeats) voting seats represented" }

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
