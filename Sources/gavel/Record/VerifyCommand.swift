import ArgumentParser
import Foundation
import MeetingStore

struct VerifyRecord: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: "Check every meeting's hash chain and print each chain head.",
        discussion: """
            Names the first event that does not match: an edited, reordered or deleted row is caught. \
            With --head, also proves the record still holds everything up to a chain head printed in \
            circulated minutes. Checks the key journal's chain, that every event made with a key names a \
            key the journal gave its author, and each chair's signature over a closed meeting's head and \
            the key journal's head, against the chair's key as the record holds it (with --chair-key, \
            against the chair's own). Says which key entries no signature covers yet: those rest on the \
            file alone. Checks that each closed meeting's register facts (what the registers read) name its \
            chain head; --registers also recomputes them from the events (a fold of every meeting), and \
            --rebuild-facts makes them again. Exit status 1 when the record fails any check.
            """)

    @OptionGroup var record: RecordOption

    @Option(help: "A chain head hash from circulated minutes, which the record must still contain.")
    var head: String?

    @Option(
        help:
            """
            The chair's own public key file: every signature in the record must be by it, \
            so a key swapped in the file and signed again is caught.
            """
    )
    var chairKey: String?

    @Flag(
        help: "Also recompute every closed meeting's register facts from its events and compare them with those kept.")
    var registers = false

    @Flag(help: "Make every closed meeting's register facts again from its events (they are derived), then verify.")
    var rebuildFacts = false

    func run() throws {
        if rebuildFacts {
            try RecordStore.open(path: record.resolved).rebuildRegisterFacts()
            Output.line("register facts made again from the events of every closed meeting")
        }
        let store = try RecordStore.openForReading(path: record.resolved)
        let report = try store.verify(
            head: head, chairKey: try chairKey.map { try AddKey.readKey($0).fingerprint },
            recomputingRegisters: registers)
        for meeting in report.meetings {
            let status = meeting.problem.map { "BROKEN: \($0)" } ?? "ok"
            Output.line(
                "meeting \(meeting.number): \(meeting.head.eventCount) events, head \(meeting.head.hash) — \(status)")
        }
        if report.meetings.isEmpty { Output.line("\(record.resolved): no meetings yet") }
        if let problem = report.seriesProblem { Output.line("series: BROKEN: \(problem)") }
        if let problem = report.accessProblem { Output.line("keys: BROKEN: \(problem)") }
        if let problem = report.keyUseProblem { Output.line("keys: BROKEN: \(problem)") }
        for problem in report.registerFactsProblems { Output.line("registers: BROKEN: \(problem)") }
        if report.registerFactsProblems.isEmpty {
            Output.line(
                registers
                    ? "registers: every closed meeting's facts agree with its events"
                    : "registers: every closed meeting's facts name its chain head (--registers also recomputes them)")
        }
        for signature in report.signatures {
            let status =
                signature.problem.map { "BROKEN: \($0)" } ?? "ok, by the chair's key \(signature.fingerprint)"
                + (chairKey == nil ? "" : " (the key given)")
            Output.line("meeting \(signature.meeting): minutes signed at event \(signature.eventCount) — \(status)")
        }
        Output.line(Self.keyCoverage(report))
        Output.line("database integrity: \(report.integrity.joined(separator: "; "))")
        var failed = !report.isIntact || !report.registerFactsProblems.isEmpty
        switch report.head {
        case nil: break
        case .last(let meeting, let sequence)?:
            Output.line(
                "head \(head ?? ""): the last event of meeting \(meeting) (event \(sequence)); the record holds "
                    + "exactly what those minutes were drawn from"
            )
        case .earlier(let meeting, let sequence, let after)?:
            Output.line(
                "head \(head ?? ""): event \(sequence) of meeting \(meeting); the record holds everything up to it, "
                    + "and \(after) event(s) recorded after it"
            )
        case .unproven(let meeting, let sequence, let problem)?:
            Output.line(
                "head \(head ?? ""): event \(sequence) of meeting \(meeting), NOT PROVEN: the chain is broken at or "
                    + "before it (\(problem))"
            )
            failed = true
        case .absent?:
            Output.line("head \(head ?? "") NOT FOUND: the record no longer holds what those minutes were drawn from")
            failed = true
        }
        if failed { throw ExitCode.failure }
    }

    /// What the chairs' signatures prove of the key journal, and what rests on the file alone: entries
    /// after the last signature can be deleted or re-chained without a trace in the file (the chair's own
    /// copy of the signed minutes, or a backup, is what shows it).
    static func keyCoverage(_ report: VerificationReport) -> String {
        let total = report.keyEntries, covered = report.keyEntriesCovered
        if total == 0 { return "keys: the key journal is empty" }
        if covered == 0 {
            return
                "keys: \(total) entries; NOT PROVEN beyond this file: no chair's signature covers them yet, so an "
                + "entry deleted or rewritten and re-chained would not show"
        }
        if covered == total { return "keys: \(total) entries, all covered by the chair's signature" }
        let rest = covered + 1 == total ? "entry \(total)" : "entries \(covered + 1)–\(total)"
        return
            "keys: \(total) entries; 1–\(covered) covered by the chair's signature; \(rest) NOT PROVEN beyond this "
            + "file (after the last signature: deleted or rewritten and re-chained, it would not show; compare the "
            + "chair's signed minutes or a backup)"
    }
}
