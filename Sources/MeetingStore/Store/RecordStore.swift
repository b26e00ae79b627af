import Foundation
import GRDB
import MeetingKit

/// One series' record (B2): an SQLite file holding its meetings and their hash-chained journals.
///
/// Durability: every acknowledged action is committed with `synchronous = FULL` in WAL mode, so it survives
/// a crash of the process or of the machine. Several processes may open the same record; writes are
/// serialised by SQLite's lock and wait for it (busy timeout) rather than fail. Each process holds one
/// connection, so the last to close folds the log back into the file and removes `-wal` and `-shm`.
public final class RecordStore: Sendable {
    /// The record's path as its user named it: every message says this one.
    public let path: String
    /// One connection: a writer for a record opened to be written, a reader for one opened to be read.
    let database: DatabaseQueue
    /// Opened only to be read: every write is refused before SQLite sees it.
    let isReadOnly: Bool

    private init(path: String, database: DatabaseQueue, isReadOnly: Bool) {
        self.path = path
        self.database = database
        self.isReadOnly = isReadOnly
    }

    /// Opens the record at `path` only to read it (list, verify, export, minutes, actions, the projector):
    /// nothing is written, and a record on a read-only medium or folder, or on a full disk, can still be read.
    public static func openForReading(path: String) throws(StoreError) -> RecordStore {
        guard FileManager.default.fileExists(atPath: path) else {
            throw .cannotOpen(path: path, detail: "there is no record there; `gavel new` starts one")
        }
        return RecordStore(
            path: path, database: try RecordInspection.inspect(path: path, forWriting: false), isReadOnly: true)
    }

