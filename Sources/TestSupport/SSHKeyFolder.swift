import Foundation

/// A temporary folder of SSH keys made by the real ssh-keygen, and signatures it signs; removed with it.
public final class SSHKeyFolder {
    public let path: String

    public init() throws {
        path = FileManager.default.temporaryDirectory.appendingPathComponent("gavel-keys-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }

    /// Makes a key pair named `name`; returns its .pub file.
    public func make(_ name: String, type: String) throws -> String {
        var arguments = ["-q", "-t", type, "-N", "", "-C", "\(name)@gavel-test", "-f", "\(path)/\(name)"]
        if type == "ecdsa" { arguments += ["-b", "256"] }
        if type == "rsa" { arguments += ["-b", "2048"] }
        _ = try run("ssh-keygen", arguments)
        return "\(path)/\(name).pub"
    }

    public func sign(_ message: String, with name: String, namespace: String) throws -> String {
        let file = "\(path)/message-\(UUID().uuidString)"
        try Data(message.utf8).write(to: URL(fileURLWithPath: file))
        _ = try run("ssh-keygen", "-q", "-Y", "sign", "-f", "\(path)/\(name)", "-n", namespace, file)
        return try String(contentsOfFile: file + ".sig", encoding: .utf8)
    }

    public func run(_ tool: String, _ arguments: String...) throws -> String { try run(tool, arguments) }

    public func run(_ tool: String, _ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/\(tool)")
        process.arguments = arguments
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        try process.run()
        // Bounded: a tool that hangs is killed, and the test fails instead of holding up the suite.
        let pid = process.processIdentifier
        let deadline = DispatchWorkItem { kill(pid, SIGKILL) }
        DispatchQueue.global().asyncAfter(deadline: .now() + 60, execute: deadline)
        defer { deadline.cancel() }
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw ToolFailed(tool: tool, status: process.terminationStatus) }
        return String(decoding: data, as: UTF8.self)
    }
}
