import Foundation
import GRDB

/// Looks at an existing file through a reading connection before the store opens it for writing: a file
/// that is not a Gavel record, is damaged, or was written by a newer Gavel is refused untouched, so only
/// then may a message say that Gavel has not changed it.
///
/// Damage is what SQLite says it is. SQLite compares the page count in the header with the file and its
/// write-ahead log together, under its own locks, and answers `SQLITE_CORRUPT` or `SQLITE_NOTADB` when they
/// disagree; no byte of the header is read here, since pages may rightly live in the log for a while.
enum RecordInspection {
    /// Returns the reading connection it looked through, for a caller that only reads.
    @discardableResult
    static func inspect(path: String, forWriting: Bool = true) throws(StoreError) -> DatabaseQueue {
        // The file is opened by SQLite alone. POSIX drops every lock a process holds on a file when the
        // process closes any descriptor of it, so a look at its bytes through a descriptor of our own, while
        // a connection of this process is open, would let another process delete the write-ahead log under
        // it and lose commits (SQLite's "How to corrupt", 2.2). Its bytes are read only once SQLite has
        // refused the file, to say whether it is an SQLite database at all.
        guard FileManager.default.isReadableFile(atPath: path) else {
            throw .cannotOpen(path: path, detail: "it cannot be read (check its permissions)")
        }
        let reader: DatabaseQueue
        do {
            reader = try ReadOnlyConnection.open(path)
            try reader.read { db in
                let id = try Int32.fetchOne(db, sql: "PRAGMA application_id") ?? 0
                guard id == Schema.applicationID else {
                    throw StoreError.notAGavelRecord(
                        path: path,
                        detail: id == 0
                            ? "an SQLite database of another program" : "an SQLite database with application id \(id)")
                }
                let migrator = Schema.migrator(path: path)
                if try migrator.hasBeenSuperseded(db) {
                    let known = Set(migrator.migrations)
                    let unknown = try migrator.appliedIdentifiers(db).filter { !known.contains($0) }.sorted()
                    throw StoreError.newerSchema(path: path, unknownMigrations: unknown)
                }
            }
        } catch let error as DatabaseError
            where [.SQLITE_NOTADB, .SQLITE_CORRUPT].contains(error.resultCode) && !startsAsSQLite(path)
        {
            throw StoreError.notAGavelRecord(path: path, detail: "not an SQLite database")
        } catch {
            throw StoreError.from(error, path: path, beforeOpening: true)
        }
        if forWriting {
            try? reader.close()
            if !FileManager.default.isWritableFile(atPath: path) { throw .readOnly(path: path) }
        }
        return reader
    }

    /// Whether the file begins as every SQLite database does. Read only after SQLite has refused the file.
    private static func startsAsSQLite(_ path: String) -> Bool {
        guard let handle = FileHandle(forReadingAtPath: path) else { return false }
        defer { try? handle.close() }
        return (try? handle.read(upToCount: 16)) == Data("SQLite format 3\0".utf8)
    }
}
