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
