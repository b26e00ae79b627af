import Foundation
import GRDB
import MeetingKit

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
