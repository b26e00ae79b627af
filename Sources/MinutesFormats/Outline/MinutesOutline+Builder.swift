import Foundation
import MeetingKit

extension MinutesOutline {
    /// Appends the outline's blocks section by section, in the order the minutes read.
    struct Builder {
        typealias Inline = MinutesOutline.Inline
        typealias ListItem = MinutesOutline.ListItem
        var blocks: [MinutesOutline.Block] = []
        let timeZone: TimeZone
        var includesConfidential = false

        func time(_ date: Date?) -> String { date.map { clockTime($0, in: timeZone) } ?? "-" }

        mutating func list(_ lines: [String]) {
            if !lines.isEmpty { blocks.append(.list(lines.map { ListItem(text: [.text($0)]) })) }
        }

        mutating func header(_ d: MinutesDocument) {
            let h = d.header
            blocks.append(.title([.text("Minutes: \(h.title ?? "\(h.body.rawValue) meeting")")]))
            if d.includesConfidential {
                blocks.append(
                    .banner(
                        "CONFIDENTIAL: the private record, including confidential matter (N4). Not for circulation."))
            }
            var lines = [
                "Body: \(h.body.fullName) (\(h.body.rawValue)), \(h.project.name)",
                "Constitution: \(h.constitution)",
                "Date: \(h.date.map { "\($0)" } ?? "-"); place: \(h.place ?? "-")",
                "Opened \(time(h.openedAt)), closed \(time(h.closedAt))",
                "Chair: "
                    + (h.chairs.isEmpty
                        ? "Chair (not named)"
                        : h.chairs.map { chair in chair.name + (chair.from.map { " (from \(time($0)))" } ?? "") }
                            .joined(
                                separator: ", then ")),
            ]
            if let clerk = h.clerk, !clerk.isEmpty { lines.append("Minutes taken by: \(clerk)") }
            if h.indicative { lines.append("Votes of this group are indicative (V4).") }
            if let previous = d.previousMinutes { lines.append("Minutes of the previous meeting: \(previous)") }
            list(lines)
        }

        /// A1: the attendee with their times, the same for members, the chair, non-voting members and guests:
        /// "arrived late, 14:12; left 14:41, returned 14:44".
        func attendeeLine(_ person: MinutesDocument.Attendee) -> String {
            // Under "In the chair:" the capacity "Chair" would only repeat the heading.
            var entry = person.capacity == "Chair" ? person.name : "\(person.name), \(person.capacity)"
            if person.late, let first = person.arrivals.first { entry += "; arrived late, \(time(first))" }
            let later =
                (person.arrivals.dropFirst().map { (at: $0, back: true) }
                + person.departures.map { (at: $0, back: false) })
                .sorted { ($0.at, $0.back ? 1 : 0) < ($1.at, $1.back ? 1 : 0) }
            if !later.isEmpty {
                entry += "; " + later.map { "\($0.back ? "returned" : "left") \(time($0.at))" }.joined(separator: ", ")
            }
            return entry
        }

        mutating func attendance(_ a: MinutesDocument.Attendance) {
            blocks.append(.heading([.text("Attendance")]))
            if !a.inTheChair.isEmpty {
                blocks.append(.paragraph([.text("In the chair:")]))
                list(a.inTheChair.map(attendeeLine))
            }
            if !a.present.isEmpty { blocks.append(.paragraph([.text("Present:")])) }
            list(
                a.present.map(attendeeLine)
                    + a.proxiesActing.map { "\($0.proxy) acted as proxy for \($0.forRepresentative) (\($0.seat))" })
            if !a.nonVoting.isEmpty {
                blocks.append(.paragraph([.text("In attendance, non-voting:")]))
                list(a.nonVoting.map(attendeeLine))
            }
            if !a.apologies.isEmpty {
                blocks.append(.paragraph([.text("Apologies:")]))
                list(a.apologies.map { "\($0.name), \($0.capacity)" + ($0.note.map { ": \($0)" } ?? "") })
            }
            if !a.absent.isEmpty {
                blocks.append(.paragraph([.text("Absent: " + a.absent.map(\.name).joined(separator: "; "))]))
            }
            if !a.movements.isEmpty {
                blocks.append(.paragraph([.text("Arrivals and departures:")]))
                list(
                    a.movements.map {
                        "\(time($0.at)) \($0.name) \($0.returned ? "returned" : $0.arrived ? "arrived" : "left")"
                    })
            }
        }

        mutating func quorum(_ q: MinutesDocument.QuorumSection) {
            blocks.append(.heading([.text("Quorum")]))
            blocks.append(.paragraph([.text("Rule: \(q.rule).")]))
            list(
                q.changes.map { "\(time($0.at)): \($0.summary)" }
                    + q.overrides.map {
                        "The vote on motion \($0.motion) opened without quorum on the chair's decision: \($0.reason) (Q4)"
                    })
        }

