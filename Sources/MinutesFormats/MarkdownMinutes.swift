import Foundation
import MeetingKit

/// The minutes as Markdown that also reads well as plain text, for an email or a file (N1–N5). Every
/// piece of text from the record goes through `MarkdownText.escape`; the layout is this file's own.
public enum MarkdownMinutes {
    /// `head` is the record's chain head, printed at the foot so the minutes can be checked against the
    /// record later (`gavel verify --head`).
    public static func render(_ document: MinutesDocument, head: String, timeZone: TimeZone = .current) -> String {
        var out = Writer(timeZone: timeZone)
        out.header(document)
        out.attendance(document)
        out.quorum(document.quorum)
        if !document.appointments.isEmpty {
            out.heading("Appointments")
            for a in document.appointments {
                let replacing = a.predecessor.map { ", replacing \(e($0))" } ?? ""
                out.line("- \(out.time(a.at)): \(e(a.successor)) appointed \(a.capacity.rawValue) for \(e(a.seat))\(replacing)\(a.partnersAdvised ? "; partners advised" : "")")
            }
        }
        if !document.mattersArising.isEmpty { out.mattersArising(document.mattersArising) }
        for section in document.items where !(section.id == nil && section.isEmpty) { out.item(section) }
        out.actionTable(document.actions)
        if !document.risks.isEmpty {
            out.heading("Risk register")
            for risk in document.risks { out.line("- \(e(risk.id.rawValue)) [\(risk.rating.rawValue)] \(e(risk.description)); owner \(e(risk.owner)); mitigation: \(e(risk.mitigation))") }
        }
        if !document.corrections.isEmpty {
            out.heading("Corrections")
            for c in document.corrections { out.line("- \(out.time(c.at)), to event \(c.target) (\(e(c.targetDescription))): \(e(c.text))") }
        }
        out.footer(document, head: head)
        return out.text
    }

    static func e(_ text: String) -> String { MarkdownText.escape(text) }
}

private struct Writer {
    var text = ""
    let timeZone: TimeZone

    mutating func line(_ s: String = "") { text += s + "\n" }

    mutating func heading(_ title: String, level: Int = 2) {
        line()
        line(String(repeating: "#", count: level) + " " + title)
        line()
    }

    func time(_ date: Date?) -> String {
        guard let date else { return "-" }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let parts = calendar.dateComponents([.hour, .minute], from: date)
        return String(format: "%02d:%02d", parts.hour ?? 0, parts.minute ?? 0)
    }

    private func e(_ text: String) -> String { MarkdownText.escape(text) }

    mutating func header(_ d: MinutesDocument) {
        let h = d.header
        line("# Minutes: \(e(h.title ?? "\(h.body.rawValue) meeting"))")
        if d.includesConfidential { line(); line("**CONFIDENTIAL: the private record, including confidential matter (N4). Not for circulation.**") }
        line()
        line("- Body: \(h.body.fullName) (\(h.body.rawValue)), \(e(h.project.name))")
        line("- Constitution: \(e(h.constitution))")
        line("- Date: \(h.date.map { "\($0)" } ?? "-"); place: \(e(h.place ?? "-"))")
        line("- Opened \(time(h.openedAt)), closed \(time(h.closedAt))")
        line("- Chair: " + h.chairs.map { chair in e(chair.name) + (chair.from.map { " (from \(time($0)))" } ?? "") }.joined(separator: ", then "))
        if let clerk = h.clerk, !clerk.isEmpty { line("- Minutes taken by: \(e(clerk))") }
        if h.indicative { line("- Votes of this group are indicative (V4).") }
        if let previous = d.previousMinutes { line("- Minutes of the previous meeting: \(e(previous))") }
    }

    mutating func attendance(_ d: MinutesDocument) {
        let a = d.attendance
        heading("Attendance")
        for person in a.present {
            var entry = "- \(e(person.name)), \(e(person.capacity))"
            if person.late, let first = person.arrivals.first { entry += "; arrived late, \(time(first))" }
            if let left = person.departures.last { entry += "; left \(time(left))" }
            line(entry)
        }
        for proxy in a.proxiesActing { line("- \(e(proxy.proxy)) acted as proxy for \(e(proxy.forRepresentative)) (\(e(proxy.seat)))") }
        if !a.nonVoting.isEmpty {
            line()
            line("In attendance, non-voting:")
            line()
            for person in a.nonVoting { line("- \(e(person.name)), \(e(person.capacity))") }
        }
        if !a.apologies.isEmpty {
            line()
            line("Apologies:")
            line()
            for absence in a.apologies { line("- \(e(absence.name)), \(e(absence.capacity))" + (absence.note.map { ": \(e($0))" } ?? "")) }
        }
        if !a.absent.isEmpty {
            line()
            line("Absent: " + a.absent.map { e($0.name) }.joined(separator: "; "))
        }
        if !a.movements.isEmpty {
            line()
            line("Arrivals and departures:")
            line()
            for move in a.movements { line("- \(time(move.at)) \(e(move.name)) \(move.arrived ? "arrived" : "left")") }
        }
    }

