import Foundation
import MeetingKit
import MeetingStore

/// The series as a whole on the ten-year archive: each register from opening the record (reading each
/// closed meeting's register facts), and a search.
enum SeriesBenchmarks {
    static func run(archive path: String) throws {
        // As a record written today has it: the search index and each closed meeting's register facts.
        _ = try RecordStore.open(path: path)
        func meetings() throws -> [MeetingRegisterFacts] { try RecordStore.openForReading(path: path).registerFacts() }
        var rows = 0
        let attendance = try measure(runs: 3) { rows += SeriesRegisters.attendance(try meetings()).people.rows.count }
        let interests = try measure(runs: 3) { rows += SeriesRegisters.interests(try meetings()).rows.count }
        let decisions = try measure(runs: 3) { rows += SeriesRegisters.decisions(try meetings()).rows.count }
        print(
            String(
                format:
                    "registers on the archive, from opening it: attendance %.0f ms, interests %.0f ms, decisions %.0f "
                    + "ms (goal under 100 ms each)",
                attendance * 1000, interests * 1000, decisions * 1000))
        var found = 0
        let search = try measure(runs: 11) {
            found = try RecordStore.openForReading(path: path).searchMeetings("item accepted", limit: 20).count
        }
        print(
            String(
                format:
                    "search on the archive (FTS5, 20 results shown, each judged against its meeting): median %.0f ms, "
                    + "%d results (goal under 100 ms)",
                search * 1000, found))
        if rows == -1 { print("") }
    }
}