        /// N1: every appointment, every name given to a blank place and every handover of the chair, in time order.
        mutating func appointments(
            _ appointments: [MinutesDocument.AppointmentLine], namings: [MinutesDocument.NamingLine]
        ) {
            guard !appointments.isEmpty || !namings.isEmpty else { return }
            blocks.append(.heading([.text("Appointments")]))
            let seats = appointments.map { a in
                guard let predecessor = a.predecessor else {
                    return (
                        a.at,
                        "\(time(a.at)): \(a.successor) named \(a.capacity.rawValue) for \(a.seat)"
                            + (a.partnersAdvised ? "; partners advised" : "")
                    )
                }
                return (
                    a.at,
                    "\(time(a.at)): \(a.successor) appointed \(a.capacity.rawValue) for \(a.seat), replacing \(predecessor)"
                        + (a.partnersAdvised ? "; partners advised" : "")
                )
            }
            let names = namings.map { n in
                (
                    n.at,
                    n.tookTheChair
                        ? "\(time(n.at)): \(n.name) took the chair (E2)"
                        : "\(time(n.at)): \(n.name) named to the place of \(n.role)"
                )
            }
            // Stable: appointments and namings at the same minute keep the record's order within each kind.
            list(
                (seats + names).enumerated().sorted { ($0.element.0, $0.offset) < ($1.element.0, $1.offset) }.map(
                    \.element.1))
        }

        mutating func mattersArising(_ matters: [MinutesDocument.MatterArising]) {
            guard !matters.isEmpty else { return }
            blocks.append(.heading([.text("Matters arising")]))
            list(
                matters.map { matter in
                    switch matter.kind {
                    case .action(let a, let closed):
                        return
                            "Action \(a.id) (meeting \(matter.fromMeeting)): \(a.what); "
                            + "\(a.who)\(a.due.map { ", by \($0)" } ?? ""). "
                            + (closed.map { "Closed: \($0)" } ?? "Open.")
                    case .risk(let r, let previous):
                        let rating =
                            previous == r.rating
                            ? "rated \(r.rating.rawValue)" : "re-rated \(previous.rawValue) to \(r.rating.rawValue)"
                        return "Risk \(r.id) (meeting \(matter.fromMeeting)): \(r.description); \(rating)"
                            + (r.closedNote.map { ". Closed: \($0)" } ?? "")
                    }
                })
        }

        mutating func item(_ s: MinutesDocument.ItemSection) {
            let title = s.id.map { "Item \($0): \(s.title)" } ?? s.title
            // N4: in the public minutes a confidential item with nothing public is one line, and says only that.
            if s.confidential && s.isEmpty && !includesConfidential {
                blocks.append(.heading([.text((s.id.map { "Item \($0): " } ?? "") + "Taken in confidence")]))
                return
            }
            blocks.append(.heading([.text(title + (s.confidential ? " (CONFIDENTIAL)" : ""))]))
            var lines = s.declarations.map {
                "Declaration of interest: \($0.name), \($0.interest). The member's vote stands (V6)."
            }
            lines += s.reports.map {
                "Received: \($0.title), from \($0.from)."
                    + ($0.challenge.isEmpty ? " No challenge was given." : " Challenge given: \($0.challenge)")
                    + " (N3)"
            }
            lines += s.notes
            lines += s.concerns.map { "Concern raised: \($0)" }
            lines += s.informationSharing.map { "To share: \($0.what), with \($0.shareWith), \($0.howOften) (N5)" }
            if s.isEmpty { lines.append("Nothing minuted.") }
            list(lines)
            for motion in s.motions { self.motion(motion) }
            list(
                s.actions.map { "Action \($0.id): \($0.what); \($0.who)\($0.due.map { ", by \($0)" } ?? "")" }
                    + s.risks.map { "Risk \($0.id) (\($0.rating.rawValue)): \($0.description)" })
        }

