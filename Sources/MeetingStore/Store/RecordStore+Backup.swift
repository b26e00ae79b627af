import Foundation
import GRDB

/// What `backup` wrote, checked.
public struct BackupReport: Sendable {
    public var destination: String
    public var meetings: Int
    public var events: Int
}

extension RecordStore {
    /// Copies the record with SQLite's online backup, in one step inside one read transaction, so the copy
    /// is the record as of one instant: every event acknowledged before the backup began is in it, while
    /// meetings go on writing. The copy is made beside `destination`, verified (SQLite's integrity check and
    /// every chain), and only then put in place; an existing file is never overwritten.
    ///
    /// `destination` is a file, or an existing folder, in which case the copy is named for the record and
    /// the instant (UTC): `elg-20261201-083012Z.gavel`.
    public func backup(to destination: String, at now: Date = Date()) throws(StoreError) -> BackupReport {
        let target = Self.backupFile(for: destination, record: path, at: now)
        guard !FileManager.default.fileExists(atPath: target) else {
            throw .cannotOpen(path: target, detail: "a file is already there, and a backup never replaces one")
        }
        do {
            return try copy(to: target)
        } catch .diskFull {
            throw .cannotOpen(path: target, detail: "the disk is full; no backup was made, and the record is as it was")
        }
    }

    private func copy(to target: String) throws(StoreError) -> BackupReport {
        var counted = (meetings: 0, events: 0)
        let placed = try RecordCreation.create(at: target) { (aside: String) throws(StoreError) in
            do {
                let copy = try DatabaseQueue(path: aside)
                try database.backup(to: copy)
                try copy.close()
            } catch {
                throw StoreError.from(error, path: target)
            }
            let report = try RecordStore.openForReading(path: aside).verify()
            guard report.isIntact else {
                let why =
                    report.meetings.compactMap(\.problem).first ?? report.seriesProblem ?? report.accessProblem
                    ?? report.integrity.joined(separator: "; ")
                throw .chainBroken(path: target, detail: "the copy did not verify (\(why)), so it was not kept")
            }
            counted = (report.meetings.count, report.meetings.reduce(0) { $0 + $1.head.eventCount })
        }
        guard placed else {
            throw .cannotOpen(path: target, detail: "another file appeared there while the copy was made")
        }
        return BackupReport(destination: target, meetings: counted.meetings, events: counted.events)
    }

    static func backupFile(for destination: String, record: String, at now: Date) -> String {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: destination, isDirectory: &isFolder), isFolder.boolValue else {
            return destination
        }
        let stem = URL(fileURLWithPath: record).deletingPathExtension().lastPathComponent
        // 2025-12-01T08:30:12Z becomes 20251201-083012Z: sortable, and no colon for other file systems.
        let stamp = now.formatted(Date.ISO8601FormatStyle(timeZone: .gmt)).filter { $0 != "-" && $0 != ":" }
            .replacingOccurrences(of: "T", with: "-")
        return URL(fileURLWithPath: destination).appendingPathComponent("\(stem)-\(stamp).gavel").path
    }
}
