import Foundation
import GRDB

/// How a record is opened only to be read (list, verify, export, minutes, the projector, the watcher and the
/// inspection before any open): SQLite alone decides what the file holds. Every access through it is a GRDB
/// read (`query_only` for its length), and a store opened for reading refuses writes before SQLite sees them.
enum ReadOnlyConnection {
    /// A reader takes part in SQLite's write-ahead-log protocol like any connection, so it always reads a
    /// committed snapshot, whatever writers and checkpoints do meanwhile. It opens the file read-write
    /// where it may, for one reason: SQLite's WAL
    /// index must be writable by every connection, and the last connection to close folds the log back into
    /// the file and removes `-wal` and `-shm`; a `SQLITE_OPEN_READONLY` connection cannot, so it would leave
    /// them behind and try a write lock it cannot hold.
    ///
    /// Where the index cannot be made at all (a read-only folder or medium, a full disk) and no log holds
    /// changes, nobody can be writing, and the file is read as immutable: the record can still be listed,
    /// verified and minuted.
    static func open(_ path: String, busyTimeout: TimeInterval = 10) throws -> DatabaseQueue {
        var configuration = Configuration()
        configuration.busyMode = .timeout(busyTimeout)
        configuration.label = "gavel-read"
        do {
            let queue = try DatabaseQueue(path: path, configuration: configuration)
            do {
                // The first read opens the log and its index: what fails for want of them fails here.
                try queue.read { db in _ = try Int.fetchOne(db, sql: "PRAGMA schema_version") }
            } catch {
                try? queue.close()
                throw error
            }
            return queue
        } catch let error as DatabaseError where cannotKeepIndex(error) && !logHoldsFrames(path) {
            var immutable = Configuration()
            immutable.readonly = true
            immutable.label = "gavel-read-immutable"
            return try DatabaseQueue(path: immutableURI(path), configuration: immutable)
        }
    }

    /// Failures to create or map the log's index, as opposed to anything wrong with the record itself.
    private static func cannotKeepIndex(_ error: DatabaseError) -> Bool {
        switch error.resultCode {
        case .SQLITE_CANTOPEN, .SQLITE_READONLY, .SQLITE_PERM, .SQLITE_FULL, .SQLITE_IOERR: true
        default: false
        }
    }

    /// Whether a `-wal` beside the record has any content: then an immutable read would miss commits.
    static func logHoldsFrames(_ path: String) -> Bool {
        let size = (try? FileManager.default.attributesOfItem(atPath: path + "-wal")[.size] as? Int) ?? 0
        return size > 0
    }

    /// `file:/path?immutable=1`, the path percent-encoded so that `?`, `#` and `%` in it stay part of it.
    /// SQLite reads URI filenames when built with SQLITE_USE_URI, as Debian's and Apple's are.
    static func immutableURI(_ path: String) -> String {
        let absolute = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
        var allowed = CharacterSet.urlPathAllowed
        allowed.remove(charactersIn: "?#%")
        return "file:" + (absolute.addingPercentEncoding(withAllowedCharacters: allowed) ?? absolute) + "?immutable=1"
    }
}