    mutating func quorum(_ q: MinutesDocument.QuorumSection) {
        heading("Quorum")
        line("Rule: \(e(q.rule)).")
        line()
        for change in q.changes { line("- \(time(change.at)): \(change.quorate ? "quorate" : "NOT QUORATE"), \(e(change.summary))") }
        for override in q.overrides { line("- The vote on motion \(e(override.motion.rawValue)) opened without quorum on the chair's decision: \(e(override.reason)) (Q4)") }
    }

    mutating func mattersArising(_ matters: [MinutesDocument.MatterArising]) {
        heading("Matters arising")
        for matter in matters {
            switch matter.kind {
            case .action(let a, let closed):
                line("- Action \(e(a.id.rawValue)) (meeting \(matter.fromMeeting)): \(e(a.what)); \(e(a.who))\(a.due.map { ", by \($0)" } ?? ""). " + (closed.map { "Closed: \(e($0))" } ?? "Open."))
            case .risk(let r, let previous):
                let rating = previous == r.rating ? "rated \(r.rating.rawValue)" : "re-rated \(previous.rawValue) to \(r.rating.rawValue)"
                line("- Risk \(e(r.id.rawValue)) (meeting \(matter.fromMeeting)): \(e(r.description)); \(rating)")
            }
        }
    }

    mutating func item(_ s: MinutesDocument.ItemSection) {
        let title = s.id.map { "Item \(e($0.rawValue)): \(e(s.title))" } ?? e(s.title)
        heading(title + (s.confidential ? " (CONFIDENTIAL)" : ""))
        for d in s.declarations { line("- Declaration of interest: \(e(d.name)), \(e(d.interest)). The member's vote stands (V6).") }
        for note in s.notes { line("- \(e(note))") }
        for concern in s.concerns { line("- Concern raised: \(e(concern))") }
        for info in s.informationSharing { line("- To share: \(e(info.what)), with \(e(info.shareWith)), \(e(info.howOften)) (N5)") }
        for motion in s.motions { self.motion(motion) }
        for action in s.actions { line("- Action \(e(action.id.rawValue)): \(e(action.what)); \(e(action.who))\(action.due.map { ", by \($0)" } ?? "")") }
        for risk in s.risks { line("- Risk \(e(risk.id.rawValue)) [\(risk.rating.rawValue)]: \(e(risk.description))") }
        if s.isEmpty { line("- Nothing minuted.") }
    }

    mutating func motion(_ m: MinutesDocument.MotionSection) {
        line()
        line("**Motion \(e(m.id.rawValue))**\(m.indicative ? " (indicative vote)" : ""): \(e(m.text))")
        line()
        line("- Moved by \(e(m.mover))" + (m.rationale.isEmpty ? "" : "; rationale: \(e(m.rationale))"))
        if m.text != m.originalText { line("- Originally: \(e(m.originalText)); amended: " + m.amendments.map(e).joined(separator: "; ")) }
        line("- Rule: \(e(m.rule))" + (m.ruleChange.map { "; \(e($0))" } ?? ""))
        if let override = m.quorumOverride { line("- Opened without quorum: \(e(override)) (Q4)") }
        guard let tally = m.tally, let outcome = m.outcome else {
            line("- \(e(m.stage))")
            return
        }
        for vote in m.votes {
            let who = vote.voter.map { " (\(e($0))\(vote.capacity == .proxy ? ", proxy" : ""))" } ?? ""
            line("  - \(e(vote.seat))\(who): \(vote.choice?.word ?? e(vote.note ?? "did not vote"))")
        }
        line("- Tally: \(tally.inFavour) for, \(tally.against) against, \(tally.abstentions) abstained")
        line("- Outcome: **\(outcome.word)**, \(e(outcome.reason))" + (m.castingVote.map { "; the chair's casting vote \($0.word)" } ?? ""))
    }

    mutating func actionTable(_ actions: [MinutesDocument.ActionLine]) {
        guard !actions.isEmpty else { return }
        heading("Actions")
        line("| Action | What | Who | By when |")
        line("|---|---|---|---|")
        for a in actions { line("| \(e(a.id.rawValue)) | \(e(a.what)) | \(e(a.who)) | \(a.due.map { "\($0)" } ?? "-")\(a.closed ? " (closed)" : "") |") }
    }

    mutating func footer(_ d: MinutesDocument, head: String) {
        line()
        line("---")
        line()
        if d.confidentialOmitted > 0 { line("Confidential matter is left out of these minutes (N4).") ; line() }
        if d.includesConfidential { line("**CONFIDENTIAL: the private record (N4).**"); line() }
        line("Record: \(e(head)). Check with `gavel verify --head HASH`.")
    }
}
