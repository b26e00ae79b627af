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
            data, unless --allow. A CSV file holds one table with its header on the first line and begins with \
            a UTF-8 byte-order mark (so LibreOffice and Excel read it as UTF-8); attendance has three tables: \
            choose one with --table, or give -o FILE.csv to write FILE-people.csv, FILE-seats.csv and \
            FILE-meetings.csv.
            """)

    @Argument(help: "attendance, interests or decisions.")
    var kind: String

    @OptionGroup var record: RecordOption

    @Option(help: "md, csv, html or json.")
    var format: String = "md"

    @OptionGroup var destination: OutputOption

    @Option(help: "attendance: only this table: people, seats or meetings.")
    var table: String?

    @OptionGroup var byteOrderMark: ByteOrderMarkOption

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
        guard ["attendance", "interests", "decisions"].contains(kind) else {
            throw ValidationError("Unknown register '\(kind)'; expected attendance, interests or decisions.")
        }
        guard RegisterFormats.formats.contains(format) else {
            throw ValidationError("Unknown format '\(format)'; expected md, csv, html or json.")
        }
        for (name, value) in [("--from", from), ("--to", to)] {
            if let value, CalendarDay(value) == nil {
                throw ValidationError("\(name): '\(value)' is not a date as YYYY-MM-DD.")
            }
        }
        if let table {
            guard kind == "attendance" else {
                throw ValidationError("--table: only the attendance register has several tables.")
            }
            guard Self.attendanceTables.contains(table) else {
                throw ValidationError("--table: expected people, seats or meetings, found '\(table)'.")
            }
        }
        if format == "csv", kind == "attendance", table == nil, destination.output == nil {
            throw ValidationError(
                "A CSV file holds one table and the attendance register has three: add --table people, seats or "
                    + "meetings, or -o FILE.csv to write one file each."
            )
        }
        if let outcome, !["carried", "not-carried"].contains(outcome) {
            throw ValidationError("--outcome: expected carried or not-carried, found '\(outcome)'.")
        }
    }

    func run() throws {
        let store = try RecordStore.openForReading(path: record.resolved)
        let meetings = try store.registerFacts()
        let tables: [RegisterTable]
        switch kind {
        case "interests": tables = [SeriesRegisters.interests(meetings, includeConfidential: includeConfidential)]
        case "decisions":
            tables = [
                SeriesRegisters.decisions(
                    meetings, includeConfidential: includeConfidential, from: from.flatMap(CalendarDay.init),
                    to: to.flatMap(CalendarDay.init), carried: outcome.map { $0 == "carried" })
            ]
        default:
            let register = SeriesRegisters.attendance(meetings)
            let all = zip(Self.attendanceTables, [register.people, register.seats, register.meetings])
            tables = all.filter { table == nil || $0.0 == table }.map(\.1)
        }
        let series = try store.series().name
        let files: [(path: String?, text: String)]
        if format == "csv" {
            // One table, one file: several tables go to FILE-people.csv and so on beside the file named.
            let named = zip(Self.attendanceTables, tables)
            files =
                tables.count == 1
                ? [(destination.output, csvBytes(tables[0]))]
                : named.map { (Self.path(destination.output ?? "register.csv", table: $0.0), csvBytes($0.1)) }
            for note in tables.flatMap(\.notes) { Output.error("gavel register: \(note)") }
        } else {
            files = [(destination.output, try RegisterFormats.render(tables, series: series, format: format))]
        }
        let named = PrivacyCheck.findings(in: tables)
        let findings = named + files.flatMap { PrivacyCheck.findings(inOutput: $0.text, besides: named) }
        try PrivacyGate.check(
            findings, in: .register, includeConfidential: includeConfidential,
            allow: allow)
        for file in files {
            try OutputOption.write(Data(file.text.utf8), to: file.path)
            if let path = file.path, files.count > 1 { Output.error("gavel register: wrote \(path)") }
        }
    }

    static let attendanceTables = ["people", "seats", "meetings"]

    private func csvBytes(_ table: RegisterTable) -> String {
        byteOrderMark.prefix + RegisterFormats.csv(table)
    }

    /// "att.csv" and "people" give "att-people.csv".
    static func path(_ output: String, table: String) -> String {
        let url = URL(fileURLWithPath: output)
        let ext = url.pathExtension.isEmpty ? "csv" : url.pathExtension
        let stem = url.deletingPathExtension().path
        return "\(stem)-\(table).\(ext)"
    }
}
