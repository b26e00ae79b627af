import ArgumentParser
import Foundation
import MeetingKit
import MeetingStore
import MinutesFormats

struct Actions: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "actions",
        abstract: "Write the series' action register, open and closed, with due dates; overdue ones marked (N2).")

    @OptionGroup var record: RecordOption

    @Option(help: "csv (for a spreadsheet) or md (a Markdown table).")
    var format: String = "md"

    @OptionGroup var destination: OutputOption

    @OptionGroup var byteOrderMark: ByteOrderMarkOption

    @Option(help: "The day against which due dates are overdue, YYYY-MM-DD (default: today).")
    var today: String?

    @Flag(help: "Include confidential actions (N4).")
    var includeConfidential = false

    @Flag(
        help: "Write the public register even if the privacy check finds what looks like a child's personal data (N4).")
    var allow = false

    func validate() throws {
        guard ["csv", "md"].contains(format) else {
            throw ValidationError("Unknown format '\(format)'; expected csv or md.")
        }
        if let today, CalendarDay(today) == nil {
            throw ValidationError("--today: '\(today)' is not a date as YYYY-MM-DD.")
        }
    }

    func run() throws {
        let store = try RecordStore.openForReading(path: record.resolved)
        var meetings: [(number: Int, state: MeetingState)] = []
        for summary in try store.meetings() {
            meetings.append((summary.number, try LiveMeeting(store: store, number: summary.number).state))
        }
        let register = ActionRegister(
            meetings: meetings, today: try today.flatMap(CalendarDay.init) ?? Self.today(),
            includeConfidential: includeConfidential)
        let text =
            format == "csv"
            ? byteOrderMark.prefix + ActionRegisterFormats.csv(register)
            : ActionRegisterFormats.markdown(register, series: try store.series().name)
        // N4: the action register is a public output like the minutes, and is checked the same way.
        try PrivacyGate.check(
            PrivacyCheck.findings(inOutput: text), in: .actionRegister,
            includeConfidential: includeConfidential,
            allow: allow)
        try destination.write(Data(text.utf8))
    }

    /// Today in this machine's time zone.
    static func today() throws -> CalendarDay {
        guard let day = CalendarDay(Date(), in: .current) else { throw ValidationError("Cannot tell today's date.") }
        return day
    }
}
