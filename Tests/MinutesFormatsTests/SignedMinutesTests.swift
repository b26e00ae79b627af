import Foundation
import MeetingKit
import MinutesFormats
import Testing
import TestSupport

@Suite("The chair's signature at the foot of the minutes")
struct SignedMinutesTests {
    private let signature = MinutesOutline.Signature(
        chair: "Chris Chair", fingerprint: "SHA256:" + String(repeating: "A", count: 43), eventCount: 71,
        armored: "-----BEGIN SSH SIGNATURE-----\nU1NIU0lH\nAAAAAQ==\n-----END SSH SIGNATURE-----")

    @Test("Markdown and HTML (and Word, from the same outline) print who signed, with which key and at which event, and every line of the signature")
    func printed() throws {
        let document = MinutesDocument(state: try exampleMeeting())
        let utc = TimeZone(identifier: "UTC")!
        let markdown = MarkdownMinutes.render(document, head: "meeting 1, 71 events, head ab", signature: signature, timeZone: utc)
        let html = HTMLMinutes.render(document, head: "meeting 1", signature: signature, timeZone: utc)
        for text in [markdown, html] {
            #expect(text.contains("Signed by the chair, Chris Chair, with key \(signature.fingerprint), over the record at event 71"))
            for line in signature.armored.split(separator: "\n") { #expect(text.contains(line)) }
        }
        #expect(!MarkdownMinutes.render(document, head: "h", timeZone: utc).contains("Signed by the chair"))
    }

    @Test("#25 V5: a chair who signed twice (before and after a correction) has both signatures printed, the earlier first")
    func everySignature() throws {
        let earlier = MinutesOutline.Signature(chair: "Chris Chair", fingerprint: signature.fingerprint, eventCount: 70,
                                               armored: "-----BEGIN SSH SIGNATURE-----\nRUFSTElFUg==\n-----END SSH SIGNATURE-----")
        let text = MarkdownMinutes.render(MinutesDocument(state: try exampleMeeting()), head: "h", signature: signature, earlierSignatures: [earlier],
                                          timeZone: TimeZone(identifier: "UTC")!)
        let first = try #require(text.range(of: "over the record at event 70"))
        let second = try #require(text.range(of: "over the record at event 71"))
        #expect(first.upperBound < second.lowerBound)
        #expect(text.contains("RUFSTElFUg==") && text.contains("U1NIU0lH"))
        // JSON carries the earlier ones beside the latest, and still validates.
        let schema = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../Schemas/minutes-v1.schema.json").standardized.path
        let json = try JSONMinutes.render(MinutesDocument(state: try exampleMeeting()), head: JSONMinutes.ChainHead(meeting: 1, eventCount: 71, hash: String(repeating: "ab", count: 32)),
                                          signature: signature, earlierSignatures: [earlier])
        let value = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect((value["earlierSignatures"] as? [[String: Any]])?.first?["eventCount"] as? Int == 70)
        #expect(try SchemaValidator(file: schema).errors(in: value).isEmpty)
    }

    @Test("JSON carries the signature in its own object, and still validates against the schema")
    func json() throws {
        let schema = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../Schemas/minutes-v1.schema.json").standardized.path
        let head = JSONMinutes.ChainHead(meeting: 1, eventCount: 71, hash: String(repeating: "ab", count: 32))
        let text = try JSONMinutes.render(MinutesDocument(state: try exampleMeeting()), head: head, signature: signature)
        let root = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        let signed = try #require(root["signature"] as? [String: Any])
        #expect(signed["armored"] as? String == signature.armored)
        #expect(signed["namespace"] as? String == "gavel-minutes")
        #expect(try SchemaValidator(file: schema).errors(in: root) == [])
    }
}
