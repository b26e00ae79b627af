public struct CarriedAction: Hashable, Codable, Sendable {
    public var action: ActionItem
    /// The meeting (its number in the series) that recorded it.
    public var fromMeeting: Int

    public init(action: ActionItem, fromMeeting: Int) {
        self.action = action
        self.fromMeeting = fromMeeting
    }
}
