import ArgumentParser
import Foundation
import MeetingKit
import MeetingStore
import MinutesFormats

struct Register: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "register",
        abstract: "Write a register across every meeting of the series: attendance, interests or decisions.",
        discussion: """
            attendance: per person, meetings expected, attended, late, left early, apologies and absent, and the \
            rate; per seat, the meetings its proxy held its vote; per meeting, whether it was quorate throughout. \
            interests: every declaration of interest (V6). decisions: every motion with its tally and outcome, \
            corrections marked (--from, --to, --outcome filter it). Confidential matter only with \
            --include-confidential (N4); a public register is refused while it seems to hold a child's personal \
            data, unless --allow.
            """)

    @Argument(help: "attendance, interests or decisions.")
    var kind: String

    @OptionGroup var record: RecordOption

    @Option(help: "md, csv, html or json.")
    var format: String = "md"

    @Option(name: [.customShort("o"), .customLong("output")], help: "Write to this file instead of standard output.")
    var output: String?

    @Option(help: "decisions: meetings on or after this day, YYYY-MM-DD.")
    var from: String?

    @Option(help: "decisions: meetings on or before this day, YYYY-MM-DD.")
    var to: String?

    @Option(help: "decisions: only carried or not-carried motions.")
    var outcome: String?

    @Flag(help: "Include confidential matter (N4).")
    var includeConfidential = false

    @Flag(help: "Write a public register even when the privacy check finds something.")
    var allow = false

    func validate() throws {
        guard ["attendance", "interests", "decisions"].contains(kind) else { throw ValidationError("Unknown register '\(kind)'; expected attendance, interests or decisions.") }
        guard RegisterFormats.formats.contains(format) else { throw ValidationError("Unknown format '\(format)'; expected md, csv, html or json.") }
        for (name, value) in [("--from", from), ("--to", to)] {
            if let value, CalendarDay(value) == nil { throw ValidationError("\(name): '\(value)' is not a date as YYYY-MM-DD.") }
        }
        if let outcome, !["carried", "not-carried"].contains(outcome) { throw ValidationError("--outcome: expected carried or not-carried, found '\(outcome)'.") }
    }

    func run() throws {
        let store = try RecordStore.openForReading(path: record.resolved)
        var meetings: [SeriesRegisters.Meeting] = []
        for summary in try store.meetings() { meetings.append((summary.number, try LiveMeeting(store: store, number: summary.number).state)) }
        let tables: [RegisterTable]
        switch kind {
        case "interests": tables = [SeriesRegisters.interests(meetings, includeConfidential: includeConfidential)]
        case "decisions":
            tables = [SeriesRegisters.decisions(meetings, includeConfidential: includeConfidential, from: from.flatMap(CalendarDay.init),
                                                to: to.flatMap(CalendarDay.init), carried: outcome.map { $0 == "carried" })]
        default:
            let register = SeriesRegisters.attendance(meetings)
            tables = [register.people, register.seats, register.meetings]
        }
        let text = try RegisterFormats.render(tables, series: try store.series().name, format: format)
        let named = PrivacyCheck.findings(in: tables)
        let findings = named + PrivacyCheck.findings(inOutput: text, besides: named)
        for finding in findings { Output.error("gavel register: privacy (N4): \(finding)") }
        if !findings.isEmpty && !includeConfidential && !allow {
            Output.error("gavel register: not written: the register seems to hold a child's personal data (above); --allow writes it anyway.")
            throw ExitCode.failure
        }
        if let output { try Data(text.utf8).write(to: URL(fileURLWithPath: output), options: .atomic) } else { Output.document(Data(text.utf8)) }
    }
}
