import Foundation
import GRDB
import MeetingKit

/// One meeting as a terminal works on it: the folded state, kept current, and the way to act on it.
///
/// A command is decided against the newest state inside the same write transaction that appends its
/// events, so an action is never applied twice or lost; if another terminal's change makes it invalid
/// (the vote was closed elsewhere), it is refused with the reason and the events that caused it.
public final class LiveMeeting {
    public let store: RecordStore
    private var journal: MeetingJournal
    /// The key journal as this terminal last read it (only keyed actions need it).
    private var keyring = Keyring()

    public init(store: RecordStore, number: Int) throws(StoreError) {
        self.store = store
        journal = try store.read { db in try MeetingJournal.load(db: db, number: number, path: store.path) }
    }

    public var number: Int { journal.number }
    public var state: MeetingState { journal.state }
    public var events: [MeetingEvent] { journal.events }
    /// The chain head: what the minutes print and `gavel verify --head` checks.
    public var head: ChainHead { ChainHead(eventCount: journal.events.count, hash: journal.lastHash) }

    /// Reads what other processes appended; returns the new events (often none).
    @discardableResult
    public func refresh() throws(StoreError) -> [MeetingEvent] {
        var working = journal
        let arrived = try store.read { db in try working.catchUp(db) }
        journal = working
        return arrived
    }

    /// Decides `command` against the newest record and appends its events durably. Returns them once
    /// committed with synchronous = FULL: only then is the action acknowledged. Without `time`, the action
    /// is timed when it is recorded, inside the transaction: another terminal may commit between a key
    /// press and this write, and a record's time runs forward (invariant I2).
    @discardableResult
    public func perform(
        _ command: Command, by author: Role, as actor: Actor? = nil, at time: Date? = nil
    ) throws(ActionError) -> [MeetingEvent] {
        let outcome: Transaction
        do { outcome = try transact([Step(command, by: author, as: actor, at: time)]) } catch { throw .store(error) }
        if let failure = outcome.failure { throw .refused(failure.refusal, since: outcome.arrived) }
        return outcome.appended
    }

    /// One command of a batch: what, by whom, when.
    public struct Step: Sendable {
        public var command: Command
        public var author: Role
        public var actor: Actor?
        /// Nil: when it is recorded.
        public var time: Date?
        public init(_ command: Command, by author: Role, as actor: Actor? = nil, at time: Date? = nil) {
            self.command = command
            self.author = author
            self.actor = actor
            self.time = time
        }
    }

    /// Decides and appends every step in one transaction: all are recorded, or none is. A refusal names
    /// the step (from 1) that was refused; the record is then as it was.
    @discardableResult
    public func perform(all steps: [Step]) throws(BatchError) -> [MeetingEvent] {
        let outcome: Transaction
        do { outcome = try transact(steps) } catch { throw .store(error) }
        if let failure = outcome.failure { throw .refused(step: failure.step, failure.refusal) }
        return outcome.appended
    }

    private struct Transaction {
        /// What other processes appended since this one last read: what the steps were judged against.
        var arrived: [MeetingEvent] = []
        var appended: [MeetingEvent] = []
        var failure: (step: Int, refusal: Refusal)?
    }

    /// A key writes only in the role the record gives its holder now, not the one it had when it connected:
    /// a key removed, or a chair who has handed over (M4), stops writing at once, not at the next connection.
    private func requireStillEntitled(_ actor: Actor?, as author: Role, in state: MeetingState, _ db: Database) throws {
        guard let fingerprint = actor?.key else { return }
        keyring = try AccessJournal.extend(keyring, db)
        guard let key = keyring.key(fingerprint) else {
            throw Refusal("Your key (\(fingerprint)) has been removed from the record; nothing was recorded.")
        }
        let now = try state.remoteView(for: key.holder).role
        guard now == author else {
            throw Refusal(
                "Your key now opens \(now.map { "the \($0.rawValue)'s screen" } ?? "the projector"), not the "
                    + "\(author.rawValue)'s; nothing was recorded. Connect again."
            )
        }
    }

    /// Catches up and decides every step inside one BEGIN IMMEDIATE transaction, appending as it goes; a
    /// refusal rolls all of it back. What others appended is kept either way: it is real, and it is why.
    private func transact(_ steps: [Step]) throws(StoreError) -> Transaction {
        var working = journal
        var outcome = Transaction()
        try store.access { db in
            try db.inTransaction(.immediate) {
                outcome.arrived = try working.catchUp(db)
                let caughtUp = working
                // Every commit already made is before this one: the write lock is held from here on.
                let now = max(Date(), working.state.latestTime ?? .distantPast)
                for (index, step) in steps.enumerated() {
                    do {
                        // Time runs forward (I2): a step timed ahead of now would refuse every live command until then.
                        if let time = step.time, time > now.addingTimeInterval(60) {
                            throw Refusal(
                                "Not recorded: the command is timed later than now; the record holds what has happened "
                                    + "(invariant I2)."
                            )
                        }
                        try requireStillEntitled(step.actor, as: step.author, in: working.state, db)
                        let admission = try working.state.admit(
                            step.command, by: step.author, as: step.actor, at: step.time ?? now, journal: working.events
                        )
                        try working.append(db, admission)
                        outcome.appended += admission.events
                    } catch let refused as Refusal {
                        outcome.failure = (index + 1, refused)
                        outcome.appended = []
                        working = caughtUp
                        return .rollback
                    }
                }
                return .commit
            }
        }
        journal = working
        return outcome
    }
}
