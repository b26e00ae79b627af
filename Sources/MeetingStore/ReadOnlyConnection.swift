import Foundation
import GRDB

/// How a record is opened only to be read (list, verify, export, minutes, actions, and the inspection
/// before any open): nothing is written, and nothing is left beside it.
enum ReadOnlyConnection {
    /// A connection that reads `path` as it stands. When its write-ahead log holds changes, another process
    /// may be writing: read through the log like any reader. Otherwise read the file alone as immutable, so
    /// SQLite creates no `-wal` or `-shm` beside it: a read-only file or folder, or a full disk, can then
    /// still be listed, verified, exported and minuted.
    static func open(_ path: String) throws -> any DatabaseWriter {
        var configuration = Configuration()
        configuration.readonly = true
        configuration.busyMode = .timeout(10)
        configuration.label = "gavel-read"
        if walHoldsChanges(path) { return try DatabasePool(path: path, configuration: configuration) }
        return try DatabaseQueue(path: immutableURI(path), configuration: configuration)
    }

    static func walHoldsChanges(_ path: String) -> Bool {
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
