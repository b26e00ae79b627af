import Foundation
import TestSupport
import Testing

/// `gavel export` for other programs: the shape Schemas/record-export-v1.schema.json documents, maps as
/// objects keyed by id, and the same bytes every time for the same record.
@Suite("The exported record")
struct ExportEndToEndTests {
    @Test("the fixture with every event kind exports to the same bytes twice, valid against its schema")
    func export() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../..").standardized
        let scratch = ScratchRecord()
        try FileManager.default.copyItem(atPath: root.appendingPathComponent("Tests/MeetingStoreTests/Fixtures/every-event-kind.gavel").path, toPath: scratch.path)
        let first = try runChild(gavelPath, ["export", "--db", scratch.path], capture: true)
        let second = try runChild(gavelPath, ["export", "--db", scratch.path], capture: true)
        #expect(first.status == 0 && !first.output.isEmpty)
        #expect(first.output == second.output, "two exports of one record differ")
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
