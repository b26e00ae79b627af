import Foundation
import GRDB

/// Looks at an existing file before the store opens it: opening a database in WAL mode for writing changes
/// its header, so a file that is not a Gavel record, or is damaged, or was written by a newer Gavel, is
/// refused first, read-only and untouched: only then may a message say that Gavel has not changed it.
enum RecordInspection {
    static func inspect(path: String, forWriting: Bool = true) throws(StoreError) {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw .cannotOpen(path: path, detail: "it cannot be read (check its permissions)")
        }
        let header = (try? handle.read(upToCount: 100)) ?? Data()
        try? handle.close()
        guard header.starts(with: Data("SQLite format 3\0".utf8)) else {
            throw .notAGavelRecord(path: path, detail: "not an SQLite database")
        }
        guard header.count == 100 else { throw .damaged(path: path, detail: "truncated inside its header") }
        // Damage inside pages shows as SQLITE_CORRUPT when the journal is read; `gavel verify` checks all.
        try checkLength(path: path)
        // The application id is read through SQLite, not from the header bytes: after a crash the newest
        // header may still be in the write-ahead log.
        do {
            let reader = try ReadOnlyConnection.open(path)
            defer { try? reader.close() }
            try reader.read { db in
                let id = try Int32.fetchOne(db, sql: "PRAGMA application_id") ?? 0
                guard id == Schema.applicationID else {
                    throw StoreError.notAGavelRecord(
                        path: path, detail: id == 0 ? "an SQLite database of another program" : "an SQLite database with application id \(id)")
                }
                let migrator = Schema.migrator
                if try migrator.hasBeenSuperseded(db) {
                    let known = Set(migrator.migrations)
                    let unknown = try migrator.appliedIdentifiers(db).filter { !known.contains($0) }.sorted()
                    throw StoreError.newerSchema(path: path, unknownMigrations: unknown)
                }
            }
        } catch {
            throw StoreError.from(error, path: path)
        }
        if forWriting, !FileManager.default.isWritableFile(atPath: path) { throw .readOnly(path: path) }
    }

    /// A file cut short is refused before anything is written to it: the header records how many pages
    /// the file held at its last checkpoint (bytes 28–31) and their size (16–17, where 1 means 65536).
    /// Another process's checkpoint writes the header before it extends the file, so for a moment a
    /// healthy file looks short: a shortfall must last, read again over a second, before it is damage.
    private static func checkLength(path: String) throws(StoreError) {
        var shortfall: (size: Int, expected: Int)?
        for attempt in 0..<20 {
            if attempt > 0 { Thread.sleep(forTimeInterval: 0.05) }
            guard let handle = FileHandle(forReadingAtPath: path) else {
                throw .cannotOpen(path: path, detail: "it cannot be read (check its permissions)")
            }
            let header = (try? handle.read(upToCount: 100)) ?? Data()
            try? handle.close()
            guard header.count == 100 else { return }
            let pageField = Int(header[16]) << 8 | Int(header[17])
            let pageSize = pageField == 1 ? 65_536 : pageField
            let expected = header[28..<32].reduce(0) { $0 << 8 | Int($1) } * pageSize
            let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
            guard size < expected else { return }
            shortfall = (size, expected)
        }
        if let shortfall {
            throw .damaged(path: path, detail: "truncated: \(shortfall.size) bytes where its header says \(shortfall.expected)")
        }
    }
}
