import ConstitutionFile
import Foundation
import MeetingKit
@testable import MeetingStore

/// A fresh folder per test, removed afterwards.
final class TemporaryFolder {
    let path: String
    init() {
        path = NSTemporaryDirectory() + "gavel-store-tests-" + UUID().uuidString
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }
    deinit { try? FileManager.default.removeItem(atPath: path) }
    func file(_ name: String) -> String { path + "/" + name }
}

/// The shipped HNB ELG with every placeholder named, as a clerk would have it.
let namedELG: Constitution = {
    var c = ShippedConstitution.hnbELG.constitution
    for (id, person) in c.people where !person.isNamed { c.people[id]?.name = person.placeholder }
    return c
}()

/// Creates a record with meeting 1 started.
func makeRecord(at path: String) throws -> RecordStore {
    let store = try RecordStore.open(path: path, newSeries: ("HNB ELG", namedELG))
    try store.startMeeting(at: Date(timeIntervalSince1970: 1_570_000_000))
    return store
}

/// I7: a meeting is opened (if it was not) and closed, so the next may start.
func close(_ meeting: LiveMeeting) throws {
    if meeting.state.openedAt == nil {
        try meeting.perform(.openMeeting(MeetingDetails(title: "ELG", date: CalendarDay("2019-10-01")!, place: "Civic Offices", clerk: "Kim")), by: .chair)
    }
    try meeting.perform(.closeMeeting, by: .chair)
}

/// Every representative of the first `count` seats.
func representatives(_ count: Int) -> [PersonID] {
    namedELG.seats.prefix(count).map { namedELG.holders[$0.id]!.representative }
}

/// Runs a short meeting: arrivals, an open meeting, a motion with a vote left open.
func runMeetingWithOpenVote(_ meeting: LiveMeeting) throws {
    var clock = Date(timeIntervalSince1970: 1_570_000_000)
    func at() -> Date { clock += 60; return clock }
    for person in representatives(6) { try meeting.perform(.arrive(person), by: .clerk, at: at()) }
    try meeting.perform(.openMeeting(MeetingDetails(title: "ELG", date: CalendarDay("2019-10-01")!, place: "Civic Offices", clerk: "Kim")), by: .chair, at: at())
    try meeting.perform(.moveMotion(MotionDraft(id: "M1", text: "Accept the banding model", mover: "EOG", rationale: "Review")), by: .chair, at: at())
    try meeting.perform(.openVote("M1"), by: .chair, at: at())
    for seat in namedELG.seats.prefix(3) {
        try meeting.perform(.castVote("M1", seat: seat.id, choice: .inFavour), by: .chair, at: at())
    }
}

/// The built `journal-writer` next to the test bundle.
var journalWriterPath: String {
    let candidates = [
        URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent(),
        Bundle.main.bundleURL, Bundle.main.bundleURL.deletingLastPathComponent(),
    ]
    for folder in candidates {
        let path = folder.appendingPathComponent("journal-writer").path
        if FileManager.default.isExecutableFile(atPath: path) { return path }
    }
    return candidates[0].appendingPathComponent("journal-writer").path
}

/// Starts `journal-writer` and returns the process and its output pipe.
func startWriter(record: String, count: Int, tag: String) throws -> (Process, Pipe) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: journalWriterPath)
    process.arguments = [record, String(count), tag]
    // The writer reads nothing; CI may run with standard input closed.
    process.standardInput = FileHandle.nullDevice
    let output = Pipe()
    process.standardOutput = output
    process.standardError = FileHandle.nullDevice
    try process.run()
    return (process, output)
}

/// The (sequence, text) pairs a writer acknowledged.
func acknowledgements(_ pipe: Pipe) -> [(sequence: Int, text: String)] {
    let text = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    return text.split(separator: "\n").compactMap { line in
        let parts = line.split(separator: " ", maxSplits: 2)
        guard parts.count == 3, parts[0] == "ACK", let sequence = Int(parts[1]) else { return nil }
        return (sequence, String(parts[2]))
    }
}

/// Bytes of a file, to prove a refused file was not touched.
func contents(_ path: String) -> Data { FileManager.default.contents(atPath: path) ?? Data() }
