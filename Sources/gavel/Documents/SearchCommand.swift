import ArgumentParser
import Foundation
import MeetingStore
import TerminalUI

struct Search: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract:
            "Find words across every meeting of the series: motions, notes, actions, risks, declarations, concerns.",
        discussion:
            "Best matches first. Exit status 1 when nothing is found. Confidential matter only with "
            + "--include-confidential (N4)."
    )

    @Argument(help: "The words to find, all of them.")
    var words: [String]

    @OptionGroup var record: RecordOption

    @Option(help: "At most this many results.")
    var limit: Int = 20

    @Flag(help: "Include confidential matter (N4).")
    var includeConfidential = false

    func validate() throws {
        guard limit > 0 else { throw ValidationError("--limit must be at least 1.") }
    }

    func run() throws {
        let text = words.joined(separator: " ")
        let results = try RecordStore.openForReading(path: record.resolved).searchMeetings(
            text, includeConfidential: includeConfidential, limit: limit)
        guard !results.isEmpty else {
            Output.error("gavel search: nothing found for \(SafeText.escape(text))")
            throw ExitCode.failure
        }
        // Record text shown escaped: a search result cannot carry a terminal escape either.
        for line in results.flatMap(\.lines) { Output.line(SafeText.escape(line)) }
    }
}
