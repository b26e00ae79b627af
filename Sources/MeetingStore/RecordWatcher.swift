import Dispatch
import Foundation
import GRDB
import Synchronization

/// Tells a terminal when another process has committed to the record by asking SQLite for `PRAGMA
/// data_version` on one long-lived connection: a cheap query that changes only when another connection
/// commits. It asks when the kernel says the record's files were written (inotify, on Linux), and on a
/// timer besides: every `interval` where there is no such notice, every `safetyInterval` where there is,
/// to catch a notice a network disk never sends and to notice a record that can no longer be read.
/// An idle terminal thus costs next to nothing, which matters with fifty connections to one host.
///
/// If the record cannot be read (moved, disk gone, a long lock), `onStatus` reports it and the watcher keeps
/// trying; reading resumes by itself.
public final class RecordWatcher {
    public enum Status: Sendable, Equatable {
        case following
        case notFollowing(since: Date, reason: String)
    }

    private let timer: DispatchSourceTimer
    private var notifier: FileChangeNotifier?
    private let queue: DispatchQueue
    private let poller: DataVersionPoller

    /// Whether the kernel tells the watcher of writes (so it need not poll often).
    public var isNotified: Bool { notifier != nil }

    /// Starts watching. `onChange` and `onStatus` run on the watcher's own queue. `kernelNotices: false`
    /// polls only, as on a file system that sends no notices.
    public init(
        path: String, interval: Duration = .milliseconds(10), safetyInterval: Duration = .seconds(1), kernelNotices: Bool = true,
        onChange: @escaping @Sendable () -> Void, onStatus: @escaping @Sendable (Status) -> Void = { _ in }
    ) {
        let poller = DataVersionPoller(path: path)
        let queue = DispatchQueue(label: "gavel.record-watcher")
        self.poller = poller
        self.queue = queue
        let file = URL(fileURLWithPath: path)
        let timer = DispatchSource.makeTimerSource(queue: queue)
        self.timer = timer
        let burst = Burst(timer: timer)
        notifier = !kernelNotices ? nil : FileChangeNotifier(
            folder: file.deletingLastPathComponent().path, names: [file.lastPathComponent, file.lastPathComponent + "-wal"], queue: queue,
            onChange: { if !poller.poll(onChange: onChange, onStatus: onStatus) { burst.start() } })
        let period = notifier == nil ? interval : safetyInterval
        burst.slow = period
        timer.schedule(deadline: .now(), repeating: period.dispatch, leeway: Burst.leeway(period))
        timer.setEventHandler {
            let changed = poller.poll(onChange: onChange, onStatus: onStatus)
            burst.tick(changed: changed)
        }
        timer.resume()
    }

    /// Stops watching and closes the watcher's connection before returning. A read-only connection that
    /// closes after the record's writer leaves the write-ahead log behind (only a writer may remove it), so
    /// the watcher must be gone first; its owner stops it before letting the record go.
    public func stop() {
        timer.cancel()
        notifier = nil
        // Wait for a look already under way, then close its connection.
        queue.sync {}
        poller.close()
    }

    deinit { stop() }

    /// A notice comes with the write to the log; the commit becomes visible only after its fdatasync,
    /// usually well under a millisecond later. So after a notice that showed no change yet, the watcher
    /// looks again after 1 ms, then 2, 4 and every 8 ms, for at most 300 ms, then goes back to its slow pace.
    /// Never every 2 ms throughout: with fifty terminals, that slowed the very commit they waited for
    /// (bench-remote.py: p99 114 ms at 2 ms, 56 ms at 5 ms). Touched only on the watcher's serial queue.
    private final class Burst: @unchecked Sendable {
        let timer: DispatchSourceTimer
        var slow: Duration = .seconds(1)
        private var delay: Duration = .zero
        private var waited: Duration = .zero

        init(timer: DispatchSourceTimer) { self.timer = timer }

        func start() {
            // A notice while already looking quickly restarts nothing: the next look is soon anyway.
            guard delay == .zero else { return }
            delay = .milliseconds(1)
            waited = .zero
            timer.schedule(deadline: .now() + delay.dispatch, repeating: delay.dispatch, leeway: .microseconds(200))
        }

        func tick(changed: Bool) {
            guard delay != .zero else { return }
            waited += delay
            if changed || waited >= .milliseconds(300) {
                delay = .zero
                timer.schedule(deadline: .now() + slow.dispatch, repeating: slow.dispatch, leeway: Self.leeway(slow))
            } else if delay < .milliseconds(8) {
                delay *= 2
                timer.schedule(deadline: .now() + delay.dispatch, repeating: delay.dispatch, leeway: .microseconds(200))
            }
        }

        /// A slow look may come a tenth of its period late, so the kernel can wake fifty terminals' timers
        /// together; a look every 10 ms (no notices) stays within a millisecond.
        static func leeway(_ period: Duration) -> DispatchTimeInterval {
            period >= .milliseconds(100) ? (period / 10).dispatch : .milliseconds(1)
        }
    }
}

extension Duration {
    var dispatch: DispatchTimeInterval {
        .nanoseconds(Int(components.seconds * 1_000_000_000 + components.attoseconds / 1_000_000_000))
    }
}

/// The watcher's state: one read-only connection and the last data version it saw.
private final class DataVersionPoller: Sendable {
    typealias Status = RecordWatcher.Status
    private let path: String
    private let state = Mutex<(connection: DatabaseQueue?, version: Int?, status: Status)>((nil, nil, .following))
    private let closed = Atomic<Bool>(false)

    init(path: String) { self.path = path }

    /// Closes the connection; no look opens another.
    func close() {
        closed.store(true, ordering: .sequentiallyConsistent)
        state.withLock { $0.connection = nil }
    }

    /// Looks once; true when it reported a change.
    @discardableResult
    func poll(onChange: @Sendable () -> Void, onStatus: @Sendable (Status) -> Void) -> Bool {
        guard !closed.load(ordering: .sequentiallyConsistent) else { return false }
        let outcome: (changed: Bool, status: Status?) = state.withLock { state in
            do {
                guard FileManager.default.fileExists(atPath: path) else {
                    throw StoreError.cannotOpen(path: path, detail: "the file is no longer there")
                }
                if state.connection == nil {
                    state.connection = try ReadOnlyConnection.open(path, busyTimeout: 0.05)
                }
                // One statement, outside a transaction: SQLite reads the log's index for it and nothing more.
                let version = try state.connection!.inDatabase { db in try Int.fetchOne(db, sql: "PRAGMA data_version") }
                let changed = state.version != nil && version != state.version
                state.version = version
                if case .notFollowing = state.status {
                    state.status = .following
                    // Whatever happened while not following may have been missed: report a change.
                    return (true, .following)
                }
                return (changed, nil)
            } catch {
                state.connection = nil
                state.version = nil
                if case .following = state.status {
                    state.status = .notFollowing(since: Date(), reason: "\(StoreError.from(error, path: path))")
                    return (false, state.status)
                }
                return (false, nil)
            }
        }
        if let status = outcome.status { onStatus(status) }
        if outcome.changed { onChange() }
        return outcome.changed
    }
}
