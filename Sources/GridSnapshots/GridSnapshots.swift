import Foundation
import Testing
import TerminalUI

/// Test support: compares a grid with `__Snapshots__/NAME.txt` beside the calling test file, reviewed by
/// eye. With GAVEL_RECORD_SNAPSHOTS=1 (or when the file is missing) it writes the file instead and records
/// an issue, so a new or changed snapshot is always looked at before it passes.
public func expectSnapshot(
    _ grid: Grid, _ name: String, filePath: String = #filePath, sourceLocation: SourceLocation = #_sourceLocation
) {
    let folder = URL(fileURLWithPath: filePath).deletingLastPathComponent().appendingPathComponent("__Snapshots__")
    let file = folder.appendingPathComponent(name + ".txt")
    // A frame of pipes shows trailing spaces and the grid's exact width.
    let actual = grid.lines.map { "|" + $0 + "|" }.joined(separator: "\n") + "\n"
    let record = ProcessInfo.processInfo.environment["GAVEL_RECORD_SNAPSHOTS"] == "1"
    guard !record, let expected = try? String(contentsOf: file, encoding: .utf8) else {
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try? actual.write(to: file, atomically: true, encoding: .utf8)
        Issue.record("recorded snapshot \(name); review \(file.path) and run again", sourceLocation: sourceLocation)
        return
    }
    if expected != actual {
        let e = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let a = actual.split(separator: "\n", omittingEmptySubsequences: false)
        var diff: [String] = []
        for index in 0..<max(e.count, a.count)
        where (e.indices.contains(index) ? e[index] : "") != (a.indices.contains(index) ? a[index] : "") {
            let want = e.indices.contains(index) ? String(e[index]) : "(none)"
            let got = a.indices.contains(index) ? String(a[index]) : "(none)"
            diff.append("line \(index + 1):\n  expected \(want)\n  actual   \(got)")
        }
        let message = "snapshot \(name) differs (GAVEL_RECORD_SNAPSHOTS=1 re-records):\n" + diff.joined(separator: "\n")
        Issue.record(Comment(rawValue: message), sourceLocation: sourceLocation)
    }
}
