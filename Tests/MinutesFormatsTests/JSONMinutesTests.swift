import TestSupport
import CommandLanguage
import ConstitutionFile
import Foundation
import MeetingKit
import MinutesFormats
import Testing

@Suite("Minutes as JSON, against their schema (N1–N5)")
struct JSONMinutesTests {
    private let schema = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../Schemas/minutes-v1.schema.json").standardized.path
    private let head = JSONMinutes.ChainHead(meeting: 1, eventCount: 71, hash: String(repeating: "ab", count: 32))

    private func json(_ document: MinutesDocument) throws -> Any {
        try JSONSerialization.jsonObject(with: Data(try JSONMinutes.render(document, head: head).utf8))
    }

    @Test("N1–N5: the example meeting's minutes, public and private, and a meeting with matters arising, all validate")
    func validates() throws {
        let validator = try SchemaValidator(file: schema)
        let state = try exampleMeeting()
        for document in [MinutesDocument(state: state), MinutesDocument(state: state, includeConfidential: true)] {
            #expect(validator.errors(in: try json(document)) == [])
        }
        var next = MeetingLog(constitution: state.constitutionForNext, mattersArising: state.mattersArisingForNext(meetingNumber: 1))
        try next.perform(.closeAction("A1.1", note: "Sent"), by: .clerk, at: Date(timeIntervalSince1970: 1_572_000_000))
        let carried = MinutesDocument(state: next.state)
        #expect(carried.mattersArising.count == 2)
        #expect(validator.errors(in: try json(carried)) == [])
    }

    @Test("the schema check can fail: a missing key, a wrong type, a bad choice and (#25 V5) a bare stage word are each found")
    func validatorFails() throws {
        let validator = try SchemaValidator(file: schema)
        var root = try #require(try json(MinutesDocument(state: try exampleMeeting())) as? [String: Any])
        var minutes = try #require(root["minutes"] as? [String: Any])
        minutes["quorum"] = nil
        minutes["includesConfidential"] = "no"
        var items = try #require(minutes["items"] as? [[String: Any]])
        var motions = try #require(items[1]["motions"] as? [[String: Any]])
        var votes = try #require(motions[0]["votes"] as? [[String: Any]])
        votes[0]["choice"] = "maybe"
        motions[0]["votes"] = votes
        motions[0]["stage"] = "moved"
        items[1]["motions"] = motions
        minutes["items"] = items
        root["minutes"] = minutes
        let errors = validator.errors(in: root)
        #expect(errors.contains("$.minutes: missing quorum"))
        #expect(errors.contains("$.minutes.includesConfidential: expected boolean"))
        #expect(errors.contains { $0.hasPrefix("$.minutes.items[1].motions[0].votes[0].choice: not one of") })
        // #25 V5: a motion's stage is one of the minutes' own phrasings, not a bare word.
        #expect(errors.contains { $0.hasPrefix("$.minutes.items[1].motions[0].stage: not one of") }, "\(errors)")
    }

    @Test("N4: the public JSON matches the reviewed file and leaves out the confidential note; V2: the tie is there as not carried")
    func content() throws {
        let text = try JSONMinutes.render(MinutesDocument(state: try exampleMeeting()), head: head)
        expectGolden(text, "elg-october-2019.json")
        #expect(!text.contains("named child"))
        #expect(text.contains("\"format\" : \"gavel-minutes/1\""))
        #expect(text.contains("\"reason\" : \"tied 3–3: a tie is not carried\""))
    }
}
