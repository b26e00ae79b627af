import Foundation
import GRDB

/// How large the write-ahead log may grow. SQLite appends every commit to the log and copies it back into
/// the file at checkpoints; its own automatic checkpoint never waits for readers, so under a meeting's load
/// (terminals reading all the time) the log can outgrow the record many times over, and a copy of the file
/// alone then lacks what the log holds.
///
/// The bound: after each write, a log past `checkpointBytes` is copied back by a PASSIVE checkpoint, which
/// does not wait (a waiting one holds every other writer back while it waits: under a reader looping
/// `gavel minutes` that stalled a meeting's writers for seconds). Where a reader still uses the log, the
/// checkpoint copies what it can and the next write tries again; SQLite restarts the log from its start
/// once all of it is copied and cuts it to `keptBytes` then. Not TRUNCATE: a log cut to nothing grows
/// again at every commit, and each growth is one more thing its `fdatasync` must write (appends were a
/// fifth slower). So the log stays near
/// `checkpointBytes` plus the writes made while some reader holds an older snapshot; Gavel's readers hold
/// one for one fold.
enum LogBound {
    static let checkpointBytes = 1 << 20
    static let keptBytes = 1 << 20

    /// Called by the writer after each write, outside any transaction. A checkpoint that cannot finish now
    /// (a reader, a full disk) is left to the next write: the commit it follows is already durable.
    static func keep(_ db: Database, log: String) {
        var status = stat()
        guard stat(log, &status) == 0, Int(status.st_size) > checkpointBytes else { return }
        do {
            try db.execute(sql: "PRAGMA busy_timeout = 0")
            defer { try? db.execute(sql: "PRAGMA busy_timeout = \(Int(RecordStore.busyTimeout * 1000))") }
            _ = try db.checkpoint(.passive)
        } catch {
            return
        }
    }
}
