import Foundation
import Logging
import MeetingStore
import Synchronization
import TerminalUI

/// What a console or projector loop needs from the watcher: whether another process changed the record
/// since it last looked, and, while the record cannot be read, since when (each loss logged). A pipe
/// becomes readable on each change, so a loop can sleep on its keyboard and this pipe together instead of
/// waking every few milliseconds to ask.
public final class RecordFollower {
    /// Written on the watcher's queue, read by the loop.
    private final class Signals: Sendable {
        let changed = Atomic<Bool>(false)
        let lost = Mutex<Date?>(nil)
        /// Written on each change; the loop sleeps on it.
        let wake = WakePipe()
    }

    private let signals = Signals()
    private let watcher: RecordWatcher

    public init(path: String) {
        let signals = signals
        watcher = RecordWatcher(path: path, onChange: {
            signals.changed.store(true, ordering: .relaxed)
            signals.wake?.nudge()
        }, onStatus: { status in
            switch status {
            case .following: signals.lost.withLock { $0 = nil }
            case .notFollowing(let since, let reason):
                Logger(label: "gavel.watcher").warning("not following the record: \(reason)")
                signals.lost.withLock { $0 = since }
            }
            signals.wake?.nudge()
        })
    }

    /// Readable when there is news (`takeChange` empties it); nil where no pipe could be made.
    public var wakeDescriptor: Int32? { signals.wake?.readEnd }

    /// True once for each batch of changes another process made.
    public func takeChange() -> Bool {
        signals.wake?.drain()
        return signals.changed.exchange(false, ordering: .relaxed)
    }

    /// Stops following, closing the watcher's connection now (see `RecordWatcher.stop`).
    public func stop() { watcher.stop() }

    /// When the record stopped being readable, or nil while it is followed.
    public var notFollowingSince: Date? { signals.lost.withLock { $0 } }
}
