import Foundation
import Glibc
import Logging
import TerminalUI

/// Writes log lines to a file, because nothing may go to stdout while ncurses owns the terminal:
/// `2026-11-29T14:05:02Z info gavel: console opened meeting 3 as clerk`. The file is created 0600.
/// One event is one line: the message and its metadata are escaped like the screen's text, so a line
/// break or an escape sequence in a client's request can neither split the line nor act on whoever reads
/// the log in a terminal.
public struct FileLogHandler: LogHandler {
    public var logLevel: Logger.Level = .info
    public var metadata: Logger.Metadata = [:]
    private let label: String
    private let file: FileSink

    public init(label: String, file: FileSink) {
        self.label = label
        self.file = file
    }

    public subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    public func log(event: LogEvent) {
        let stamp = ISO8601DateFormatter().string(from: Date())
        var line = "\(stamp) \(event.level) \(label): \(event.message)"
        let all = metadata.merging(event.metadata ?? [:]) { $1 }
        if !all.isEmpty {
            line += " " + all.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: " ")
        }
        file.write(line: SafeText.escape(line))
    }
}

/// The log file, open for appending. Many processes write it at once (every SSH connection is one), so
/// each line goes out in one write(2) on a descriptor opened with O_APPEND: the kernel then puts the whole
/// line at the end of the file in one step, and lines from different processes never interleave.
public final class FileSink: Sendable {
    private let descriptor: Int32

    public init(path: String) {
        let folder = (path as NSString).deletingLastPathComponent
        try? FileManager.default.createDirectory(
            atPath: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        descriptor = open(path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0o600)
    }

    deinit { if descriptor >= 0 { close(descriptor) } }

    /// `text` and a line feed in one write; a write cut short by a signal is not retried, as its rest
    /// would land after another process's line.
    public func write(line text: String) {
        guard descriptor >= 0 else { return }
        var bytes = Array(text.utf8)
        bytes.append(0x0A)
        while true {
            let written = bytes.withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress, $0.count) }
            if written < 0 && errno == EINTR { continue }
            return
        }
    }
}

public enum GavelLog {
    /// Sends every logger to `<data folder>/gavel.log`. Called once, before the terminal is taken over.
    /// Returns the log's path.
    public static func bootstrap(dataFolder: String) -> String {
        let path = dataFolder + "/gavel.log"
        let sink = FileSink(path: path)
        LoggingSystem.bootstrap { label in FileLogHandler(label: label, file: sink) }
        return path
    }
}
