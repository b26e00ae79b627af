import Console
import Foundation
import MeetingKit
import NcursesBackend
import TerminalUI

/// The terminal layer's figures: composing a busy 200x60 frame, and what ncurses writes when one row changes.
enum TerminalBenchmarks {
    static func run(constitution: Constitution) throws {
        var log = MeetingLog(constitution: constitution)
        let now = Date()
        for seat in constitution.seats {
            _ = try? log.perform(.arrive(constitution.holders[seat.id]!.representative), by: .clerk, at: now)
        }
        let model = ConsoleModel(state: log.state, meetingNumber: 1, role: .clerk, now: now)
        var sink = 0
        let compose = measure(runs: 201) { sink &+= ConsoleView.render(model, width: 200, height: 60).grid.cells.count }
        print(String(format: "compose a full 200x60 console frame: median %.3f ms (goal under 1 ms)", compose * 1000))

        // Bytes: a headless ncurses screen writing to a file, one frame, then a frame with one row changed.
        let path = NSTemporaryDirectory() + "gavel-bench-terminal-\(UUID().uuidString)"
        _ = FileManager.default.createFile(atPath: path, contents: nil)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let theme = try ThemeLoader.load(
            text: "name = \"b\"\n[roles]\nnormal = {}\nselected = { fg = \"black\", bg = \"cyan\" }\n", file: "bench")
        let terminal = try NcursesTerminal(
            headless: "xterm-256color", theme: theme, output: path, width: 200, height: 60)
        defer { terminal.shutdown() }
        let first = ConsoleView.render(model, width: 200, height: 60).grid
        terminal.draw(first)
        let before = fileSize(path)
        var second = first
        second.put(String(repeating: "x", count: 40), x: 10, y: 30, role: .normal)
        terminal.draw(second)
        let written = fileSize(path) - before
        let changedCells = zip(first.cells, second.cells).count { $0 != $1 }
        print(
            "bytes written when one row changes: \(written) for \(changedCells) changed cells (goal within 2x: "
                + "\(written <= 2 * changedCells ? "met" : "not met"))"
        )
        if sink == 42 { print("") }
    }

    private static func fileSize(_ path: String) -> Int {
        (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
    }
}
