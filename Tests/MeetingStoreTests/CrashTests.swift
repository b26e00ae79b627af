import Foundation
import MeetingKit
import Testing
@testable import MeetingStore

@Suite("Crashes and racing processes (real child processes)")
struct CrashTests {
    @Test("SIGKILL at random points, many times: every acknowledged event survives, the chain verifies, the fold matches")
    func killMidWrite() throws {
        let folder = TemporaryFolder()
        let path = folder.file("elg.gavel")
        _ = try makeRecord(at: path)
        var generator = SystemRandomNumberGenerator()
        var acknowledged: [(sequence: Int, text: String)] = []
        // Twelve rounds in CI; GAVEL_CRASH_ROUNDS=300 swift test --filter killMidWrite for the campaign in the README.
        let rounds = ProcessInfo.processInfo.environment["GAVEL_CRASH_ROUNDS"].flatMap(Int.init) ?? 12
        for round in 1...rounds {
            let (process, output) = try startWriter(record: path, count: 0, tag: "round\(round)")
            Thread.sleep(forTimeInterval: Double.random(in: 0.05...0.4, using: &generator))
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            #expect(process.terminationReason == .uncaughtSignal)
            acknowledged += acknowledgements(output)
        }
        #expect(acknowledged.count > rounds, "the writers should have committed something before being killed")
        let store = try RecordStore.open(path: path)
        let meeting = try LiveMeeting(store: store, number: 1)
        let stored = Dictionary(uniqueKeysWithValues: meeting.events.compactMap { event -> (Int, String)? in
            if case .noted(let text) = event.payload { (event.sequence, text.text) } else { nil }
        })
        let lost = acknowledged.filter { stored[$0.sequence] != $0.text }
        #expect(lost.isEmpty, "acknowledged events lost: \(lost.map(\.sequence))")
        print("crash campaign: \(rounds) SIGKILLs, \(acknowledged.count) events acknowledged, \(acknowledged.count - lost.count) found, \(meeting.events.count) stored")
        #expect(meeting.events.map(\.sequence) == Array(1...meeting.events.count))
        #expect(try store.verify().isIntact)
        let refolded = MeetingState.fold(constitution: namedELG, isFirstOfSeries: true, events: meeting.events)
        #expect(refolded == meeting.state)
    }

    @Test("two writer processes racing on one meeting lose nothing and never share a sequence number")
    func twoWriters() throws {
        let folder = TemporaryFolder()
        let path = folder.file("elg.gavel")
        _ = try makeRecord(at: path)
        let (first, firstOutput) = try startWriter(record: path, count: 150, tag: "chair")
        let (second, secondOutput) = try startWriter(record: path, count: 150, tag: "clerk")
        let firstAcks = acknowledgements(firstOutput)
        let secondAcks = acknowledgements(secondOutput)
        first.waitUntilExit()
        second.waitUntilExit()
        #expect(first.terminationStatus == 0 && second.terminationStatus == 0)
        #expect(firstAcks.count == 150 && secondAcks.count == 150)
        let meeting = try LiveMeeting(store: try RecordStore.open(path: path), number: 1)
        #expect(meeting.events.count == 300)
        #expect(Set((firstAcks + secondAcks).map(\.sequence)).count == 300)
        let texts = Set(meeting.events.compactMap { if case .noted(let t) = $0.payload { t.text } else { nil } })
        #expect(texts == Set((firstAcks + secondAcks).map(\.text)))
        #expect(try RecordStore.open(path: path).verify().isIntact)
    }
}
