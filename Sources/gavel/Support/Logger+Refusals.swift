import Logging
import MeetingKit

extension Logger {
    /// What every terminal's runtime tells the host's log of a command the record refused: the action and
    /// the sentence the user was shown.
    func noteRefusal(_ command: Command, _ reason: String) {
        notice("not recorded: \(command.actionName): \(reason)")
    }
}
