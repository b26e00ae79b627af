import Foundation
import TestSupport
import Testing

/// `gavel export` for other programs: the shape Schemas/record-export-v1.schema.json documents, maps as
/// objects keyed by id, and the same bytes every time for the same record.
@Suite("The exported record")
struct ExportEndToEndTests {
    @Test("the fixture with every event kind exports to the same bytes twice, valid against its schema; #25 V1 A4: -o FILE and > FILE give one byte sequence, and a vote of maybe or a head of zz fails the schema, in Python's jsonschema too")
    func export() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../..").standardized
        let scratch = ScratchRecord()
        try FileManager.default.copyItem(atPath: root.appendingPathComponent("Tests/MeetingStoreTests/Fixtures/every-event-kind.gavel").path, toPath: scratch.path)
        let first = try runChild(gavelPath, ["export", "--db", scratch.path], capture: true)
        let second = try runChild(gavelPath, ["export", "--db", scratch.path], capture: true)
        #expect(first.status == 0 && !first.output.isEmpty)
        #expect(first.output == second.output, "two exports of one record differ")
        // #25: `-o FILE` writes the very bytes `> FILE` does, final newline included.
        let file = scratch.path + ".json"
        defer { try? FileManager.default.removeItem(atPath: file) }
        #expect(try runChild(gavelPath, ["export", "--db", scratch.path, "-o", file]).status == 0)
        #expect(try Data(contentsOf: URL(fileURLWithPath: file)) == Data(first.output.utf8), "export -o differs from export > FILE")
        let value = try JSONSerialization.jsonObject(with: Data(first.output.utf8))
        let validator = try SchemaValidator(file: root.appendingPathComponent("Schemas/record-export-v1.schema.json").path)
        #expect(validator.errors(in: value).isEmpty, "\(validator.errors(in: value).prefix(5))")
        let people = ((value as? [String: Any])?["constitution"] as? [String: Any])?["people"]
        #expect(people is [String: Any], "people is a map keyed by id, not an array")
        // The validator can fail: a payload with two kinds is refused.
        var broken = try #require(value as? [String: Any])
        var meetings = try #require(broken["meetings"] as? [[String: Any]])
        var events = try #require(meetings[0]["events"] as? [[String: Any]])
        events[0]["payload"] = ["noted": [:], "arrived": [:]]
        meetings[0]["events"] = events
        broken["meetings"] = meetings
        #expect(!validator.errors(in: broken).isEmpty)
        // #25: enumerated fields and hashes inside payloads are checked too: a vote of "maybe" fails.
        var maybe = try #require(value as? [String: Any])
        var maybeMeetings = try #require(maybe["meetings"] as? [[String: Any]])
        var maybeEvents = try #require(maybeMeetings[0]["events"] as? [[String: Any]])
        let castAt = try #require(maybeEvents.firstIndex { ($0["payload"] as? [String: Any])?["voteCast"] != nil })
        maybeEvents[castAt]["payload"] = ["voteCast": ["_0": ["capacity": "representative", "choice": "maybe", "motion": "M1", "seat": "early-years", "voter": "x"]]]
        maybeMeetings[0]["events"] = maybeEvents
        maybe["meetings"] = maybeMeetings
        #expect(validator.errors(in: maybe).contains { $0.contains("choice") }, "\(validator.errors(in: maybe))")
        var badHead = try #require(value as? [String: Any])
        badHead["access"] = [["sequence": 1, "time": "2019-10-01T14:00:00Z", "payload": ["minutesSigned": ["_0": [
            "meeting": 1, "eventCount": 3, "head": "zz", "fingerprint": "SHA256:" + String(repeating: "A", count: 43), "signature": "s"]]]]]
        #expect(validator.errors(in: badHead).contains { $0.contains("head") }, "\(validator.errors(in: badHead))")
        // Python's jsonschema, as another system reads the schema: the export passes; "maybe" and "zz" fail.
        let schema = root.appendingPathComponent("Schemas/record-export-v1.schema.json").path
        let verdicts = try [value, maybe, badHead].map { document in
            let file = scratch.path + "-\(UUID().uuidString).json"
            defer { try? FileManager.default.removeItem(atPath: file) }
            try JSONSerialization.data(withJSONObject: document).write(to: URL(fileURLWithPath: file))
            return try runChild("/usr/bin/python3", ["-c", """
                import json, sys, jsonschema
                try:
                    jsonschema.validate(json.load(open(sys.argv[2])), json.load(open(sys.argv[1])))
                    print("valid")
                except jsonschema.ValidationError:
                    print("invalid")
                """, schema, file], capture: true).output.trimmingCharacters(in: .whitespacesAndNewlines)
        }
        #expect(verdicts == ["valid", "invalid", "invalid"], "python3-jsonschema (which .ci/run installs): \(verdicts)")
    }

    @Test("#22, N4: the action register is a public output checked for a child's personal data like the minutes; --allow writes it anyway")
    func actionRegisterPrivacy() throws {
        let record = ScratchRecord()
        #expect(try runChild(gavelPath, ["new", "--db", record.path]).status == 0)
        #expect(try runChild(gavelPath, ["do", "--db", record.path, "action \"Write to pupil A123456789012's school\" who=Kim due=2019-11-01"]).status == 0)
        let refused = try runChild(gavelPath, ["actions", "--db", record.path], captureErrors: true)
        #expect(refused.status == 1)
        #expect(refused.output.contains("looks like a Unique Pupil Number (A123456789012)"), "\(refused.output)")
        #expect(refused.output.contains("not written"))
        let allowed = try runChild(gavelPath, ["actions", "--db", record.path, "--allow"], capture: true)
        #expect(allowed.status == 0 && allowed.output.contains("A123456789012"))
    }
}
