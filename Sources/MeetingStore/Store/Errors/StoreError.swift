import GRDB
import MeetingKit

/// Why a record could not be opened or written. Every case names the file and says what to do; none
/// leaves the file changed.
public enum StoreError: Error, Sendable, Equatable, CustomStringConvertible {
    case notAGavelRecord(path: String, detail: String)
    case newerSchema(path: String, unknownMigrations: [String])
    /// Found by the read-only inspection before any open: the file is as it was.
    case damaged(path: String, detail: String)
    /// Found once open, by SQLite or a missing table: the open may have touched the file's bookkeeping.
    case corrupt(path: String, detail: String)
    case readOnly(path: String)
    case diskFull(path: String)
    /// Another connection held the record longer than the busy timeout: transient, never damage.
    case busy(path: String)
    case cannotOpen(path: String, detail: String)
    case noSuchMeeting(path: String, meeting: Int64)
    case chainBroken(path: String, detail: String)
    case database(path: String, detail: String)
    /// The record's rules refused what was asked (a meeting started while the last is still going, say).
    case refused(path: String, reason: String)
    /// B1: a record holds the meetings of one body.
    case otherBody(path: String, record: Body, given: String, givenBody: Body)

    public var description: String {
        switch self {
        case .notAGavelRecord(let path, let detail):
            "\(path) is not a Gavel record (\(detail)). Gavel has not changed it; pass another file with --db."
        case .newerSchema(let path, let unknown):
            "\(path) was written by a newer version of Gavel (it has schema changes this version does not know: "
                + "\(unknown.joined(separator: ", "))). It has not been changed; use a newer gavel."
        case .damaged(let path, let detail):
            "\(path) is damaged (\(detail)). Gavel has not changed it; restore it from a backup and run `gavel verify`."
        case .corrupt(let path, let detail):
            "\(path) is damaged (\(detail)). Nothing was recorded; restore it from a backup and run `gavel verify`."
        case .readOnly(let path):
            "\(path) cannot be written (read-only file or folder). Nothing was recorded; check its permissions."
        case .diskFull(let path):
            "The disk holding \(path) is full. The last action was not recorded; everything acknowledged before it is "
                + "safe. Free some space and try again."
        case .busy(let path):
            "\(path) is busy: another terminal held it for over ten seconds. Nothing was recorded; try again."
        case .cannotOpen(let path, let detail):
            "\(path) cannot be opened: \(detail)."
        case .noSuchMeeting(let path, let meeting):
            "\(path) has no meeting \(meeting); `gavel list` shows the meetings it holds."
        case .chainBroken(let path, let detail):
            "\(path) failed its integrity check: \(detail)."
        case .database(let path, let detail):
            "\(path): \(detail)."
        case .refused(let path, let reason):
            "\(path): \(reason) Nothing was recorded."
        case .otherBody(let path, let record, let given, let givenBody):
            "\(path) is the record of the \(record.fullName) (\(record.rawValue)), but \(given) is a constitution of "
                + "the \(givenBody.fullName) (\(givenBody.rawValue)). A record holds one body's meetings (B1); give "
                + "the \(givenBody.rawValue) its own record with --db. Nothing was recorded."
        }
    }

    /// Maps an SQLite failure to what it means for the person at the keyboard. Only SQLite's own verdicts,
    /// `SQLITE_CORRUPT` and `SQLITE_NOTADB` on a file that starts as an SQLite database, mean damage;
    /// `beforeOpening` says the file was only read, so the message may say it was not changed.
    static func from(_ error: any Error, path: String, beforeOpening: Bool = false) -> StoreError {
        if let store = error as? StoreError { return store }
        guard let db = error as? DatabaseError else { return .database(path: path, detail: "\(error)") }
        let detail = db.message ?? "\(db.resultCode)"
        switch db.resultCode {
        case .SQLITE_NOTADB, .SQLITE_CORRUPT:
            let found = "SQLite reports: \(detail)"
            return beforeOpening ? .damaged(path: path, detail: found) : .corrupt(path: path, detail: found)
        case .SQLITE_BUSY, .SQLITE_LOCKED: return .busy(path: path)
        case .SQLITE_READONLY, .SQLITE_PERM: return .readOnly(path: path)
        // The log's index is grown by writing to it: failing to grow it is a full disk too.
        case .SQLITE_FULL: return .diskFull(path: path)
        case .SQLITE_IOERR where db.extendedResultCode == .SQLITE_IOERR_SHMSIZE: return .diskFull(path: path)
        case .SQLITE_CANTOPEN: return .cannotOpen(path: path, detail: detail)
        default: return .database(path: path, detail: detail)
        }
    }
}
