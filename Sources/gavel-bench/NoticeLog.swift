import Foundation
import Synchronization

/// Wall-clock times at which the watcher reported a change.
final class NoticeLog: Sendable {
    private let storage = Mutex<[Double]>([])
    func record() { storage.withLock { $0.append(Date().timeIntervalSince1970) } }
    var times: [Double] { storage.withLock { $0 } }
}
