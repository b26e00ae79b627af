import Console
import ConsoleLive
import Foundation
import MeetingKit
import MeetingStore
import NcursesBackend
import Synchronization
import TerminalUI

/// A real terminal fed scripted keys, one per wait, that times each `timing` key from when the loop takes it
/// to the next frame drawn.
final class TimedTerminal: TerminalDevice {
    private let screen: NcursesTerminal
    private var keys: [Key]
    private let timing: Key
    private var started: ContinuousClock.Instant?
    private(set) var samples: [Double] = []

    init(_ screen: NcursesTerminal, keys: [Key], timing: Key) {
        self.screen = screen
        self.keys = keys
        self.timing = timing
    }

    var size: (width: Int, height: Int) { screen.size }
    var ascii: Bool { screen.ascii }

    func draw(_ grid: Grid, cursor: (x: Int, y: Int)?) {
        screen.draw(grid, cursor: cursor)
        if let started { samples.append(seconds(ContinuousClock.now - started)) }
        started = nil
    }

    func readKey(timeout: Int32) -> Key? {
        guard timeout > 0 else { return nil }
        guard !keys.isEmpty else { return .character("q") }
        let key = keys.removeFirst()
        if key == timing { started = .now }
        return key
    }

    func invalidate() { screen.invalidate() }
}