        mutating func motion(_ m: MinutesDocument.MotionSection) {
            blocks.append(
                .paragraph([.strong("Motion \(m.id)"), .text("\(m.indicative ? " (indicative vote)" : ""): \(m.text)")])
            )
            var items = [
                ListItem(text: [
                    .text("Moved by \(m.mover)" + (m.rationale.isEmpty ? "" : "; rationale: \(m.rationale)"))
                ])
            ]
            if m.text != m.originalText {
                items.append(
                    ListItem(text: [
                        .text("Originally: \(m.originalText); amended: " + m.amendments.joined(separator: "; "))
                    ]))
            }
            items.append(ListItem(text: [.text("Rule: \(m.rule)" + (m.ruleChange.map { "; \($0)" } ?? ""))]))
            if let override = m.quorumOverride {
                items.append(ListItem(text: [.text("Opened without quorum: \(override) (Q4)")]))
            }
            var votes: [[String]] = []
            if let tally = m.tally, let outcome = m.outcome {
                // A4: seat by seat, who cast its vote and in which capacity.
                votes = m.votes.map { vote in
                    let who =
                        vote.voter.map {
                            $0 + (vote.capacity == .proxy ? ", proxy" : "")
                                + (vote.keyedBy.map { " (\(Self.keyed($0)))" } ?? "")
                        } ?? "-"
                    // V1, A4, I3: the latest change first, earlier ones after it: "against, changed from for at 14:07
                    // (keyed by the clerk)".
                    let changes = vote.changes.reversed().map {
                        "changed from \($0.from.word) at \(time($0.at)) (\(Self.keyed($0.keyedBy)))"
                    }.joined(separator: "; earlier ")
                    return [
                        vote.seat, who,
                        (vote.choice?.word ?? vote.note ?? "did not vote") + (changes.isEmpty ? "" : ", \(changes)"),
                    ]
                }
                items.append(
                    ListItem(text: [
                        .text("Tally: \(tally.inFavour) for, \(tally.against) against, \(tally.abstentions) abstained")
                    ]))
                items.append(
                    ListItem(text: [
                        .text("Outcome: "), .strong(outcome.word),
                        .text(
                            ", \(outcome.reason)"
                                + (m.castingVote.map { "; the chair's casting vote \($0.word)" } ?? "")),
                    ]))
            } else {
                items.append(ListItem(text: [.text(m.stage)]))
            }
            blocks.append(.list(items))
            if !votes.isEmpty { blocks.append(.table(header: ["Seat (named votes)", "Cast by", "Vote"], rows: votes)) }
        }

        /// I3: who keyed a vote, as the minutes say it.
        static func keyed(_ role: Role) -> String {
            role == .member ? "at their own terminal" : "keyed by the \(role.rawValue)"
        }

        mutating func registers(_ d: MinutesDocument) {
            if !d.actions.isEmpty {
                blocks.append(.heading([.text("Actions")]))
                blocks.append(
                    .table(
                        header: ["Action", "What", "Who", "By when"],
                        rows: d.actions.map { a in
                            [
                                a.id.rawValue, a.what, a.who,
                                (a.due.map { "\($0)" } ?? "-") + (a.closed ? " (closed)" : ""),
                            ]
                        }))
            }
            if !d.risks.isEmpty {
                blocks.append(.heading([.text("Risk register")]))
                blocks.append(
                    .table(
                        header: ["Risk", "Rating", "Description", "Owner", "Mitigation", "Status"],
                        rows: d.risks.map {
                            [
                                $0.id.rawValue, $0.rating.rawValue, $0.description, $0.owner, $0.mitigation,
                                $0.closedNote.map { "closed: \($0)" } ?? "open",
                            ]
                        }))
            }
            if !d.corrections.isEmpty {
                blocks.append(.heading([.text("Corrections")]))
                list(
                    d.corrections.map { line in
                        let head =
                            "C\(line.number) at \(time(line.at)), event \(line.target) (\(line.targetDescription))"
                        if let outcome = line.outcome, let was = line.was {
                            return "\(head): \(line.text); the outcome is \(outcome), not \(was)"
                        }
                        if let was = line.was {
                            return "\(head) now reads \u{201C}\(line.text)\u{201D}; it read \u{201C}\(was)\u{201D}"
                        }
                        return "\(head): \(line.text)"
                    })
            }
        }

        mutating func footer(_ d: MinutesDocument, head: String, signatures: [MinutesOutline.Signature]) {
            blocks.append(.rule)
            if d.confidentialOmitted > 0 {
                blocks.append(.paragraph([.text("Confidential matter is left out of these minutes (N4).")]))
            }
            if d.includesConfidential { blocks.append(.banner("CONFIDENTIAL: the private record (N4).")) }
            blocks.append(
                .paragraph([.text("Record: \(head). Check with "), .code("gavel verify --head HASH"), .text(".")]))
            for signature in signatures {
                blocks.append(
                    .paragraph([
                        .text(
                            "Signed by the chair, \(signature.chair), with key \(signature.fingerprint), over the record "
                                + "at event \(signature.eventCount) (namespace "
                        ), .code(MinutesSignature.namespace), .text("; "), .code("gavel verify"), .text(" checks it):"),
                    ]))
                for line in signature.armored.split(whereSeparator: \.isNewline) {
                    blocks.append(.paragraph([.code(String(line))]))
                }
            }
        }
    }
}
