import Foundation
import MeetingKit
import TerminalUI

/// Everything that happens to the projector, as its runtime tells the model; one `update`, as the
/// console's (`ConsoleMessage`).
public enum ProjectorMessage: LoopMessage, Sendable {
    case key(Key)
    /// Another terminal's change, the clock, the window, whether the record is followed.
    case loop(LoopEvent)
}
