import ArgumentParser
import ConstitutionFile
import Foundation
import MeetingKit
import MeetingStore

struct ListMeetings: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List the meetings a record holds.")

    @OptionGroup var record: RecordOption

    func run() throws {
        let store = try RecordStore.openForReading(path: record.resolved)
        let series = try store.series()
        Output.line("\(record.resolved): \(series.name)")
        let formatter = ISO8601DateFormatter()
        for meeting in try store.meetings() {
            Output.line(
                "  meeting \(meeting.number): started \(formatter.string(from: meeting.createdAt)), "
                    + "\(meeting.eventCount) events"
            )
        }
    }
}
