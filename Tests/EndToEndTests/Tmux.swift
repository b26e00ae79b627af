import Foundation

/// Drives the real `gavel` binary in a detached tmux session, as a person at a terminal would: keys in
/// with send-keys, the screen back with capture-pane.
final class Tmux {
    let name = "gavel-e2e-" + UUID().uuidString.prefix(8)

    /// Starts `command` in a shell in a new session of the given size.
    init(width: Int, height: Int, command: String) throws {
        // The shell traps SIGINT (a no-op) so that Ctrl-C reaches gavel but the shell lives to report.
        try Self.run(["new-session", "-d", "-s", name, "-x", "\(width)", "-y", "\(height)", "sh", "-c", "trap : INT; " + command + "; echo EXIT=$?; stty -a | tr ' ' '\\n' | grep -x -e icanon -e echo | tr '\\n' ' '; echo; echo FINISHED; sleep 30"])
    }

    deinit { _ = try? Self.run(["kill-session", "-t", name]) }

    func send(_ keys: String...) throws { try Self.run(["send-keys", "-t", name] + keys) }

    /// Sends text literally (no key names).
    func type(_ text: String) throws { try Self.run(["send-keys", "-t", name, "-l", text]) }

    func resize(width: Int, height: Int) throws { try Self.run(["resize-window", "-t", name, "-x", "\(width)", "-y", "\(height)"]) }

    var screen: [String] { ((try? Self.run(["capture-pane", "-p", "-t", name], capture: true)) ?? "").components(separatedBy: "\n") }

    /// Waits until the screen shows `text`; returns the screen, or nil after `seconds`.
    @discardableResult
    func waitFor(_ text: String, seconds: Double = 5) -> [String]? {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            let lines = screen
            if lines.contains(where: { $0.contains(text) }) { return lines }
            Thread.sleep(forTimeInterval: 0.05)
        }
        return nil
    }

    /// Runs a tmux client. Output is read only when asked for: `new-session` starts the tmux server,
    /// which would keep a captured pipe open for as long as it runs.
    @discardableResult
    static func run(_ arguments: [String], capture: Bool = false) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["tmux", "-u"] + arguments
        let output = Pipe()
        process.standardOutput = capture ? output : FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = capture ? output.fileHandleForReading.readDataToEndOfFile() : Data()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
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
