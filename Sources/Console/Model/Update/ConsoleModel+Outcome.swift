import MeetingKit
import TerminalUI

/// What the model learns from the runtime once the record has taken, or refused, what a key asked for.
extension ConsoleModel {
    /// What the runtime tells the model once `command` is on the record as `recorded`; `state` and `events`
    /// are the record's after it.
    mutating func recorded(
        _ command: Command, as recorded: [MeetingEvent], state: MeetingState, events: [MeetingEvent],
        afterwards: String? = nil
    ) {
        let before = self.state.constitution
        self.state = state
        self.events = events
        if case .undoLastAction = command {
            let what = ownLastPlace?.summary ?? "the last action"
            if let place = ownLastPlace {
                screen = place.screen
                selected = place.selected
            }
            message = ("Undone: \(what).", false)
            ownLastAction = nil
            ownLastPlace = nil
            return
        }
        let summary = recorded.map { $0.summary(in: before) }.joined(separator: "; ")
        message = (
            "Done: \(summary) (event \(recorded.last?.sequence ?? 0)).\(afterwards.map { " " + $0 } ?? "")", false
        )
        ownLastAction = recorded.first?.sequence
        if let place = placeOfPendingCommand { ownLastPlace = (place.screen, place.selected, summary) }
        placeOfPendingCommand = nil
        lineOfPendingCommand = nil
    }

    /// What the runtime tells the model a search found.
    mutating func found(_ outcome: SearchOutcome, for query: String) {
        searchResults = (query, outcome)
        mode = .results
        overlayScroll = 0
    }

    /// A refusal as the person reads it: the record's reason, and, when another terminal's event made the
    /// difference, what that terminal did and when.
    public static func refusal(_ reason: String, causedBy cause: MeetingEvent?, in state: MeetingState) -> String {
        guard let cause else { return reason }
        let constitution = state.constitution
        let what =
            "\(cause.author.rawValue) \(cause.summary(in: constitution)) at "
            + "\(clockTime(cause.time, in: constitution.zone))"
        return reason + " (in another terminal, the \(what))"
    }

    /// What the runtime tells the model when the record refused `command`: `reason` says why.
    mutating func refused(_ command: Command, reason: String, state: MeetingState, events: [MeetingEvent]) {
        self.state = state
        self.events = events
        message = (reason, true)
        placeOfPendingCommand = nil
        // A typed line the record refused stays on the command line to put right, not thrown away.
        if let line = lineOfPendingCommand, mode == .browse {
            mode = .command
            commandLine = TextField(line)
            historyIndex = nil
        }
        lineOfPendingCommand = nil
    }
}
