import Foundation
import MeetingKit
@testable import MinutesFormats
import Testing

/// The Word minutes, read back by a real consumer: python-docx (Debian's python3-docx, which .ci/run
/// installs), run by the system's Python.
@Suite("The minutes as a Word document")
struct DocxMinutesTests {
    /// What python-docx sees: styles of paragraphs, headings, tables as text, header and footer, as JSON.
    private func readBack(_ data: Data) throws -> [String: Any] {
        let folder = NSTemporaryDirectory() + "gavel-docx-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let file = folder + "/minutes.docx"
        try data.write(to: URL(fileURLWithPath: file))
        let script = """
            import docx, json, sys
            d = docx.Document(sys.argv[1])
            print(json.dumps({
                "styles": sorted({p.style.name for p in d.paragraphs}),
                "headings": [p.text for p in d.paragraphs if p.style.name == "Heading 1"],
                "title": [p.text for p in d.paragraphs if p.style.name == "Title"],
                "text": "\\n".join(p.text for p in d.paragraphs),
                "tables": [[[c.text for c in row.cells] for row in t.rows] for t in d.tables],
                "header": "\\n".join(p.text for p in d.sections[0].header.paragraphs),
                "footer": "\\n".join(p.text for p in d.sections[0].footer.paragraphs),
                "core": {"title": d.core_properties.title, "subject": d.core_properties.subject,
                         "author": d.core_properties.author,
                         "created": d.core_properties.created.isoformat() if d.core_properties.created else None},
            }))
            """
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/python3")
        process.arguments = ["-c", script, file]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let json = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        try #require(process.terminationStatus == 0, "python-docx could not read the document (is python3-docx installed?)")
        return try #require(try JSONSerialization.jsonObject(with: json) as? [String: Any])
    }

    @Test("N1–N5, N4: headings, named votes, actions and risks as tables, CONFIDENTIAL on every page of the private record, the chain head in the footer")
    func privateRecord() throws {
        let state = try exampleMeeting()
        let head = "meeting 1, 58 events, head abc123"
        let data = try DocxMinutes.render(MinutesDocument(state: state, includeConfidential: true), head: head, timeZone: TimeZone(identifier: "UTC")!)
        let read = try readBack(data)
        #expect((read["title"] as? [String])?.first?.hasPrefix("Minutes: ELG, October 2019") == true)
        let headings = read["headings"] as? [String] ?? []
        for heading in ["Attendance", "Quorum", "Item 1: High Needs Block banding proposal", "Actions", "Risk register", "Corrections"] {
            #expect(headings.contains(heading), "no heading \(heading): \(headings)")
        }
        #expect(Set(read["styles"] as? [String] ?? []).isSuperset(of: ["Title", "Heading 1", "List Bullet"]))
        let tables = read["tables"] as? [[[String]]] ?? []
        #expect(tables.contains { $0.first == ["Seat (named votes)", "Cast by", "Vote"] && $0.contains(["Special Schools", "Pat Proxy, proxy (keyed by the chair)", "for"]) })
        #expect(tables.contains { $0.first == ["Action", "What", "Who", "By when"] })
        #expect(tables.contains { $0.first?.first == "Risk" && $0.count == 2 })
        #expect((read["header"] as? String) == "CONFIDENTIAL: the private record (N4). Not for circulation.")
        #expect((read["footer"] as? String)?.hasPrefix("Record: \(head).") == true)
        #expect((read["text"] as? String)?.contains("A named child's placement was discussed.") == true)
        // #25 N1: the file's own properties, as Word's File > Info and python-docx show them.
        let core = read["core"] as? [String: Any] ?? [:]
        #expect(core["title"] as? String == "Minutes: ELG, October 2019", "\(core)")
        #expect(core["subject"] as? String == "Education Leadership Group (ELG), Work Project 1: High Needs Block Review", "\(core)")
        #expect(core["author"] as? String == "Kim Clerk", "\(core)")
        #expect((core["created"] as? String)?.hasPrefix("2019-10-01T14:00:00") == true, "the meeting's date and time: \(core)")
        #expect(try DocxMinutes.render(MinutesDocument(state: state, includeConfidential: true), head: head, timeZone: TimeZone(identifier: "UTC")!) == data,
                "the same minutes make the same bytes")
    }

    @Test("N4: the public document leaves the confidential item out and has no CONFIDENTIAL header; hazards are shown, not written")
    func publicRecord() throws {
        let state = try exampleMeeting()
        let read = try readBack(try DocxMinutes.render(MinutesDocument(state: state), head: "h", timeZone: TimeZone(identifier: "UTC")!))
        #expect((read["header"] as? String) == "")
        #expect((read["text"] as? String)?.contains("A named child's placement") == false)
        #expect(DocxMinutes.escape("a\u{1B}[31m\u{202E}<b>&") == "a&lt;U+001B&gt;[31m&lt;U+202E&gt;&lt;b&gt;&amp;")
    }
}
