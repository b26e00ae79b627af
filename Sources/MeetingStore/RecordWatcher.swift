import Dispatch
import Foundation
import GRDB
import Synchronization

/// Tells a terminal when another process has committed to the record, within about 10 ms, by asking SQLite
/// for `PRAGMA data_version` on one long-lived connection: a cheap query that changes only when another
/// connection commits. No busy loop: a timer fires every `interval`.
///
/// If the record cannot be read (moved, disk gone, a long lock), `onStatus` reports it and the watcher keeps
/// trying; reading resumes by itself.
public final class RecordWatcher {
    public enum Status: Sendable, Equatable {
        case following
        case notFollowing(since: Date, reason: String)
    }

    private let timer: DispatchSourceTimer

    /// Starts watching. `onChange` and `onStatus` run on the watcher's own queue.
    public init(
        path: String, interval: Duration = .milliseconds(10), onChange: @escaping @Sendable () -> Void,
        onStatus: @escaping @Sendable (Status) -> Void = { _ in }
    ) {
        let poller = DataVersionPoller(path: path)
        timer = DispatchSource.makeTimerSource(queue: DispatchQueue(label: "gavel.record-watcher"))
        let nanoseconds = Int(interval.components.seconds * 1_000_000_000 + interval.components.attoseconds / 1_000_000_000)
        timer.schedule(deadline: .now(), repeating: .nanoseconds(nanoseconds), leeway: .milliseconds(2))
        timer.setEventHandler { poller.poll(onChange: onChange, onStatus: onStatus) }
        timer.resume()
    }

    deinit { timer.cancel() }
}

/// The watcher's state: one read-only connection and the last data version it saw.
private final class DataVersionPoller: Sendable {
    typealias Status = RecordWatcher.Status
    private let path: String
    private let state = Mutex<(connection: DatabaseQueue?, version: Int?, status: Status)>((nil, nil, .following))

    init(path: String) { self.path = path }

    func poll(onChange: @Sendable () -> Void, onStatus: @Sendable (Status) -> Void) {
        let outcome: (changed: Bool, status: Status?) = state.withLock { state in
            do {
                guard FileManager.default.fileExists(atPath: path) else {
                    throw StoreError.cannotOpen(path: path, detail: "the file is no longer there")
                }
                if state.connection == nil {
                    var configuration = Configuration()
                    configuration.readonly = true
                    configuration.busyMode = .timeout(0.05)
                    state.connection = try DatabaseQueue(path: path, configuration: configuration)
                }
                let version = try state.connection!.read { db in try Int.fetchOne(db, sql: "PRAGMA data_version") }
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
    }
}
