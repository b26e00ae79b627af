/// What a motion says when it is moved (V5).
public struct MotionDraft: Hashable, Codable, Sendable {
    public var id: MotionID
    public var item: AgendaItemID?
    public var text: String
    /// Who proposed it: often "EOG" (§4.1), or a person's name.
    public var mover: String
    public var rationale: String
    /// Nil: the rule in force for the meeting decides it.
    public var rule: DecisionRule?
    /// V3: a motion that, carried unanimously, changes the rule for the motions it names.
    public var ruleChange: RuleChange?

    public init(
        id: MotionID, item: AgendaItemID? = nil, text: String, mover: String, rationale: String = "",
        rule: DecisionRule? = nil, ruleChange: RuleChange? = nil
    ) {
        self.id = id
        self.item = item
        self.text = text
        self.mover = mover
        self.rationale = rationale
        self.rule = rule
        self.ruleChange = ruleChange
    }
}
