/// The time-limited project a series of meetings belongs to (B2).
public struct Project: Hashable, Codable, Sendable {
    public var name: String
    public var start: CalendarDay?
    public var end: CalendarDay?

    public init(name: String, start: CalendarDay? = nil, end: CalendarDay? = nil) {
        self.name = name
        self.start = start
        self.end = end
    }
}
