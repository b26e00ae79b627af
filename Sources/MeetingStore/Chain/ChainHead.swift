import Foundation
import GRDB
import MeetingKit

/// A meeting's chain head: how many events, and the hash of the last (N1 minutes print it).
public struct ChainHead: Hashable, Codable, Sendable, CustomStringConvertible {
    public var eventCount: Int
    public var hash: String
    public var description: String { "\(eventCount) events, head \(hash)" }
}
