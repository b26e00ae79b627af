public struct CarriedRisk: Hashable, Codable, Sendable {
    /// The risk at its current rating.
    public var risk: Risk
    public var fromMeeting: Int

    public init(risk: Risk, fromMeeting: Int) {
        self.risk = risk
        self.fromMeeting = fromMeeting
    }
}
