import MeetingKit

/// A constitution as plain text: what a clerk checks before a meeting, with the local choices shown as
/// settings (DOMAIN: defaults are the constitution's, not the framework's).
struct ConstitutionReport {
    var constitution: Constitution
    var source: String

    var text: String {
        let c = constitution
        func name(_ id: PersonID) -> String { c.people[id]?.isNamed == true ? c.displayName(id) : "to be named" }
        var lines: [String] = []
        lines.append("\(c.name)  [\(source)]")
        lines.append("\(c.body.rawValue): \(c.body.fullName)")
        var project = "Project: \(c.project.name)"
        if let start = c.project.start { project += ", \(start)" }
        if let end = c.project.end { project += " to \(end)" }
        lines.append(project)
        if let seat = c.chairSeat.flatMap(c.seat) {
            lines.append(
                "Chair: whoever represents \(seat.partner), \(seat.role) (now "
                    + "\(c.designatedChair.map(name) ?? "to be named"))"
            )
        } else {
            lines.append("Chair: \(c.chair.map(name) ?? "(not set)")")
        }
        lines.append("")
        lines.append("Voting seats (\(c.seats.count))\(c.votesAreIndicative ? ", indicative votes (V4)" : ""):")
        for seat in c.seats {
            let holders = c.holders[seat.id]
            let rep = holders.map { name($0.representative) } ?? "-"
            let proxy = holders?.proxy.map(name) ?? "none appointed"
            let core = seat.core ? " [core]" : ""
            lines.append("  \(seat.id.rawValue)\(core): \(seat.partner) — \(seat.role)")
            lines.append("      representative \(rep); proxy \(proxy)")
        }
        if !c.members.isEmpty {
            lines.append("")
            lines.append("Non-voting members:")
            for member in c.members {
                lines.append("  \(member.role)\(member.core ? " [core]" : ""): \(name(member.person))")
            }
        }
        lines.append("")
        lines.append("Rules in force:")
        lines.append("  quorum: \(c.quorum.describe(votingSeats: c.seats.count))")
        lines.append("  decision: \(c.decisionRule.description)")
        lines.append("  chair's casting vote: \(c.chairHasCastingVote ? "yes" : "no")")
        lines.append("  votes named on the projector: \(c.votesNamedInPublic ? "yes" : "no")")
        lines.append(
            "  vote without quorum: \(c.allowQuorumOverride ? "only on the chair's minuted override" : "never")")
        lines.append(
            "  times: "
                + (c.timeZone.map { "in \($0), where the body meets" }
                    ?? "in this terminal's time zone (the constitution names none)")
        )
        return lines.joined(separator: "\n")
    }
}
