/// V5: what was wrong with an earlier event, named by its journal sequence. For a minuted entry, `text`
/// is how it should read; for a closed vote, why it is corrected, with `carried` the outcome it should have
/// had when that is what was wrong.
public struct Correction: Hashable, Codable, Sendable {
    public var target: Int
    public var text: String
    public var carried: Bool?

    public init(target: Int, text: String, carried: Bool? = nil) {
        self.target = target
        self.text = text
        self.carried = carried
    }
}
