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
    /// committed with synchronous = FULL: only then is the action acknowledged.
    @discardableResult
    public func perform(_ command: Command, by author: Role, at time: Date) throws(ActionError) -> [MeetingEvent] {
        var working = journal
        var refusal: Refusal?
        var arrived: [MeetingEvent] = []
        var appended: [MeetingEvent] = []
        do {
            try store.access { db in
                try db.inTransaction(.immediate) {
                    arrived = try working.catchUp(db)
                    do {
                        let payloads = try working.state.decide(command, by: author, at: time)
                        appended = try working.append(db, payloads: payloads, author: author, time: time)
                        return .commit
                    } catch let refused as Refusal {
                        refusal = refused
                        return .rollback
                    }
                }
            }
        } catch {
            throw .store(error)
        }
        // On a refusal `working` holds only what others appended, which is real: keep it, so this terminal
        // shows why it was refused.
        journal = working
        if let refusal { throw .refused(refusal, since: arrived) }
        return appended
    }
}

extension LiveMeeting {
    /// One command of a batch: what, by whom, when.
    public struct Step: Sendable {
        public var command: Command
        public var author: Role
        public var time: Date
        public init(_ command: Command, by author: Role, at time: Date) {
            self.command = command
            self.author = author
            self.time = time
        }
    }

    /// Decides and appends every step in one transaction: all are recorded, or none is. A refusal names
    /// the step (from 1) that was refused; the record is then as it was.
    @discardableResult
    public func perform(all steps: [Step]) throws(BatchError) -> [MeetingEvent] {
        var working = journal
        var failure: (index: Int, refusal: Refusal)?
        var appended: [MeetingEvent] = []
        do {
            try store.access { db in
                try db.inTransaction(.immediate) {
                    _ = try working.catchUp(db)
                    let start = working
                    for (index, step) in steps.enumerated() {
                        do {
                            let payloads = try working.state.decide(step.command, by: step.author, at: step.time)
                            appended += try working.append(db, payloads: payloads, author: step.author, time: step.time)
                        } catch let refused as Refusal {
                            failure = (index + 1, refused)
                            working = start
                            return .rollback
                        }
                    }
                    return .commit
                }
            }
        } catch {
            throw .store(error)
        }
        journal = working
        if let failure { throw .refused(step: failure.index, failure.refusal) }
        return appended
    }
}

/// Why a batch was not recorded; nothing of it was.
public enum BatchError: Error, CustomStringConvertible {
    case refused(step: Int, Refusal)
    case store(StoreError)

    public var description: String {
        switch self {
        case .refused(let step, let refusal): "step \(step): \(refusal.reason) Nothing of the batch was recorded."
        case .store(let error): error.description
        }
    }
}

/// Why an action was not recorded.
public enum ActionError: Error, CustomStringConvertible {
    /// The rules refused it; `since` are changes from other terminals it was judged against.
    case refused(Refusal, since: [MeetingEvent])
    /// The record could not be written; nothing of this action was recorded.
    case store(StoreError)

    public var description: String {
        switch self {
        case .refused(let refusal, _): refusal.reason
        case .store(let error): error.description
        }
    }
}

/// A meeting's chain head: how many events, and the hash of the last (N1 minutes print it).
public struct ChainHead: Hashable, Sendable, CustomStringConvertible {
    public var eventCount: Int
    public var hash: String
    public var description: String { "\(eventCount) events, head \(hash)" }
}
