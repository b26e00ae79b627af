import Foundation
import GRDB
import MeetingKit

/// One place a search found.
public struct SearchHit: Hashable, Sendable {
    public var meeting: Int
    public var sequence: Int
    public var kind: String
    /// The matching words in context, the matches in [brackets].
    public var snippet: String
}
