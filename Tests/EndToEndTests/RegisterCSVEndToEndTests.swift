import Foundation
import Testing

/// #25: documents as people receive them: the registers as CSV files, one table each with its header first;
/// the Word minutes never poured onto a terminal.
@Suite("Registers as CSV files, Word minutes to a file")
struct RegisterCSVEndToEndTests {
    private func exampleRecord() throws -> ScratchRecord {
        let record = ScratchRecord()
        let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../examples/elg-october-2019.txt").standardized.path
        #expect(try runChild(gavelPath, ["new", "--db", record.path]).status == 0)
        #expect(try runChild(gavelPath, ["do", "--db", record.path, "--file", script]).status == 0)
        return record
    }

    @Test("#25 A1 N1: attendance as CSV is three files, one table each, header on line 1 after a byte-order mark; to standard output it needs --table")
    func attendanceOneFilePerTable() throws {
        let record = try exampleRecord()
        let target = record.folder + "/attendance.csv"
        #expect(try runChild(gavelPath, ["register", "attendance", "--db", record.path, "--format", "csv", "-o", target]).status == 0)
        for (table, header) in [("people", "Person"), ("seats", "Seat"), ("meetings", "Meeting")] {
            let bytes = try Data(contentsOf: URL(fileURLWithPath: record.folder + "/attendance-\(table).csv"))
            #expect(bytes.starts(with: [0xEF, 0xBB, 0xBF]), "\(table): no byte-order mark")
            let text = String(decoding: bytes.dropFirst(3), as: UTF8.self)
            #expect(text.hasPrefix(header), "\(table): line 1 is not the header: \(text.prefix(60))")
        }
        let refused = try runChild(gavelPath, ["register", "attendance", "--db", record.path, "--format", "csv"], capture: true, captureErrors: true)
        #expect(refused.status != 0 && refused.output.contains("--table"), "\(refused.output)")
        let one = try runChild(gavelPath, ["register", "attendance", "--db", record.path, "--format", "csv", "--table", "meetings", "--no-byte-order-mark"], capture: true)
        #expect(one.status == 0 && one.output.hasPrefix("Meeting,Date,Quorate throughout\r\n"), "\(one.output)")
    }

    @Test("#25 N1: gavel minutes --format docx refuses a terminal and says to use -o; redirected, it writes the Word file")
    func docxNotToATerminal() throws {
        let record = try exampleRecord()
        let tmux = try Tmux(width: 160, height: 20, command: "'\(gavelPath)' minutes --db '\(record.path)' --format docx")
        let screen = tmux.waitFor("FINISHED", seconds: 20)?.joined(separator: "\n") ?? ""
        #expect(screen.contains("-o FILE.docx") && screen.contains("EXIT=64"), "\(screen)")
        #expect(!screen.contains("PK"), "the ZIP's bytes reached the terminal")
        let file = record.folder + "/minutes.docx"
        #expect(try runChild(gavelPath, ["minutes", "--db", record.path, "--format", "docx", "-o", file]).status == 0)
        #expect(try Data(contentsOf: URL(fileURLWithPath: file)).starts(with: [0x50, 0x4B, 0x03, 0x04]), "a ZIP, as a Word file is")
    }
}
