/// One binding: the keys, the action, a short label for the footer, a help line, and when it applies.
public struct KeyBinding<Action: Hashable & Sendable, Context>: Sendable {
    public var keys: [Key]
    public var action: Action
    public var label: String
    public var help: String
    /// Whether the footer shows it (arrows and vi keys would crowd it out).
    public var inFooter: Bool
    public var isEnabled: @Sendable (Context) -> Bool

    public init(
        _ keys: [Key], _ action: Action, label: String, help: String, inFooter: Bool = true,
        when isEnabled: @escaping @Sendable (Context) -> Bool = { _ in true }
    ) {
        self.keys = keys
        self.action = action
        self.label = label
        self.help = help
        self.inFooter = inFooter
        self.isEnabled = isEnabled
    }
}
