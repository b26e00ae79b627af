/// One word of a command line: a bare word, a "quoted text", or a `key=value` option.
public struct Token: Hashable, Sendable {
    public enum Kind: Hashable, Sendable {
        case word(String)
        case text(String)
        case option(key: String, value: String)
    }
    public var kind: Kind
    /// Character offset of the token in the line, for completion and for pointing at errors.
    public var start: Int
    public var end: Int

    /// The token as a plain value: a word or a quoted text.
    public var value: String? {
        switch kind {
        case .word(let w): w
        case .text(let t): t
        case .option: nil
        }
    }
}
