/// How one role looks.
public struct ThemeStyle: Hashable, Sendable {
    public var foreground: ThemeColor = .terminalDefault
    public var background: ThemeColor = .terminalDefault
    public var bold = false
    public var dim = false
    public var reverse = false
    public var underline = false

    public init(
        foreground: ThemeColor = .terminalDefault, background: ThemeColor = .terminalDefault, bold: Bool = false,
        dim: Bool = false, reverse: Bool = false, underline: Bool = false
    ) {
        (self.foreground, self.background, self.bold, self.dim, self.reverse, self.underline) = (
            foreground, background, bold, dim, reverse, underline
        )
    }
}
