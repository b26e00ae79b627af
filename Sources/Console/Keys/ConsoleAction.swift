/// What a key does on the console: the one name dispatch, the footer and help share for it.
public enum ConsoleAction: Hashable, Sendable {
    case quit, help, commandLine, up, down, top, bottom, arrived, left, undo, closeMeeting, startNextMeeting
    case showRoll, showAgenda, showMotion, showMinutes, showMatters, showLog
    case openItem, openVote, closeVote, voteFor, voteAgainst, abstain, toggleConfidential, toggleSelectedConfidential,
        toggleWholeMinutes
    case draft(CommandDraft)

    /// Whether the key acts on motions and votes, which the record takes only while the meeting is open.
    var needsOpenMeeting: Bool {
        switch self {
        case .openVote, .closeVote, .voteFor, .voteAgainst, .abstain,
            .draft(.motion), .draft(.amend), .draft(.ruleChange), .draft(.withdrawMotion), .draft(.deferMotion):
            true
        default:
            false
        }
    }

    /// Whether the key records something new, which a closed meeting no longer takes (V5): only
    /// corrections, moving about, and starting the next meeting remain.
    var recordsNew: Bool {
        switch self {
        case .quit, .help, .commandLine, .up, .down, .top, .bottom, .undo, .startNextMeeting, .toggleWholeMinutes,
            .showRoll, .showAgenda, .showMotion, .showMinutes, .showMatters, .showLog, .draft(.correct),
            .draft(.search):
            false
        default:
            true
        }
    }
}
