public struct RuleChange: Hashable, Codable, Sendable {
    public var newRule: DecisionRule
    public var appliesTo: [MotionID]

    public init(newRule: DecisionRule, appliesTo: [MotionID]) {
        self.newRule = newRule
        self.appliesTo = appliesTo
    }
}
