import Foundation
import Logging
import MeetingStore

/// What a console, projector or ballot loop needs to follow the record: whether another process changed
/// it since the loop last looked, and, while the record cannot be read, since when (each loss logged).
/// The loop sleeps on its keyboard and `wakeDescriptor` together and looks itself, on its own thread, so a
/// commit wakes one thread of each terminal and an idle terminal wakes only when a look is due.
public final class RecordFollower {
    private let notices: RecordNotices
    private var lostSince: Date?

    public init(path: String) {
        notices = RecordNotices(path: path)
    }

    /// Readable when the kernel has news of the record; nil where there are none (the loop then wakes
    /// every `lookAgainIn`, which is short).
    public var wakeDescriptor: Int32? { notices.descriptor }

    /// How long the loop may sleep before it must look again: soon after news that did not show yet,
    /// otherwise about a second.
    public var lookAgainIn: Duration { notices.lookAgainIn }

    /// True once for each batch of changes another process made.
    public func takeChange() -> Bool {
        let outcome = notices.look()
        switch outcome.status {
        case .following?: lostSince = nil
        case .notFollowing(let since, let reason)?:
            Logger(label: "gavel.watcher").warning("not following the record: \(reason)")
            lostSince = since
        case nil: break
        }
        return outcome.changed
    }

    /// Stops following, closing the connection now (see `RecordNotices.close`).
    public func stop() { notices.close() }

    /// When the record stopped being readable, or nil while it is followed.
    public var notFollowingSince: Date? { lostSince }
}
