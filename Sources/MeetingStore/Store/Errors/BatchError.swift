import Foundation
import GRDB
import MeetingKit

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
