import Foundation

/// A pipe that wakes a loop asleep in `poll()`: the resize signal's handler (C, in the shim) writes a byte
/// to `writeEnd`; the loop waits on `readEnd` beside the keyboard and empties it with `drain`.
/// Both ends are non-blocking and closed on exec.
final class WakePipe: Sendable {
    let readEnd: Int32
    let writeEnd: Int32

    /// Nil when the process has no descriptors left; the loop then looks in short steps.
    init?() {
        var ends: [Int32] = [-1, -1]
        guard pipe(&ends) == 0 else { return nil }
        for end in ends {
            _ = fcntl(end, F_SETFL, fcntl(end, F_GETFL) | O_NONBLOCK)
            _ = fcntl(end, F_SETFD, FD_CLOEXEC)
        }
        readEnd = ends[0]
        writeEnd = ends[1]
    }

    func drain() {
        var buffer = [UInt8](repeating: 0, count: 64)
        while buffer.withUnsafeMutableBytes({ read(readEnd, $0.baseAddress, $0.count) }) > 0 {}
    }

    deinit {
        close(readEnd)
        close(writeEnd)
    }
}
