import Foundation

/// Drives the real `gavel` binary in a detached tmux session, as a person at a terminal would: keys in
/// with send-keys, the screen back with capture-pane.
///
/// Each session has a tmux server of its own (its own socket, no configuration file), so tests running at
/// the same time never meet a server that another test's last session is shutting down.
final class Tmux {
    let name = "gavel-e2e-" + UUID().uuidString.prefix(8)

    /// Starts `command` in a shell in a new session of the given size.
    init(width: Int, height: Int, command: String) throws {
        // The shell traps SIGINT and SIGQUIT (a no-op) so that Ctrl-C and Ctrl-\ reach gavel but the shell lives
        // to report.
        try run(["new-session", "-d", "-s", name, "-x", "\(width)", "-y", "\(height)", "sh", "-c", "trap : INT QUIT; " + command + "; echo EXIT=$?; stty -a | tr ' ' '\\n' | grep -x -e icanon -e echo | tr '\\n' ' '; echo; echo FINISHED; sleep 30"])
    }

    // Ending its one session ends the server too; tmux leaves the socket file behind.
    deinit {
        _ = try? run(["kill-session", "-t", name])
        let folder = ProcessInfo.processInfo.environment["TMUX_TMPDIR"] ?? "/tmp"
        try? FileManager.default.removeItem(atPath: "\(folder)/tmux-\(getuid())/\(name)")
    }

    /// Ends the session at once, as a dropped connection or a closed window would.
    func kill() { _ = try? run(["kill-session", "-t", name]) }

    func send(_ keys: String...) throws { try run(["send-keys", "-t", name] + keys) }

    /// Sends text literally (no key names).
    func type(_ text: String) throws { try run(["send-keys", "-t", name, "-l", text]) }

    /// Sends raw bytes, by hex (`1c` is Ctrl-\), as a terminal would for a key tmux has no name for.
    func sendBytes(_ hex: String...) throws { try run(["send-keys", "-t", name, "-H"] + hex) }

    /// Whether the pane shows the alternate screen, which a full-screen program leaves when it ends well.
    var alternateScreen: Bool { ((try? run(["display-message", "-p", "-t", name, "#{alternate_on}"], capture: true)) ?? "").hasPrefix("1") }

    /// The pane's shell; the program under test is its child.
    var shellPID: Int32 { Int32(((try? run(["display-message", "-p", "-t", name, "#{pane_pid}"], capture: true)) ?? "").trimmingCharacters(in: .whitespacesAndNewlines)) ?? 0 }

    func resize(width: Int, height: Int) throws { try run(["resize-window", "-t", name, "-x", "\(width)", "-y", "\(height)"]) }

    var screen: [String] { ((try? run(["capture-pane", "-p", "-t", name], capture: true)) ?? "").components(separatedBy: "\n") }

    /// Waits until the screen shows `text`; returns the screen, or nil after `seconds`.
    @discardableResult
    func waitFor(_ text: String, seconds: Double = 5) -> [String]? {
        waitUntil(seconds: seconds) { lines in lines.contains { $0.contains(text) } }
    }

    /// Waits until the screen satisfies `condition`; returns the screen, or nil after `seconds`.
    @discardableResult
    func waitUntil(seconds: Double = 5, _ condition: ([String]) -> Bool) -> [String]? {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            let lines = screen
            if condition(lines) { return lines }
            Thread.sleep(forTimeInterval: 0.05)
        }
        return nil
    }

    /// Runs a tmux client. Output is read only when asked for: `new-session` starts the tmux server,
    /// which would keep a captured pipe open for as long as it runs.
    ///
    /// The client starts through bash, which first closes every descriptor above standard error. On Linux,
    /// Foundation's `Process` learns that a child has exited when the child's copy of a socket closes, and
    /// tmux's server, forked from the client, would otherwise inherit that socket and keep it open:
    /// `waitUntilExit` would wait for the server, which waits for the test (swift-corelibs-foundation 4795).
    @discardableResult
    private func run(_ arguments: [String], capture: Bool = false) throws -> String {
        let closeInherited = #"for fd in /proc/self/fd/*; do n=${fd##*/}; [ "$n" -gt 2 ] && eval "exec $n>&-"; done 2>/dev/null; exec "$@""#
        return try runChild("/bin/bash", ["-c", closeInherited, "bash", "tmux", "-u", "-L", name, "-f", "/dev/null"] + arguments, capture: capture).output
    }
}

/// The built `gavel` next to the test bundle.
var gavelPath: String {
    let folder = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
    for candidate in [folder, Bundle.main.bundleURL, Bundle.main.bundleURL.deletingLastPathComponent()] {
        let path = candidate.appendingPathComponent("gavel").path
        if FileManager.default.isExecutableFile(atPath: path) { return path }
    }
    return folder.appendingPathComponent("gavel").path
}

/// A fresh record path in a folder removed afterwards.
final class ScratchRecord {
    let folder = NSTemporaryDirectory() + "gavel-e2e-" + UUID().uuidString
    var path: String { folder + "/elg.gavel" }
    init() { try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true) }
    deinit { try? FileManager.default.removeItem(atPath: folder) }
}
