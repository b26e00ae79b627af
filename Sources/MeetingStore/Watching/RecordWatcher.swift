import Dispatch
import Foundation

/// `RecordNotices` driven from a queue of its own, for code that wants to be called when another process
/// commits (benchmarks, tests, tools); a terminal's loop looks itself instead (see `RecordNotices`).
///
/// If the record cannot be read (moved, disk gone, a long lock), `onStatus` reports it and the watcher keeps
/// trying; reading resumes by itself.
public final class RecordWatcher {
    public typealias Status = RecordNotices.Status

    /// The notices and the timer that brings the next look: touched only on the watcher's serial queue.
    private final class Looker: @unchecked Sendable {
        let notices: RecordNotices
        let timer: DispatchSourceTimer
        init(_ notices: RecordNotices, _ timer: DispatchSourceTimer) { (self.notices, self.timer) = (notices, timer) }
    }

    private let queue: DispatchQueue
    private let timer: DispatchSourceTimer
    private let source: DispatchSourceRead?
    private let looker: Looker

    /// Whether the kernel tells the watcher of writes (so it need not poll often).
    public var isNotified: Bool { source != nil }

    /// Starts watching. `onChange` and `onStatus` run on the watcher's own queue. `kernelNotices: false`
    /// polls only, as on a file system that sends no notices.
    public init(
        path: String, interval: Duration = .milliseconds(10), safetyInterval: Duration = .seconds(1),
        kernelNotices: Bool = true,
        onChange: @escaping @Sendable () -> Void, onStatus: @escaping @Sendable (Status) -> Void = { _ in }
    ) {
        let notices = RecordNotices(
            path: path, interval: interval, safetyInterval: safetyInterval, kernelNotices: kernelNotices)
        let queue = DispatchQueue(label: "gavel.record-watcher")
        let timer = DispatchSource.makeTimerSource(queue: queue)
        let looker = Looker(notices, timer)
        self.queue = queue
        self.looker = looker
        self.timer = timer
        let look: @Sendable () -> Void = {
            let outcome = looker.notices.look()
            if let status = outcome.status { onStatus(status) }
            if outcome.changed { onChange() }
            let wait = looker.notices.lookAgainIn
            looker.timer.schedule(deadline: .now() + wait.dispatch, leeway: RecordWatcher.leeway(wait))
        }
        source = notices.descriptor.map { descriptor in
            let source = DispatchSource.makeReadSource(fileDescriptor: descriptor, queue: queue)
            source.setEventHandler(handler: look)
            source.setCancelHandler { KernelNotices.close(descriptor) }
            source.resume()
            return source
        }
        timer.setEventHandler(handler: look)
        timer.schedule(deadline: .now())
        timer.resume()
    }

    /// Stops watching and closes the watcher's connection before returning (see `RecordNotices.close`).
    public func stop() {
        timer.cancel()
        source?.cancel()
        let ownsDescriptor = source == nil
        queue.sync { looker.notices.close(descriptor: ownsDescriptor) }
    }

    deinit { stop() }

    /// A slow look may come a tenth of its wait late, so the kernel can wake many watchers' timers
    /// together; a quick one stays within a fifth of a millisecond.
    static func leeway(_ wait: Duration) -> DispatchTimeInterval {
        wait >= .milliseconds(100) ? (wait / 10).dispatch : .microseconds(200)
    }
}

extension Duration {
    var dispatch: DispatchTimeInterval {
        .nanoseconds(Int(components.seconds * 1_000_000_000 + components.attoseconds / 1_000_000_000))
    }
}
