import Foundation
import GRDB

/// Looks at an existing file before the store opens it for writing: opening a database in WAL mode
/// changes its header, so a file that is not a Gavel record must be refused first, untouched.
enum RecordInspection {
    static func inspect(path: String) throws(StoreError) {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw .cannotOpen(path: path, detail: "it cannot be read (check its permissions)")
        }
        let header = (try? handle.read(upToCount: 100)) ?? Data()
        try? handle.close()
        guard header.starts(with: Data("SQLite format 3\0".utf8)) else {
            throw .notAGavelRecord(path: path, detail: "not an SQLite database")
        }
        guard header.count == 100 else { throw .damaged(path: path, detail: "truncated inside its header") }
        // A file cut short is refused before anything is written to it: the header records how many pages
        // the file held at its last checkpoint (bytes 28–31) and their size (16–17, where 1 means 65536).
        // Damage inside pages shows as SQLITE_CORRUPT when the journal is read; `gavel verify` checks all.
        let pageField = Int(header[16]) << 8 | Int(header[17])
        let pageSize = pageField == 1 ? 65_536 : pageField
        let expected = header[28..<32].reduce(0) { $0 << 8 | Int($1) } * pageSize
        let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
        if size < expected {
            throw .damaged(path: path, detail: "truncated: \(size) bytes where its header says \(expected)")
        }
        // The application id is read through SQLite, not from the header bytes: after a crash the newest
        // header may still be in the write-ahead log.
        do {
            var configuration = Configuration()
            configuration.readonly = true
            configuration.busyMode = .timeout(10)
            let queue = try DatabaseQueue(path: path, configuration: configuration)
            defer { try? queue.close() }
            let id = try queue.read { db in try Int32.fetchOne(db, sql: "PRAGMA application_id") ?? 0 }
            guard id == Schema.applicationID else {
                throw StoreError.notAGavelRecord(
                    path: path, detail: id == 0 ? "an SQLite database of another program" : "an SQLite database with application id \(id)")
            }
        } catch {
            throw StoreError.from(error, path: path)
        }
        guard FileManager.default.isWritableFile(atPath: path) else { throw .readOnly(path: path) }
    }
}
