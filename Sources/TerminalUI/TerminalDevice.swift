import Foundation

/// What a loop needs from a terminal: its size, whether it shows only ASCII, a frame drawn, a key read.
/// NcursesBackend implements it for the real terminal; `MemoryTerminal` for tests that run whole sessions
/// in-process.
public protocol TerminalDevice: AnyObject {
    var size: (width: Int, height: Int) { get }
    var ascii: Bool { get }
    func draw(_ grid: Grid, cursor: (x: Int, y: Int)?)
    /// The next key, waiting at most `timeout` milliseconds; nil when none came.
    func readKey(timeout: Int32) -> Key?
    /// The same, but nil as soon as `descriptor` becomes readable (news from elsewhere), so a loop can wait
    /// long without answering late.
    func readKey(timeout: Int32, wakingOn descriptor: Int32?) -> Key?
    /// Forget what is on the screen: the next frame is drawn whole (after a resize).
    func invalidate()
}

extension TerminalDevice {
    /// A device that cannot wait on a descriptor waits as a loop did before: in short steps.
    public func readKey(timeout: Int32, wakingOn descriptor: Int32?) -> Key? {
        readKey(timeout: descriptor == nil ? timeout : min(timeout, TerminalWait.step))
    }
}

/// How long loops wait for a key.
public enum TerminalWait {
    /// Without a descriptor to wake on: bounds how late another terminal's change shows.
    public static let step: Int32 = 20

    /// With one, only the clock on screen needs the loop to wake, and it shows minutes: so a loop sleeps
    /// until just after the minute turns. Fifty idle terminals then wake once a minute each, not once a
    /// second.
    /// `duration` as a wait in whole milliseconds, rounded up so a wake is never early for what is due.
    public static func milliseconds(_ duration: Duration) -> Int32 {
        let (seconds, attoseconds) = duration.components
        return Int32(clamping: seconds * 1000 + (attoseconds + 999_999_999_999_999) / 1_000_000_000_000_000)
    }

    public static func untilNextMinute(from now: Date) -> Int32 {
        let intoMinute = now.timeIntervalSince1970.truncatingRemainder(dividingBy: 60)
        // A few milliseconds past the turn, so the wake never lands just before it and sleeps again.
        return Int32(((60 - intoMinute) * 1000).rounded(.up)) + 5
    }
}
