/// How much of a split a part takes.
public enum Constraint: Hashable, Sendable {
    /// Exactly this many cells (fewer if there is not room).
    case length(Int)
    /// This percentage of the whole.
    case percentage(Int)
    /// A share of what is left after lengths and percentages, by weight.
    case fill(Int)
}
