import Foundation
import MeetingKit
import TerminalUI

/// Everything that happens to a console, as its runtime tells the model: a key, what the record did with a
/// command, what a search found, another terminal's change, the clock, the window, whether the record is
/// followed. One type and one `update`, as a reducer has them; the runtime only carries out the effects
/// `update` returns and feeds their outcomes back as messages.
public enum ConsoleMessage: LoopMessage, Sendable {
    case key(Key)
    case recorded(Command, events: [MeetingEvent], backup: BackupOutcome?, record: RecordView)
    case refused(Command, reason: String, causedBy: MeetingEvent?, record: RecordView)
    case found(query: String, SearchOutcome)
    /// The next meeting, after M: `started` when this terminal started it, false when it joined one begun.
    case meetingStarted(RecordView, started: Bool)
    case meetingNotStarted(reason: String)
    /// Another terminal's change, the clock, the window, whether the record is followed.
    case loop(LoopEvent)
}
