import ArgumentParser
import Foundation
import MeetingStore

struct Backup: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "backup",
        abstract: "Copy the record, whole and verified, while meetings go on.",
        discussion: """
            Uses SQLite's online backup: the copy is the record as of one instant, holding every action \
            acknowledged before the backup began, even while terminals are writing. The copy is checked \
            (SQLite's integrity check and every hash chain) before it is put in place, and an existing file \
            is never replaced. DEST is a new file, or a folder, where the copy is named for the record and \
            the time (UTC). Never copy a record in use with cp: what SQLite still holds in its write-ahead \
            log beside it would be missing from the copy.
            """)

    @OptionGroup var record: RecordOption

    @Argument(help: "A new file, or an existing folder to write a time-stamped copy into.")
    var destination: String

    func run() throws {
        let store = try RecordStore.openForReading(path: record.resolved)
        let report = try store.backup(to: destination)
        Output.line(
            "\(record.resolved) backed up to \(report.destination): \(report.meetings) meeting(s), \(report.events) "
                + "event(s); the copy verifies."
        )
    }
}
