import Foundation

/// Runs a program to its end, as the tests' one way of starting a child. Standard input is /dev/null:
/// the tests never type into a child except through tmux. A child still running after `timeout` seconds
/// is killed, so a hung one fails its test instead of holding up the suite.
@discardableResult
func runChild(_ executable: String, _ arguments: [String], capture: Bool = false, captureErrors: Bool = false, timeout: TimeInterval = 300) throws -> (status: Int32, output: String) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    process.standardInput = FileHandle.nullDevice
    let output = Pipe()
    process.standardOutput = capture || captureErrors ? output : FileHandle.nullDevice
    process.standardError = captureErrors ? output : FileHandle.nullDevice
    try process.run()
    let pid = process.processIdentifier
    let deadline = DispatchWorkItem { kill(pid, SIGKILL) }
    DispatchQueue.global().asyncAfter(deadline: .now() + timeout, execute: deadline)
    defer { deadline.cancel() }
    // Read before waiting, so a child with much to say is never blocked on a full pipe.
    let data = capture || captureErrors ? output.fileHandleForReading.readDataToEndOfFile() : Data()
    process.waitUntilExit()
    return (process.terminationStatus, String(decoding: data, as: UTF8.self))
}
