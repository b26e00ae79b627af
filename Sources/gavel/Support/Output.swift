import Foundation
import Glibc
import Synchronization
import TerminalUI

/// The one door for everything gavel prints. Messages quote what people typed, file names and record
/// text, so each goes through SafeText, the same escaping as the screen: only the line breaks gavel puts
/// between lines stay as they are, and an ESC, OSC, C1 or bidi control in a path or a script line is shown,
/// never acted on by the terminal that reads it.
enum Output {
    /// Where errors go: standard error, or the connection's own standard error once `gavel remote` has sent
    /// the process's standard error (crash reports included) to the log.
    private static let errors = Atomic<Int32>(STDERR_FILENO)

    /// A line (or lines) for standard output.
    static func line(_ text: String, terminator: String = "\n") {
        write(SafeText.escapeKeepingLines(text) + terminator, to: STDOUT_FILENO)
    }

    /// A message for standard error.
    static func error(_ text: String) {
        write(SafeText.escapeKeepingLines(text) + "\n", to: errors.load(ordering: .relaxed))
    }

    /// A document a writer made (Markdown, HTML, CSV, JSON, Word), each of which already shows every hazard
    /// in its own syntax and keeps only its own line breaks. To a terminal it is escaped once more, as any
    /// text is; to a file or a pipe it goes byte for byte, so a CSV keeps the returns inside its quoted cells.
    static func document(_ data: Data) {
        if isatty(STDOUT_FILENO) != 0, let text = String(data: data, encoding: .utf8) {
            write(SafeText.escapeKeepingLines(text), to: STDOUT_FILENO)
        } else {
            write(data, to: STDOUT_FILENO)
        }
    }

    /// From now on standard error (and so anything the Swift runtime says as the process dies) goes to
    /// `path`, opened for appending; `error(_:)` still reaches the person through a copy of the old one.
    /// Used by `gavel remote`, whose standard error is a stranger's terminal.
    static func divertStandardError(to path: String) {
        let log = open(path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0o600)
        guard log >= 0 else { return }
        defer { close(log) }
        let original = fcntl(STDERR_FILENO, F_DUPFD_CLOEXEC, 3)
        guard original >= 0, dup2(log, STDERR_FILENO) >= 0 else { return }
        errors.store(original, ordering: .relaxed)
    }

    private static func write(_ text: String, to descriptor: Int32) { write(Data(text.utf8), to: descriptor) }

    /// All of `data`, retrying what a signal or a pipe cut short.
    private static func write(_ data: Data, to descriptor: Int32) {
        data.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = Glibc.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 && errno == EINTR { continue }
                if written <= 0 { return }
                offset += written
            }
        }
    }
}
