import Foundation
import Testing

/// #25: `gavel register … --format csv` as a spreadsheet receives it: one table per file, its header first.
@Suite("Registers as CSV files")
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
}
