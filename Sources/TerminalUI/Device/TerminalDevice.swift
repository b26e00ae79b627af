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
