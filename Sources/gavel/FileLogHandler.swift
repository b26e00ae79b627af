import Foundation
import Logging
import Synchronization

/// Writes log lines to a file, because nothing may go to stdout while ncurses owns the terminal:
/// `2026-11-29T14:05:02Z info gavel: console opened meeting 3 as clerk`. The file is created 0600.
struct FileLogHandler: LogHandler {
    var logLevel: Logger.Level = .info
    var metadata: Logger.Metadata = [:]
    private let label: String
    private let file: FileSink

    init(label: String, file: FileSink) {
        self.label = label
        self.file = file
    }

    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    func log(event: LogEvent) {
        let stamp = ISO8601DateFormatter().string(from: Date())
        var line = "\(stamp) \(event.level) \(label): \(event.message)"
        let all = metadata.merging(event.metadata ?? [:]) { $1 }
        if !all.isEmpty { line += " " + all.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: " ") }
        file.write(line + "\n")
    }
}

/// One open log file shared by every logger of the process.
final class FileSink: Sendable {
    private let handle: Mutex<FileHandle?>

    init(path: String) {
        let folder = (path as NSString).deletingLastPathComponent
        try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        if !FileManager.default.fileExists(atPath: path) {
            _ = FileManager.default.createFile(atPath: path, contents: nil, attributes: [.posixPermissions: 0o600])
        }
        let opened = FileHandle(forWritingAtPath: path)
        _ = try? opened?.seekToEnd()
        handle = Mutex(opened)
    }

    func write(_ text: String) {
        handle.withLock { handle in _ = try? handle?.write(contentsOf: Data(text.utf8)) }
    }
}

enum GavelLog {
    /// Sends every logger to `<data folder>/gavel.log`. Called once, before the terminal is taken over.
    static func bootstrap(dataFolder: String) -> String {
        let path = dataFolder + "/gavel.log"
        let sink = FileSink(path: path)
        LoggingSystem.bootstrap { label in FileLogHandler(label: label, file: sink) }
        return path
    }
}
