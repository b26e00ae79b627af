import ArgumentParser
import Foundation
import MeetingKit
import MeetingStore
import SSHKeys
import TerminalUI
import TextHazards

/// The forced command sshd runs for a key: `gavel remote` told which record and which key.
enum RemoteCommandLine {
    /// By scalar, not Character: a quote followed by a joiner or a mark is one Character, which would
    /// compare equal to no quote and slip into the command line.
    static func isQuotable(_ path: String) -> Bool {
        !path.unicodeScalars.contains { "'\"\\".unicodeScalars.contains($0) || TextHazard.of($0) != nil }
    }

    /// The backtracer is switched off in the command itself (see `Backtracer`), so a crash or Ctrl-\ can
    /// never show a connected stranger source paths or a prompt into the process's memory.
    static func authorizedLine(_ key: AuthorizedKey, binary: String, database: String) -> String {
        let command = "SWIFT_BACKTRACE=\(Backtracer.off) '\(binary)' remote --db '\(database)' --key \(key.fingerprint)"
        return "restrict,pty,command=\"\(command)\" \(key.algorithm) \(key.publicKey) gavel:\(key.fingerprint)"
    }
}
