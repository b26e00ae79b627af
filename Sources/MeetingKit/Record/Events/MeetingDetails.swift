public struct MeetingDetails: Hashable, Codable, Sendable {
    public var title: String
    public var date: CalendarDay
    public var place: String
    public var clerk: String

    public init(title: String, date: CalendarDay, place: String, clerk: String) {
        self.title = title
        self.date = date
        self.place = place
        self.clerk = clerk
    }
}
