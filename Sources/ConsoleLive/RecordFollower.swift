import Foundation
import Logging
import MeetingStore
import Synchronization

/// What a console or projector loop needs from the watcher: whether another process changed the record
/// since it last looked, and, while the record cannot be read, since when (each loss logged). A pipe
/// becomes readable on each change, so a loop can sleep on its keyboard and this pipe together instead of
/// waking every few milliseconds to ask.
public final class RecordFollower {
    /// Written on the watcher's queue, read by the loop.
    private final class Signals: Sendable {
        let changed = Atomic<Bool>(false)
        let lost = Mutex<Date?>(nil)
        /// The pipe's two ends: the loop waits on the first, the watcher writes a byte to the second.
        let wake: (read: Int32, write: Int32)

        init() {
            var ends: [Int32] = [-1, -1]
            if pipe(&ends) == 0 {
                for end in ends {
                    _ = fcntl(end, F_SETFL, fcntl(end, F_GETFL) | O_NONBLOCK)
                    _ = fcntl(end, F_SETFD, FD_CLOEXEC)
                }
            }
            wake = (ends[0], ends[1])
        }

        func nudge() {
            guard wake.write >= 0 else { return }
            var byte: UInt8 = 1
            // A full pipe already says "look": the byte that did not fit is not needed.
            _ = write(wake.write, &byte, 1)
        }

        deinit {
            if wake.read >= 0 { close(wake.read) }
            if wake.write >= 0 { close(wake.write) }
        }
    }

    private let signals = Signals()
    private let watcher: RecordWatcher

    public init(path: String) {
        let signals = signals
        watcher = RecordWatcher(path: path, onChange: {
            signals.changed.store(true, ordering: .relaxed)
            signals.nudge()
        }, onStatus: { status in
            switch status {
            case .following: signals.lost.withLock { $0 = nil }
            case .notFollowing(let since, let reason):
                Logger(label: "gavel.watcher").warning("not following the record: \(reason)")
                signals.lost.withLock { $0 = since }
            }
            signals.nudge()
        })
    }

    /// Readable when there is news (`takeChange` empties it); nil where no pipe could be made.
    public var wakeDescriptor: Int32? { signals.wake.read >= 0 ? signals.wake.read : nil }

    /// True once for each batch of changes another process made.
    public func takeChange() -> Bool {
        if signals.wake.read >= 0 {
            var buffer = [UInt8](repeating: 0, count: 64)
            while buffer.withUnsafeMutableBytes({ read(signals.wake.read, $0.baseAddress, $0.count) }) > 0 {}
        }
        return signals.changed.exchange(false, ordering: .relaxed)
    }

    /// Stops following, closing the watcher's connection now (see `RecordWatcher.stop`).
    public func stop() { watcher.stop() }

    /// When the record stopped being readable, or nil while it is followed.
    public var notFollowingSince: Date? { signals.lost.withLock { $0 } }
}
