import Dispatch
import Foundation
import GRDB
import Synchronization

/// SQLite's `PRAGMA integrity_check`, run on a connection and a thread of its own while `verify` hashes the
/// chains: each reads the whole file, and neither needs the other, so with a second core `verify` takes as
/// long as the slower of the two rather than both. The check itself is SQLite's, unchanged.
final class ConcurrentIntegrityCheck: Sendable {
    private let result = Mutex<[String]?>(nil)
    private let finished = DispatchSemaphore(value: 0)

    init(path: String) {
        DispatchQueue.global(qos: .userInitiated).async { [self] in
            // A connection that cannot be had here leaves the check to `verify`'s own connection.
            let lines = try? ReadOnlyConnection.open(path).read { db in
                try String.fetchAll(db, sql: "PRAGMA integrity_check(20)")
            }
            result.withLock { $0 = lines }
            finished.signal()
        }
    }

    /// SQLite's verdict (["ok"] when sound), or nil when the check could not run on its own connection.
    func outcome() -> [String]? {
        finished.wait()
        return result.withLock { $0 }
    }
}
