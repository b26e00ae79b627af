import Foundation
import GRDB
import MeetingKit

public struct MeetingSummary: Hashable, Sendable {
    public var number: Int
    public var createdAt: Date
    public var eventCount: Int
}
