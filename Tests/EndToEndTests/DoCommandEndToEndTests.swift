import Foundation
import Testing

/// `gavel do` as scripts and shells use it: arguments are commands, never options; a refusal leaves the
/// record exactly as it was.
@Suite("gavel do, hostile arguments and scripts")
struct DoCommandEndToEndTests {
    private func record() throws -> ScratchRecord {
        let record = ScratchRecord()
        #expect(try runChild(gavelPath, ["new", "--db", record.path]).status == 0)
        #expect(try runChild(gavelPath, ["do", "--db", record.path, "arrive finance.rep", "open \"ELG\""]).status == 0)
        return record
    }

    private func bytes(_ path: String) -> Data { FileManager.default.contents(atPath: path) ?? Data() }

    @Test("after the first command every argument is a command: '-17ote' is refused as one, exit 1, nothing recorded")
    func dashedArgument() throws {
        let record = try record()
        let before = bytes(record.path)
        let run = try runChild(gavelPath, ["do", "--db", record.path, "note \"first\"", "-17ote"], captureErrors: true)
        #expect(run.status == 1)
        #expect(run.output.contains("unknown command '-17ote'") && run.output.contains("Nothing was recorded."))
        #expect(bytes(record.path) == before, "a refused do changed the file")
        #expect(!FileManager.default.fileExists(atPath: record.path + "-wal"), "a refused do left a log beside the file")
        let help = try runChild(gavelPath, ["do", "--db", record.path, "note \"x\"", "--help"], captureErrors: true)
        #expect(help.status == 1, "--help after a command is a command, and not a known one")
        for asked in ["--help", "-h"] {
            let first = try runChild(gavelPath, ["do", "--db", record.path + ".absent", asked], captureErrors: true)
            #expect(first.status == 0 && first.output.contains("USAGE: gavel do"), "\(asked) first asks for help, with or without a record: \(first.output)")
        }
        let dashed = try runChild(gavelPath, ["do", "--db", record.path, "--", "note \"-17 votes, noted\""], captureErrors: true)
        #expect(dashed.status == 0, "\(dashed.output)")
    }

    @Test("a refusal by the record leaves the file byte for byte as it was")
    func refusalUntouched() throws {
        let record = try record()
        let before = bytes(record.path)
        let run = try runChild(gavelPath, ["do", "--db", record.path, "vote open M9"], captureErrors: true)
        #expect(run.status == 1)
        #expect(bytes(record.path) == before)
    }

    @Test("a script that is not UTF-8 says so, exit 1, not a usage message")
    func notUTF8() throws {
        let record = try record()
        let script = record.folder + "/script.txt"
        try Data("note \"caf".utf8 + [0xE9] + Data("\"\n".utf8)).write(to: URL(fileURLWithPath: script))
        let run = try runChild(gavelPath, ["do", "--db", record.path, "--file", script], captureErrors: true)
        #expect(run.status == 1)
        #expect(run.output.contains("is not UTF-8 text") && !run.output.contains("USAGE"))
    }
}
