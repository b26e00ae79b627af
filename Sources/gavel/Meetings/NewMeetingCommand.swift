import ArgumentParser
import ConstitutionFile
import Foundation
import MeetingKit
import MeetingStore

struct NewMeeting: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: "Start the next meeting of a series, creating its record if needed.",
        discussion:
            "Open actions and the risk register of the previous meeting carry into the new one as matters arising.")

    @OptionGroup var record: RecordOption

    @Option(
        help:
            """
            The constitution: a shipped one (hnb-elg, framework-elg, hnb-eog) or a file. \
            Default: the series' own, or hnb-elg for a new record.
            """
    )
    var constitution: String?

    func run() throws {
        let chosen = try constitution.map { try resolveConstitution($0).0 }
        let path =
            record.path
            ?? RecordLocation.defaultRecord(
                series: constitution.flatMap(ShippedConstitution.init(rawValue:))?.rawValue ?? "hnb-elg")
        let initial = try chosen ?? resolveConstitution(nil).0
        // A new record is made with its first meeting before it is put in place, so a full disk leaves
        // nothing; asking for the next meeting again then gets that same meeting, as it has not begun.
        let before = (try? RecordStore.openForReading(path: path).meetings().last?.number) ?? nil
        let store = try RecordStore.open(path: path, newSeries: (initial.name, initial)) {
            (made: RecordStore) throws(StoreError) in
            try made.startMeeting(constitution: chosen)
        }
        let number = try store.startMeeting(constitution: chosen)
        if number == before {
            Output.line(
                "\(path): meeting \(number) has not begun yet; it is the next meeting (nothing new was started)")
            return
        }
        let runningUnder = try chosen?.name ?? store.series().constitution.name
        Output.line("\(path): meeting \(number) started under \(runningUnder)")
    }
}
