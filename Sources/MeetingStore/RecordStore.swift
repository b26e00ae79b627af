import Foundation
import GRDB
import MeetingKit

/// One series' record (B2): an SQLite file holding its meetings and their hash-chained journals.
///
/// Durability: every acknowledged action is committed with `synchronous = FULL` in WAL mode, so it survives
/// a crash of the process or of the machine. Several processes may open the same record; writes are
/// serialised by SQLite's lock and wait for it (busy timeout) rather than fail.
public final class RecordStore: Sendable {
    public let path: String
    /// A pool for a record opened to be written; a read-only connection for one opened to be read.
    let database: any DatabaseWriter

    private init(path: String, database: any DatabaseWriter) {
        self.path = path
        self.database = database
    }

    /// Opens the record at `path` only to read it (list, verify, export, minutes, actions): nothing is
    /// written and no file is left beside it, so a record on a read-only medium or folder, or on a full
    /// disk, can still be read.
    public static func openForReading(path: String) throws(StoreError) -> RecordStore {
        guard FileManager.default.fileExists(atPath: path) else {
            throw .cannotOpen(path: path, detail: "there is no record there; `gavel new` starts one")
        }
        try RecordInspection.inspect(path: path, forWriting: false)
        do {
            return RecordStore(path: path, database: try ReadOnlyConnection.open(path))
        } catch {
            throw StoreError.from(error, path: path)
        }
    }

    /// Opens the record at `path`. With `newSeries`, a missing or empty file becomes a new record of that
    /// series; without it, a missing file is an error. A file that is not Gavel's is refused untouched.
    public static func open(path: String, newSeries: (name: String, constitution: Constitution)? = nil) throws(StoreError) -> RecordStore {
        let exists = FileManager.default.fileExists(atPath: path)
        let isEmpty = exists && ((try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0) == 0
        if !exists || isEmpty {
            guard newSeries != nil else {
                throw .cannotOpen(path: path, detail: "there is no record there; `gavel new` starts one")
            }
            do {
                try RecordLocation.prepareFolder(for: path)
                if !exists, !FileManager.default.createFile(atPath: path, contents: nil, attributes: [.posixPermissions: 0o600]) {
                    throw StoreError.readOnly(path: path)
                }
            } catch {
                throw StoreError.from(error, path: path)
            }
        } else {
            try RecordInspection.inspect(path: path)
        }
        do {
            var configuration = Configuration()
            configuration.busyMode = .timeout(10)
            configuration.label = "gavel"
            let pool = try DatabasePool(path: path, configuration: configuration)
            // DatabasePool sets synchronous = NORMAL when it enables WAL, after any prepareDatabase hook;
            // NORMAL can lose the last commits on power loss. Acknowledged means durable, so FULL, here.
            try pool.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA synchronous = FULL") }
            let store = RecordStore(path: path, database: pool)
            try store.migrate(newSeries: newSeries)
            return store
        } catch {
            throw StoreError.from(error, path: path)
        }
    }

    private func migrate(newSeries: (name: String, constitution: Constitution)?) throws {
        // A newer schema was refused by the inspection, before this connection could change anything.
        try Schema.migrator.migrate(database)
        try database.write { db in
            if try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM series") == 0 {
                guard let newSeries else { throw StoreError.corrupt(path: path, detail: "it has no series") }
                try db.execute(
                    sql: "INSERT INTO series (id, name, constitutionJSON, createdAt) VALUES (1, ?, ?, ?)",
                    arguments: [newSeries.name, try EventCodec.encode(newSeries.constitution), Date().timeIntervalSince1970])
            }
        }
    }

    /// The series' name and the constitution new meetings run under.
    public func series() throws(StoreError) -> (name: String, constitution: Constitution) {
        try read { db in
            guard let row = try Row.fetchOne(db, sql: "SELECT name, constitutionJSON FROM series WHERE id = 1") else {
                throw StoreError.corrupt(path: path, detail: "it has no series")
            }
            return (row["name"], try EventCodec.decode(Constitution.self, from: row["constitutionJSON"]))
        }
    }

    /// Every meeting of the series, oldest first.
    public func meetings() throws(StoreError) -> [MeetingSummary] {
        try read { db in
            try Row.fetchAll(db, sql: """
                SELECT m.number, m.createdAt, COUNT(e.sequence) AS events
                FROM meeting m LEFT JOIN event e ON e.meetingID = m.id
                GROUP BY m.id ORDER BY m.number
                """).map { MeetingSummary(number: $0["number"], createdAt: Date(timeIntervalSince1970: $0["createdAt"]), eventCount: $0["events"]) }
        }
    }

    /// Starts the next meeting of the series under `constitution` (the series' own by default), carrying
    /// the previous meeting's open actions and risk register as matters arising (N2, N3). Given `expected`,
    /// the meeting is started only if `expected` is still the latest; otherwise the latest is returned.
    @discardableResult
    public func startMeeting(constitution: Constitution? = nil, after expected: Int? = nil, at time: Date = Date()) throws(StoreError) -> Int {
        let seriesConstitution = try series().constitution
        if let constitution, constitution.body != seriesConstitution.body {
            throw StoreError.otherBody(path: path, record: seriesConstitution.body, given: constitution.name, givenBody: constitution.body)
        }
        return try access { db in
            if let problem = try Self.seriesProblem(db) { throw StoreError.chainBroken(path: path, detail: problem + "; no meeting was started") }
            try db.inTransaction(.immediate) {
                let previous = try Int.fetchOne(db, sql: "SELECT MAX(number) FROM meeting") ?? 0
                // Two terminals asking for the meeting after the same one get the same new meeting.
                if let expected, previous != expected { return .commit }
                let last = previous == 0 ? nil : try MeetingJournal.load(db: db, number: previous, path: path).state
                let carried = last?.mattersArisingForNext(meetingNumber: previous) ?? .none
                // Names and appointments made at the last meeting carry on, unless a constitution is given.
                let chosen = constitution ?? last?.constitutionForNext ?? seriesConstitution
                let number = previous + 1
                let constitutionJSON = try EventCodec.encode(chosen)
                let mattersJSON = try EventCodec.encode(carried)
                try db.execute(
                    sql: "INSERT INTO meeting (number, constitutionJSON, mattersArisingJSON, createdAt, genesisHash) VALUES (?, ?, ?, ?, ?)",
                    arguments: [number, constitutionJSON, mattersJSON, time.timeIntervalSince1970,
                                EventCodec.genesisHash(meetingNumber: number, constitutionJSON: constitutionJSON, mattersArisingJSON: mattersJSON)])
                return .commit
            }
            return try Int.fetchOne(db, sql: "SELECT MAX(number) FROM meeting") ?? 1
        }
    }

    /// Runs `work` in one write access, mapping any failure to a `StoreError` that names this record.
    func access<T>(_ work: (Database) throws -> T) throws(StoreError) -> T {
        do {
            return try database.writeWithoutTransaction(work)
        } catch {
            throw StoreError.from(error, path: path)
        }
    }

    /// Runs `work` in a read, mapping failures the same way.
    func read<T>(_ work: (Database) throws -> T) throws(StoreError) -> T {
        do {
            return try database.read(work)
        } catch {
            throw StoreError.from(error, path: path)
        }
    }
}

public struct MeetingSummary: Hashable, Sendable {
    public var number: Int
    public var createdAt: Date
    public var eventCount: Int
}
