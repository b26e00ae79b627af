import Foundation
import Logging
import MeetingStore
import Synchronization

/// What a console or projector loop needs from the watcher: whether another process changed the record
/// since it last looked, and, while the record cannot be read, since when (each loss logged).
public final class RecordFollower {
    /// Written on the watcher's queue, read by the loop.
    private final class Signals: Sendable {
        let changed = Atomic<Bool>(false)
        let lost = Mutex<Date?>(nil)
    }

    private let signals = Signals()
    private let watcher: RecordWatcher

    public init(path: String) {
        let signals = signals
        watcher = RecordWatcher(path: path, onChange: { signals.changed.store(true, ordering: .relaxed) }, onStatus: { status in
            switch status {
            case .following: signals.lost.withLock { $0 = nil }
            case .notFollowing(let since, let reason):
                Logger(label: "gavel.watcher").warning("not following the record: \(reason)")
                signals.lost.withLock { $0 = since }
            }
        })
    }

    /// True once for each batch of changes another process made.
    public func takeChange() -> Bool { signals.changed.exchange(false, ordering: .relaxed) }

    /// When the record stopped being readable, or nil while it is followed.
    public var notFollowingSince: Date? { signals.lost.withLock { $0 } }
}
