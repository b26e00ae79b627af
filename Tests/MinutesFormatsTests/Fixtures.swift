import CommandLanguage
import ConstitutionFile
import Foundation
import MeetingKit
import MinutesFormats
import Testing

/// The example meeting in examples/ (a proxy voting, late arrivals, a tie, quorum lost and regained, a
/// declaration, a confidential item), then a correction after the close.
func exampleMeeting() throws -> MeetingState {
    let file = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../examples/elg-october-2019.txt").standardized.path
    let text = try String(contentsOfFile: file, encoding: .utf8)
    var log = MeetingLog(constitution: ShippedConstitution.hnbELG.constitution, isFirstOfSeries: true)
    let utc = TimeZone(identifier: "UTC")!
    let steps = try MeetingScript.plan(text.components(separatedBy: "\n"), file: file, from: log, now: Date(), timeZone: utc, meetingNumber: 1)
    for step in steps { try log.perform(step.command, by: step.author, at: step.time) }
    let note = try #require(log.events.first { if case .noted = $0.payload { true } else { false } })
    try log.perform(.correct(Correction(target: note.sequence, text: "The EOG presented the banding model; the Consultant Head presented its rationale.")),
                    by: .clerk, at: log.state.closedAt!.addingTimeInterval(3600))
    return log.state
}

/// Compares `text` with a reviewed file in __Golden__; GAVEL_RECORD_SNAPSHOTS=1 writes it instead.
func expectGolden(_ text: String, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) {
    let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("__Golden__/\(name)").path
    if ProcessInfo.processInfo.environment["GAVEL_RECORD_SNAPSHOTS"] == "1" {
        _ = FileManager.default.createFile(atPath: path, contents: Data(text.utf8))
        return
    }
    let expected = (try? String(contentsOfFile: path, encoding: .utf8)) ?? "(no golden file \(name); record it with GAVEL_RECORD_SNAPSHOTS=1)"
    #expect(text == expected, "\(name) differs from its golden file", sourceLocation: sourceLocation)
}