    /// Opens the record at `path`. With `newSeries`, a missing or empty file becomes a new record of that
    /// series, made whole beside it (`prepare` runs on it first, to start a meeting, say) and only then put
    /// in place, so a failure (a full disk) leaves nothing half-made. Without it, a missing file is an
    /// error. A file that is not Gavel's is refused untouched.
    public static func open(
        path: String, newSeries: (name: String, constitution: Constitution)? = nil,
        prepare: ((RecordStore) throws(StoreError) -> Void)? = nil
    ) throws(StoreError) -> RecordStore {
        let exists = FileManager.default.fileExists(atPath: path)
        let isEmpty = exists && ((try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0) == 0
        if !exists || isEmpty {
            guard let newSeries else {
                throw .cannotOpen(path: path, detail: "there is no record there; `gavel new` starts one")
            }
            try RecordCreation.create(at: path) { (file: String) throws(StoreError) in
                let store = try openWriter(file, named: path)
                try store.migrate(newSeries: newSeries)
                try prepare?(store)
                try store.closeFolded()
            }
        } else {
            try RecordInspection.inspect(path: path)
        }
        let store = try openWriter(path, named: path)
        try store.migrate(newSeries: nil)
        return store
    }

    /// A writing connection: WAL, each commit synced before it is acknowledged (`synchronous = FULL`;
    /// NORMAL can lose the last commits on power loss), the log cut back to `LogBound.keptBytes` whenever
    /// SQLite resets it.
    /// How long a write waits for another terminal's lock before it says the record is busy.
    static let busyTimeout: TimeInterval = 10

    private static func openWriter(_ file: String, named path: String) throws(StoreError) -> RecordStore {
        var configuration = Configuration()
        configuration.busyMode = .timeout(busyTimeout)
        configuration.label = "gavel"
        configuration.prepareDatabase { db in
            guard try String.fetchOne(db, sql: "PRAGMA journal_mode = WAL") == "wal" else {
                throw StoreError.database(path: path, detail: "SQLite would not keep a write-ahead log for it")
            }
            try db.execute(sql: "PRAGMA synchronous = FULL")
            try db.execute(sql: "PRAGMA journal_size_limit = \(LogBound.keptBytes)")
        }
        do {
            return RecordStore(
                path: path, database: try DatabaseQueue(path: file, configuration: configuration), isReadOnly: false)
        } catch {
            throw StoreError.from(error, path: path)
        }
    }

    /// Folds the log into the file and closes, failing unless the file alone now holds everything: a
    /// record made aside is put in place without its log.
    private func closeFolded() throws(StoreError) {
        do {
            try database.writeWithoutTransaction { db in
                let result = try db.checkpoint(.truncate)
                guard result.walFrameCount == result.checkpointedFrameCount else { throw StoreError.busy(path: path) }
            }
            try database.close()
        } catch {
            throw StoreError.from(error, path: path)
        }
        if ReadOnlyConnection.logHoldsFrames(database.path) {
            throw StoreError.database(path: path, detail: "its write-ahead log could not be folded into it")
        }
    }

    private func migrate(newSeries: (name: String, constitution: Constitution)?) throws(StoreError) {
        // A newer schema was refused by the inspection, before this connection could change anything.
        do {
            try Schema.migrator(path: path).migrate(database)
        } catch {
            throw StoreError.from(error, path: path)
        }
        try access { db in
            if try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM series") == 0 {
                guard let newSeries else { throw StoreError.corrupt(path: path, detail: "it has no series") }
                try db.execute(
                    sql: "INSERT INTO series (id, name, constitutionJSON, createdAt) VALUES (1, ?, ?, ?)",
                    arguments: [
                        newSeries.name, try EventCodec.encode(newSeries.constitution), Date().timeIntervalSince1970,
                    ])
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
            try Row.fetchAll(
                db,
                sql: """
                    SELECT m.number, m.createdAt, COUNT(e.sequence) AS events
                    FROM meeting m LEFT JOIN event e ON e.meetingID = m.id
                    GROUP BY m.id ORDER BY m.number
                    """
            ).map {
                MeetingSummary(
                    number: $0["number"], createdAt: Date(timeIntervalSince1970: $0["createdAt"]),
                    eventCount: $0["events"])
            }
        }
    }

    /// Starts the next meeting of the series under `constitution` (the series' own by default), carrying
    /// the previous meeting's open actions and risk register as matters arising (N2, N3), once the previous
    /// meeting is closed (I7). Given `expected`, the meeting is started only if `expected` is still the
    /// latest; otherwise the latest is returned, as it is when the latest has not yet begun.
    @discardableResult
    public func startMeeting(
        constitution: Constitution? = nil, after expected: Int? = nil, at time: Date = Date()
    ) throws(StoreError) -> Int {
        try beginMeeting(constitution: constitution, after: expected, at: time).number
    }

    /// `startMeeting`, saying also whether this request started the meeting or found it started.
    public func beginMeeting(
        constitution: Constitution? = nil, after expected: Int? = nil, at time: Date = Date()
    ) throws(StoreError) -> MeetingStart {
        let seriesConstitution = try series().constitution
        if let constitution, constitution.body != seriesConstitution.body {
            throw StoreError.otherBody(
                path: path, record: seriesConstitution.body, given: constitution.name, givenBody: constitution.body)
        }
        var startedNow = false
        return try access { db in
            if let problem = try Self.seriesProblem(db) {
                throw StoreError.chainBroken(path: path, detail: problem + "; no meeting was started")
            }
            try db.inTransaction(.immediate) {
                let previous = try Int.fetchOne(db, sql: "SELECT MAX(number) FROM meeting") ?? 0
                // Two terminals asking for the meeting after the same one get the same new meeting.
                if let expected, previous != expected { return .commit }
                let last = previous == 0 ? nil : try MeetingJournal.load(db: db, number: previous, path: path).state
                // A meeting started but not yet begun is the next meeting: asking again (two clerks, a retry)
                // gets it, never a second meeting beside it.
                if let last, last.lastSequence == 0 { return .commit }
                let carried = last?.mattersArisingForNext(meetingNumber: previous) ?? .none
                // I7: only after a closed meeting, from its constitution (names, appointments, the chair).
                let chosen: Constitution
                do {
                    chosen = try SeriesContinuity.constitutionForNext(
                        after: last, number: previous, given: constitution, series: seriesConstitution)
                } catch let refusal as Refusal {
                    throw StoreError.refused(path: path, reason: refusal.reason)
                }
                let number = previous + 1
                let constitutionJSON = try EventCodec.encode(chosen)
                let mattersJSON = try EventCodec.encode(carried)
                try db.execute(
                    sql:
                        "INSERT INTO meeting (number, constitutionJSON, mattersArisingJSON, createdAt, genesisHash) "
                        + "VALUES (?, ?, ?, ?, ?)",
                    arguments: [
                        number, constitutionJSON, mattersJSON, time.timeIntervalSince1970,
                        EventCodec.genesisHash(
                            meetingNumber: number, constitutionJSON: constitutionJSON, mattersArisingJSON: mattersJSON),
                    ])
                startedNow = true
                return .commit
            }
            let number = try Int.fetchOne(db, sql: "SELECT MAX(number) FROM meeting") ?? 1
            return MeetingStart(number: number, startedNow: startedNow)
        }
    }

    /// Runs `work` in one write access, mapping any failure to a `StoreError` that names this record, then
    /// keeps the log within its bound. A store opened for reading refuses before SQLite is asked.
    func access<T>(_ work: (Database) throws -> T) throws(StoreError) -> T {
        guard !isReadOnly else { throw .readOnly(path: path) }
        do {
            return try database.writeWithoutTransaction { db in
                let result = try work(db)
                LogBound.keep(db, log: database.path + "-wal")
                return result
            }
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
