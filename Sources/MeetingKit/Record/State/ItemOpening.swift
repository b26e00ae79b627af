import Foundation

public struct ItemOpening: Hashable, Sendable {
    public var item: AgendaItemID
    public var at: Date
    /// The event that opened it: what was recorded after it, until the next opening, was recorded under it.
    public var sequence: Int = 0
}
