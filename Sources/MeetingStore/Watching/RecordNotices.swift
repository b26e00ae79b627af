import Foundation
import GRDB

/// Whether another process has committed to the record, asked by whoever shows it, on its own thread.
///
/// It asks SQLite for `PRAGMA data_version` on one long-lived read-only connection: a cheap query that
/// changes only when another connection commits. It asks when the kernel says the record's files were
/// written (inotify on the record's folder; `descriptor` becomes readable), and otherwise only when its
/// owner comes back after `lookAgainIn`: every `safetyInterval` where there are notices (for a notice a
/// network disk never sends, and to see a record that can no longer be read), every `interval` where there
/// are none. A notice comes with the write to the log, and the commit becomes visible only after its
/// fdatasync, usually well under a millisecond later; so after a notice that showed nothing yet it looks
/// again after 1 ms, then 2, 4 and every 8 ms, for at most 300 ms. Never every 2 ms throughout: with fifty
/// terminals that slowed the very commit they waited for (bench-remote.py: p99 114 ms at 2 ms).
///
/// A terminal's loop sleeps on `descriptor` and its keyboard together and looks itself: one thread woken
/// per commit, where a watcher thread, a timer thread and the loop woke before. Not thread-safe: one
/// owner looks. `RecordWatcher` drives it from a queue for those that want to be called.
public final class RecordNotices {
    public enum Status: Sendable, Equatable {
        case following
        case notFollowing(since: Date, reason: String)
    }

    private let path: String
    private let names: Set<String>
    private let inotify: Int32?
    private let interval: Duration
    private let safetyInterval: Duration
    private var connection: DatabaseQueue?
    private var version: Int?
    public private(set) var status = Status.following
    private var nextLook = ContinuousClock.now
    /// While the commit a notice announced is not yet visible: the wait before the next look, and how
    /// long it has been looked for.
    private var burst: (delay: Duration, waited: Duration)?
    private var closed = false

    public init(
        path: String, interval: Duration = .milliseconds(10), safetyInterval: Duration = .seconds(1),
        kernelNotices: Bool = true
    ) {
        self.path = path
        self.interval = interval
        self.safetyInterval = safetyInterval
        let file = URL(fileURLWithPath: path)
        names = [file.lastPathComponent, file.lastPathComponent + "-wal"]
        inotify = kernelNotices ? KernelNotices.watch(folder: file.deletingLastPathComponent().path) : nil
    }

    deinit { close() }

    /// Readable when the kernel has news of the record's folder; nil where there are no notices (then the
    /// owner must come back every `lookAgainIn`, which is short).
    public var descriptor: Int32? { inotify }

    /// How long the owner may sleep (on `descriptor`) before it must look again.
    public var lookAgainIn: Duration { max(.zero, nextLook - ContinuousClock.now) }

    /// Reads the kernel's notices and, when one names the record or a look is due, asks SQLite. Returns
    /// whether another process committed since the last look (also after the record could not be read for
    /// a while, as anything may have been missed), and the status when it changed.
    public func look() -> (changed: Bool, status: Status?) {
        guard !closed else { return (false, nil) }
        let noticed = inotify.map { KernelNotices.drain($0, mentioning: names) } ?? false
        let now = ContinuousClock.now
        guard noticed || now >= nextLook else { return (false, nil) }
        let outcome = askSQLite()
        let pace = inotify == nil ? interval : safetyInterval
        if outcome.changed || outcome.status != nil {
            burst = nil
        } else if noticed && burst == nil {
            burst = (.milliseconds(1), .zero)
        } else if var looking = burst {
            looking.waited += looking.delay
            looking.delay = min(looking.delay * 2, .milliseconds(8))
            burst = looking.waited >= .milliseconds(300) ? nil : looking
        }
        nextLook = now + (burst?.delay ?? pace)
        return outcome
    }

    /// Closes the connection now; no look opens another. A read-only connection that closes after the
    /// record's writer leaves the write-ahead log behind (only a writer may remove it), so an owner closes
    /// this before letting the record go.
    public func close() { close(descriptor: true) }

    /// `descriptor: false` leaves the kernel's descriptor to whoever still listens on it (a dispatch
    /// source closes it when cancelled).
    func close(descriptor: Bool) {
        guard !closed else { return }
        closed = true
        connection = nil
        if descriptor, let inotify { KernelNotices.close(inotify) }
    }

    private func askSQLite() -> (changed: Bool, status: Status?) {
        do {
            guard FileManager.default.fileExists(atPath: path) else {
                throw StoreError.cannotOpen(path: path, detail: "the file is no longer there")
            }
            if connection == nil { connection = try ReadOnlyConnection.open(path, busyTimeout: 0.05) }
            // One statement, outside a transaction: SQLite reads the log's index for it and nothing more.
            let current = try connection!.inDatabase { db in
                try Int.fetchOne(db.cachedStatement(sql: "PRAGMA data_version"))
            }
            let changed = version != nil && current != version
            version = current
            if case .notFollowing = status {
                status = .following
                // Whatever happened while not following may have been missed: report a change.
                return (true, .following)
            }
            return (changed, nil)
        } catch {
            connection = nil
            version = nil
            guard case .following = status else { return (false, nil) }
            status = .notFollowing(since: Date(), reason: "\(StoreError.from(error, path: path))")
            return (false, status)
        }
    }
}
