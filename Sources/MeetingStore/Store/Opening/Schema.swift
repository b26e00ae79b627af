import GRDB

/// The record's tables, migrated with GRDB's migrator. A database is one series (B2): its meetings, each
/// with the constitution it ran under, what it carried from the meeting before, and its append-only journal.
enum Schema {
    /// `PRAGMA application_id`: "GVL1". Marks the file as Gavel's so another SQLite file is never mistaken
    /// for a record, or written to.
    static let applicationID: Int32 = 0x4756_4C31

    /// `path` names the record in what a migration may say.
    static func migrator(path: String) -> DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1: series, meetings, hash-chained events") { db in
            try db.execute(sql: "PRAGMA application_id = \(applicationID)")
            try db.create(table: "series") { t in
                t.primaryKey("id", .integer)
                t.column("name", .text).notNull()
                t.column("constitutionJSON", .text).notNull()
                t.column("createdAt", .double).notNull()
            }
            try db.create(table: "meeting") { t in
                t.primaryKey("id", .integer)
                t.column("number", .integer).notNull().unique()
                t.column("constitutionJSON", .text).notNull()
                t.column("mattersArisingJSON", .text).notNull()
                t.column("createdAt", .double).notNull()
                t.column("genesisHash", .text).notNull()
            }
            // Append-only: no UPDATE or DELETE is ever issued; the hash chain makes one visible if it happens.
            try db.create(table: "event") { t in
                t.column("meetingID", .integer).notNull().references("meeting")
                t.column("sequence", .integer).notNull()
                t.column("body", .text).notNull()
                t.column("hash", .text).notNull()
                t.primaryKey(["meetingID", "sequence"])
            }
        }
        // The words of every meeting, for search; built from the events of a record written before it.
        migrator.registerMigration("v2: search index") { db in
            try SearchIndex.create(db)
            try SearchIndex.indexAll(db)
        }
        // Who may reach the record over SSH, and the chairs' signatures over closed meetings.
        migrator.registerMigration("v3: access journal") { db in
            try AccessJournal.create(db)
        }
        // Each closed meeting's register facts, made from the events of a record written before them.
        migrator.registerMigration("v4: register facts") { db in
            try RegisterFactsTable.create(db)
            try RegisterFactsTable.keepAll(db, path: path)
        }
        return migrator
    }
}
