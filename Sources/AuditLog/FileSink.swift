import Foundation
import Glibc
import Logging
import TerminalUI

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
