import Foundation

public struct RiskRerate: Hashable, Sendable {
    public var rating: RiskRating
    public var note: String
    public var at: Date
}
