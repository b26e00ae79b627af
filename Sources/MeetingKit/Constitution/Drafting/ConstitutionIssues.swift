/// Every problem found in a draft, so a clerk can fix them in one pass.
public struct ConstitutionIssues: Error, Sendable, CustomStringConvertible {
    public var issues: [ConstitutionIssue]
    public var description: String { issues.map(\.description).joined(separator: "\n") }
}
