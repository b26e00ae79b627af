import Foundation
import GRDB
import MeetingKit

/// The outcome of checking every meeting's hash chain in a record.
public struct VerificationReport: Sendable {
    public struct MeetingChain: Sendable {
        public var number: Int
        public var head: ChainHead
        /// The first thing that does not match, or nil when the chain holds.
        public var problem: String?
    }

    /// Where a chain head from circulated minutes stands in the record (`verify --head`).
    public enum HeadStatus: Sendable, Equatable {
        /// The last event of its meeting: the record holds exactly what the minutes were drawn from.
        case last(meeting: Int, sequence: Int)
        /// An earlier event: the record holds it and everything before it, and `after` events since.
        case earlier(meeting: Int, sequence: Int, after: Int)
        /// Found, but the chain is broken at or before it, so what it covers is not proven.
        case unproven(meeting: Int, sequence: Int, problem: String)
        /// No event has it: what those minutes were drawn from is no longer all there.
        case absent
    }

    public var meetings: [MeetingChain]
    /// For `--head`: where the hash asked about stands; nil when none was asked about.
    public var head: HeadStatus?
    /// The series' constitution, which starts a record's first meeting, checked against the copy meeting 1's
    /// chain holds.
    public var seriesProblem: String?

    /// SQLite's own check of the file's pages and indexes: ["ok"] when sound.
    public var integrity: [String] = []
    /// The key journal's chain (keys and signatures), checked like a meeting's.
    public var accessProblem: String?
    /// Each chair's signature over a closed meeting, checked against the chain and the chair's key.
    public var signatures: [SignatureCheck] = []

    public struct SignatureCheck: Sendable {
        public var meeting: Int
        public var eventCount: Int
        public var fingerprint: String
        /// How many key journal entries the signature covers; nil for one made before signatures covered it.
        public var coversKeys: Int?
        /// Why the signature does not hold, or nil when it does.
        public var problem: String?
    }

    /// Each closed meeting's register facts that do not hold: derived, so they never make the record less
    /// intact (a backup still copies it), but a register drawn from them would be wrong until they are made
    /// again, and `gavel verify` fails.
    public var registerFactsProblems: [String] = []

    /// Entries in the key journal.
    public var keyEntries = 0
    /// A keyed event whose key the key journal never gave to its author: the journal lost or rewrote an entry.
    public var keyUseProblem: String?

    /// How many key journal entries a chair's signature that holds covers: the rest, after it, rest on the
    /// file alone, and deleting or rewriting them (the last signature among them) cannot be seen from it.
    public var keyEntriesCovered: Int {
        signatures.filter { $0.problem == nil }.compactMap(\.coversKeys).max() ?? 0
    }

    public var isIntact: Bool {
        integrity == ["ok"] && seriesProblem == nil && accessProblem == nil && keyUseProblem == nil
            && meetings.allSatisfy { $0.problem == nil }
            && signatures.allSatisfy { $0.problem == nil }
    }
}

