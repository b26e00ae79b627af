import ArgumentParser
import Foundation
import MeetingKit
import MeetingStore
import TextHazards

struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write the whole record: the series, every meeting, every event with its hash chain head.")

    @OptionGroup var record: RecordOption

    @Option(help: "The format; json is the one there is.")
    var format: String = "json"

    @OptionGroup var destination: OutputOption

    func validate() throws {
        guard format == "json" else { throw ValidationError("Unknown format '\(format)'; expected json.") }
    }

    func run() throws {
        let store = try RecordStore.openForReading(path: record.resolved)
        let series = try store.series()
        var meetings: [ExportedMeeting] = []
        for summary in try store.meetings() {
            let live = try LiveMeeting(store: store, number: summary.number)
            meetings.append(
                ExportedMeeting(
                    number: summary.number, constitution: live.state.initialConstitution,
                    mattersArising: live.state.mattersArising, chainHead: live.head,
                    events: live.events))
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        let encoded = try encoder.encode(
            ExportedRecord(
                format: "gavel-record/1", series: series.name, constitution: series.constitution,
                access: try store.accessEvents(), meetings: meetings))
        // One byte sequence however it is written: `-o FILE` and `> FILE` both end with the newline.
        let data = Data((TextHazard.escapingJSON(String(decoding: encoded, as: UTF8.self)) + "\n").utf8)
        try destination.write(data)
    }
}
