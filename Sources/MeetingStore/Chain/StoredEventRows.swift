import GRDB
import GRDBSQLite

/// A meeting's stored events, read straight from SQLite's statement: `verify` reads every event of every
/// meeting, and the body and hash are wanted only as bytes, where SQLite holds them, never as values.
enum StoredEventRows {
    /// Calls `visit` with each event's sequence, body and stored hash, in sequence order. The bytes are valid
    /// only during the call.
    static func forEach(
        _ db: Database, meetingID: Int64,
        _ visit: (_ sequence: Int, _ body: UnsafeRawBufferPointer, _ hash: UnsafeRawBufferPointer) throws -> Void
    ) throws {
        let statement = try db.cachedStatement(
            sql: "SELECT sequence, body, hash FROM event WHERE meetingID = ? ORDER BY sequence")
        try statement.setArguments([meetingID])
        let raw = statement.sqliteStatement
        defer { sqlite3_reset(raw) }
        while true {
            let code = sqlite3_step(raw)
            if code == SQLITE_DONE { return }
            guard code == SQLITE_ROW else {
                throw DatabaseError(
                    resultCode: ResultCode(rawValue: code),
                    message: db.sqliteConnection.map { String(cString: sqlite3_errmsg($0)) })
            }
            try visit(Int(sqlite3_column_int64(raw, 0)), column(raw, 1), column(raw, 2))
        }
    }

    private static func column(_ statement: SQLiteStatement, _ index: Int32) -> UnsafeRawBufferPointer {
        // The pointer first, then the length: SQLite's documented order, for text read as bytes.
        let start = sqlite3_column_blob(statement, index)
        return UnsafeRawBufferPointer(start: start, count: Int(sqlite3_column_bytes(statement, index)))
    }
}