extension RecordStore {
    /// Recomputes every meeting's chain from its first link and names the first event that does not match:
    /// an edited, reordered or deleted row is caught. A chain cannot see its last rows cut off, so `head`,
    /// a hash printed in circulated minutes, is looked for too: if it is not found, events are missing.
    /// `chairKey`, the fingerprint of the chair's own key, makes every signature answer to it.
    /// `recomputingRegisters` also folds every closed meeting again to compare its kept register facts with
    /// what its events give; without it, each row is checked against its meeting's chain head only.
    public func verify(
        head: String? = nil, chairKey: String? = nil, recomputingRegisters: Bool = false
    ) throws(StoreError) -> VerificationReport {
        let integrity = ConcurrentIntegrityCheck(path: path)
        return try read { db in
            var report = VerificationReport(meetings: [])
            report.seriesProblem = try Self.seriesProblem(db)
            report.accessProblem = try AccessJournal.problem(db)
            let access = try AccessJournal.load(db).events
            report.keyEntries = access.count
            let keyUse = KeyUseCheck(access)
            let signed = Keyring.fold(access).signatures
            let targets = Set(signed.map { SignatureTarget(meeting: $0.meeting, eventCount: $0.eventCount) })
            var signedHashes: [SignatureTarget: String] = [:]
            var found: (meeting: Int, sequence: Int, problem: String?)?
            let meetings = try Row.fetchAll(
                db,
                sql: "SELECT id, number, constitutionJSON, mattersArisingJSON, genesisHash FROM meeting ORDER BY number"
            )
            for meeting in meetings {
                let number: Int = meeting["number"]
                var chain = VerificationReport.MeetingChain(
                    number: number, head: ChainHead(eventCount: 0, hash: meeting["genesisHash"]))
                let genesis = EventCodec.genesisHash(
                    meetingNumber: number, constitutionJSON: meeting["constitutionJSON"],
                    mattersArisingJSON: meeting["mattersArisingJSON"])
                if genesis != meeting["genesisHash"] {
                    chain.problem = "meeting \(number)'s constitution or carried matters were changed after it began"
                }
                var link = ChainLinkCheck(genesis: genesis, meetingNumber: number)
                let headBytes = head.map { Array($0.utf8) }
                try StoredEventRows.forEach(db, meetingID: meeting["id"]) { sequence, body, stored in
                    if let broken = link.check(sequence: sequence, body: body, stored: stored), chain.problem == nil {
                        chain.problem = broken.sentence(chain: "meeting \(number)", row: "event", rows: "events")
                    }
                    if report.keyUseProblem == nil {
                        report.keyUseProblem = keyUse.problem(meeting: number, sequence: sequence, body: body)
                    }
                    if let headBytes, stored.elementsEqual(headBytes) { found = (number, sequence, chain.problem) }
                    if !targets.isEmpty, case let target = SignatureTarget(meeting: number, eventCount: sequence),
                        targets.contains(target)
                    {
                        signedHashes[target] = String(decoding: stored, as: UTF8.self)
                    }
                }
                if link.rowCount > 0 {
                    chain.head = ChainHead(
                        eventCount: link.rowCount, hash: String(decoding: link.previous, as: UTF8.self))
                }
                report.meetings.append(chain)
            }
            if head != nil {
                report.head =
                    found.map { found in
                        if let problem = found.problem {
                            return .unproven(meeting: found.meeting, sequence: found.sequence, problem: problem)
                        }
                        let count =
                            report.meetings.first { $0.number == found.meeting }?.head.eventCount ?? found.sequence
                        return count == found.sequence
                            ? .last(meeting: found.meeting, sequence: found.sequence)
                            : .earlier(meeting: found.meeting, sequence: found.sequence, after: count - found.sequence)
                    } ?? .absent
            }
            // Recomputed while SQLite's own check runs beside it.
            report.registerFactsProblems = try Self.registerFactsProblems(
                db, path: path, recomputing: recomputingRegisters)
            // On its own connection where one opens, else on this one, after the chains.
            report.integrity = try integrity.outcome() ?? String.fetchAll(db, sql: "PRAGMA integrity_check(20)")
            report.signatures = Self.checkSignatures(
                signed, keys: access, accessHeads: try AccessJournal.heads(db), chains: report.meetings,
                hashes: signedHashes, chairKey: chairKey)
            return report
        }
    }

    /// Why the series' constitution cannot be trusted, or nil. A record's first meeting begins under it, and
    /// meeting 1's chain holds that copy, so once there is a meeting 1 the two must agree.
    static func seriesProblem(_ db: Database) throws -> String? {
        guard let series = try String.fetchOne(db, sql: "SELECT constitutionJSON FROM series WHERE id = 1"),
            let first = try String.fetchOne(db, sql: "SELECT constitutionJSON FROM meeting WHERE number = 1")
        else { return nil }
        // Compared as constitutions: meeting 1's copy was written from a decoded series constitution.
        let same =
            try series == first
            || EventCodec.decode(Constitution.self, from: series) == EventCodec.decode(Constitution.self, from: first)
        return same
            ? nil
            : "the series' constitution differs from the one meeting 1 began under, which its chain holds: it was "
                + "changed after the record began"
    }
}
