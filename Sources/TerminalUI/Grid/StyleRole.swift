/// The semantic role of a cell: screens say what a thing is, themes say how it looks.
public enum StyleRole: String, CaseIterable, Hashable, Sendable {
    case normal, dim, selected, header, title, border
    case statusBar = "status-bar"
    case footerKey = "footer-key"
    case footerLabel = "footer-label"
    case input
    case quorumOK = "quorum-ok"
    case quorumLost = "quorum-lost"
    case voteFor = "vote-for"
    case voteAgainst = "vote-against"
    case voteAbstain = "vote-abstain"
    case refusal, warning, confidential, help
}
