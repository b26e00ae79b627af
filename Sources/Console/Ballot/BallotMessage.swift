import Foundation
import MeetingKit
import TerminalUI

/// Everything that happens to a member's ballot, as its runtime tells the model; one `update`, as the
/// console's (`ConsoleMessage`).
public enum BallotMessage: LoopMessage, Sendable {
    case key(Key)
    case recorded(Command, record: RecordView)
    case refused(Command, reason: String, causedBy: MeetingEvent?, record: RecordView)
    /// Another terminal's change, the clock, the window, whether the record is followed.
    case loop(LoopEvent)
}
