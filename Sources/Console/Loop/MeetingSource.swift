import Foundation
import MeetingKit
import TerminalUI

/// What the console's, the projector's and the ballot's loops need from the record: the meeting as it stands, what other
/// terminals changed, and a command recorded or refused. The executable implements it over the durable
/// record; tests over an in-memory log (`MemorySource`).
public protocol MeetingSource: AnyObject {
    var number: Int { get }
    var state: MeetingState { get }
    var events: [MeetingEvent] { get }
    /// Reads what other terminals recorded; true when anything changed.
    func follow() -> Bool
    /// Since when the record could not be read, or nil while it is followed.
    var notFollowingSince: Date? { get }
    /// A descriptor that becomes readable when `follow` may have news, so a loop can sleep on it and the
    /// keyboard together; nil when the source cannot say, and the loop must look every few milliseconds.
    var wakeDescriptor: Int32? { get }
    /// How long a loop sleeping on `wakeDescriptor` may wait before `follow` must look again (news that did
    /// not show yet, a look for a record that cannot be read); nil when only the descriptor matters.
    var lookAgainIn: Duration? { get }
    /// Decides `command` against the newest record and records it, or says why not, in a sentence.
    func perform(_ command: Command, by role: Role, at time: Date) -> RecordOutcome
    /// Starts the meeting after `number`, unless another terminal already has (which it says), and follows
    /// it from then on.
    func startMeeting(after number: Int) throws -> MeetingStart
    /// The series' newest meeting: later than `number` when this terminal was opened on an earlier one.
    var newestMeetingNumber: Int { get }
    /// Every meeting of the series searched for `text`: what was found, best first, a line each ("meeting 3,
    /// 2019-10-01, note: …[budget]…"), or why the record could not be searched. The console is the chair's
    /// and clerk's: confidential matter is included.
    func search(_ text: String) -> SearchOutcome
}

extension MeetingSource {
    public var wakeDescriptor: Int32? { nil }
    public var lookAgainIn: Duration? { nil }
    public var newestMeetingNumber: Int { number }

    /// A loop's wait: a key, or nil when the record may have news, a look is due or the clock's minute
    /// turned.
    func nextKey(from terminal: any TerminalDevice, now: Date) -> Key? {
        guard let descriptor = wakeDescriptor else { return terminal.readKey(timeout: TerminalWait.step) }
        var timeout = TerminalWait.untilNextMinute(from: now)
        if let look = lookAgainIn { timeout = min(timeout, TerminalWait.milliseconds(look)) }
        return terminal.readKey(timeout: timeout, wakingOn: descriptor)
    }
}
