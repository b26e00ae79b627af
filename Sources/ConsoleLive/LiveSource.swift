import Console
import Foundation
import MeetingKit
import MeetingStore

/// The durable record as the console's, projector's and ballot's loops see it: a live meeting, followed
/// across processes by a `RecordFollower`.
public final class LiveSource: MeetingSource {
    private(set) var live: LiveMeeting
    private let follower: RecordFollower
    /// Who is at this terminal, when a key says so: written into every event it records.
    private let actor: Actor?
    /// Where a whole copy of the record goes when this terminal closes a meeting (`[backup] folder`).
    private let backupFolder: String?
    /// Whether this terminal moves to the next meeting when another starts it: true for a terminal on the
    /// series' latest meeting; false for one opened on a meeting by its number (corrections to an earlier
    /// meeting stay on it). Once M has brought such a terminal to the newest meeting, it follows from there.
    private var followsNextMeeting: Bool
    private var unread = false

    public init(
        live: LiveMeeting, path: String, actor: Actor? = nil, backupFolder: String? = nil,
        followsNextMeeting: Bool = true
    ) {
        self.live = live
        self.actor = actor
        self.backupFolder = backupFolder
        self.followsNextMeeting = followsNextMeeting
        follower = RecordFollower(path: path)
    }

    deinit { follower.stop() }

    public var number: Int { live.number }
    public var state: MeetingState { live.state }
    public var events: [MeetingEvent] { live.events }
    public var notFollowingSince: Date? { follower.notFollowingSince }
    public var wakeDescriptor: Int32? { follower.wakeDescriptor }
    public var lookAgainIn: Duration? { follower.lookAgainIn }

    /// Reads what other terminals recorded. #24: once this meeting is closed and another terminal has
    /// started the next, this source moves to it, so every console, projector and ballot on the record
    /// shows the same meeting.
    /// A change not yet read: one that arrived, or a read that failed (the record busy, say), tried again
    /// at the loop's next turn rather than lost until the record changes again.
    public func follow() -> Bool {
        if follower.takeChange() { unread = true }
        guard unread, (try? live.refresh()) != nil else { return false }
        if followsNextMeeting, live.state.closedAt != nil {
            guard let meetings = try? live.store.meetings() else { return true }
            if let newest = meetings.last?.number, newest > live.number {
                guard let next = try? LiveMeeting(store: live.store, number: newest) else { return true }
                live = next
            }
        }
        unread = false
        return true
    }

    public func perform(_ command: Command, by role: Role, at time: Date) -> RecordOutcome {
        do {
            // Timed as recorded, not as keyed: another terminal may have recorded something in between.
            let events = try live.perform(command, by: role, as: actor)
            guard case .closeMeeting = command, let backupFolder else { return .recorded(events) }
            return .recorded(events, backup: backUp(to: backupFolder))
        } catch {
            // A refusal caused by another terminal names what that terminal did (`ConsoleModel.refusal`).
            if case .refused(_, let since) = error { return .refused("\(error)", causedBy: since.last) }
            return .refused("\(error)")
        }
    }

    /// The meeting is on the record whatever happens here: a failed backup is said, not a failed close.
    private func backUp(to folder: String) -> BackupOutcome {
        do {
            return .made(destination: try live.store.backup(to: folder).destination)
        } catch {
            return .failed(reason: "\(error)")
        }
    }

    public func search(_ text: String) -> SearchOutcome {
        do {
            return .found(try live.store.searchMeetings(text, includeConfidential: true, limit: 50).map(\.lines))
        } catch {
            return .failed(reason: "\(error)")
        }
    }

    public var newestMeetingNumber: Int { (try? live.store.meetings().last?.number) ?? live.number }

    public func startMeeting(after number: Int) throws -> MeetingStart {
        let start = try live.store.beginMeeting(after: number)
        live = try LiveMeeting(store: live.store, number: start.number)
        followsNextMeeting = true
        return start
    }
}
