import GRDB

/// The outcome of checking every meeting's hash chain in a record.
public struct VerificationReport: Sendable {
    public struct MeetingChain: Sendable {
        public var number: Int
        public var head: ChainHead
        /// The first thing that does not match, or nil when the chain holds.
        public var problem: String?
    }

    public var meetings: [MeetingChain]
    /// For `--head`: the meeting and event whose hash is the one asked about, if any.
    public var headFound: (meeting: Int, sequence: Int)?

    /// SQLite's own check of the file's pages and indexes: ["ok"] when sound.
    public var integrity: [String] = []

    public var isIntact: Bool { integrity == ["ok"] && meetings.allSatisfy { $0.problem == nil } }
}

extension RecordStore {
    /// Recomputes every meeting's chain from its first link and names the first event that does not match:
    /// an edited, reordered or deleted row is caught. A chain cannot see its last rows cut off, so `head`,
    /// a hash printed in circulated minutes, is looked for too: if it is not found, events are missing.
    public func verify(head: String? = nil) throws(StoreError) -> VerificationReport {
        try read { db in
            var report = VerificationReport(meetings: [])
            report.integrity = try String.fetchAll(db, sql: "PRAGMA integrity_check(20)")
            let meetings = try Row.fetchAll(db, sql: "SELECT id, number, constitutionJSON, mattersArisingJSON, genesisHash FROM meeting ORDER BY number")
            for meeting in meetings {
                let number: Int = meeting["number"]
                var chain = VerificationReport.MeetingChain(number: number, head: ChainHead(eventCount: 0, hash: meeting["genesisHash"]))
                let genesis = EventCodec.genesisHash(
                    meetingNumber: number, constitutionJSON: meeting["constitutionJSON"], mattersArisingJSON: meeting["mattersArisingJSON"])
                if genesis != meeting["genesisHash"] {
                    chain.problem = "meeting \(number)'s constitution or carried matters were changed after it began"
                }
                var previous = genesis
                let rows = try Row.fetchCursor(db, sql: "SELECT sequence, body, hash FROM event WHERE meetingID = ? ORDER BY sequence", arguments: [meeting["id"] as Int64])
                while let row = try rows.next() {
                    let sequence: Int = row["sequence"]
                    let stored: String = row["hash"]
                    if chain.problem == nil {
                        if sequence != chain.head.eventCount + 1 {
                            chain.problem = "meeting \(number): event \(chain.head.eventCount + 1) is missing (the next stored is \(sequence)); events were deleted"
                        } else if EventCodec.hash(previous: previous, meetingNumber: number, sequence: sequence, body: row["body"]) != stored {
                            chain.problem = "meeting \(number): event \(sequence) does not match its hash; it was changed, moved, or an event before it was removed, after it was written"
                        }
                    }
                    if stored == head { report.headFound = (number, sequence) }
                    previous = stored
                    chain.head = ChainHead(eventCount: chain.head.eventCount + 1, hash: stored)
                }
                report.meetings.append(chain)
            }
            return report
        }
    }
}
