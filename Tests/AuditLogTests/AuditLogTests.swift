import AuditLog
import Foundation
import Logging
import Testing

@Suite("#23: gavel.log, one whole line per event")
struct AuditLogTests {
    /// The built `log-writer` next to the test bundle.
    private var writerPath: String {
        let folder = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for candidate in [folder, Bundle.main.bundleURL, Bundle.main.bundleURL.deletingLastPathComponent()] {
            let path = candidate.appendingPathComponent("log-writer").path
            if FileManager.default.isExecutableFile(atPath: path) { return path }
        }
        return folder.appendingPathComponent("log-writer").path
    }

    @Test("#23: fifty processes logging at once leave every line whole, each writer's lines in its own order")
    func fiftyWriters() throws {
        let folder = NSTemporaryDirectory() + "gavel-log-" + UUID().uuidString
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let writers = 50, lines = 40
        let processes = try (1...writers).map { index in
            let process = Process()
            process.executableURL = URL(fileURLWithPath: writerPath)
            process.arguments = [folder, "\(lines)", "W\(index)"]
            process.standardInput = FileHandle.nullDevice
            try process.run()
            return process
        }
        // Bounded: a writer that hangs is killed and fails the test rather than holding it up.
        let deadline = Date().addingTimeInterval(60)
        for process in processes {
            while process.isRunning && Date() < deadline { Thread.sleep(forTimeInterval: 0.01) }
            if process.isRunning { process.terminate() }
            #expect(process.terminationStatus == 0)
        }
        let text = try String(contentsOfFile: folder + "/gavel.log", encoding: .utf8)
        let written = text.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        #expect(written.count == writers * lines)
        var next = [String: Int]()
        let shape = /^\S+ info gavel\.test: (W\d+) line (\d+) x{2000} end$/
        for line in written {
            guard let match = try shape.wholeMatch(in: String(line)) else {
                Issue.record("a garbled line: \(line.prefix(120))…")
                continue
            }
            let writer = String(match.1), number = Int(match.2)!
            #expect(number == next[writer, default: 0] + 1, "\(writer)'s lines out of order")
            next[writer] = number
        }
        #expect(next.count == writers && next.values.allSatisfy { $0 == lines })
    }

    @Test("#23: a line break or an escape in a message stays inside its one line, shown, not sent")
    func escapedLine() throws {
        let folder = NSTemporaryDirectory() + "gavel-log-" + UUID().uuidString
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let sink = FileSink(path: folder + "/gavel.log")
        let handler = FileLogHandler(label: "gavel.test", file: sink)
        handler.log(event: LogEvent(level: .info, message: "asked \u{1B}]2;owned\u{07}\nforged line", metadata: ["request": "a\rb"], source: "t", file: #fileID, function: #function, line: #line))
        let text = try String(contentsOfFile: folder + "/gavel.log", encoding: .utf8)
        #expect(text.hasSuffix("info gavel.test: asked ^[]2;owned^G^Jforged line request=a^Mb\n"))
        #expect(text.filter { $0 == "\n" }.count == 1 && !text.contains("\u{1B}"))
    }
}
