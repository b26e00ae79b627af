import Foundation
import MeetingKit
import TerminalUI

/// What the room sees: the projector's state between keys. It has no way to change the record: its keys
/// only choose what is shown, and `handle` returns no command, ever.
public struct ProjectorModel {
    /// How a running vote is shown (the chair's choice, as on council vote displays).
    public enum VoteDisplay: String, CaseIterable, Sendable {
        /// The tally changes as each vote is recorded.
        case live
        /// The motion and how many seats have voted; the tally only once the vote closes.
        case afterClose = "after-close"
        /// Only that a vote is being taken; motion and tally once it closes.
        case hidden

        public var label: String {
            switch self {
            case .live: "live tally"
            case .afterClose: "tally after close"
            case .hidden: "hidden until close"
            }
        }
    }

    public var state: MeetingState
    public var meetingNumber: Int
    public var voteDisplay: VoteDisplay
    public var showAttendance = false
    /// The projector's own keys, shown only when asked for: the room does not need them.
    public var showHelp = false
    /// Set while the record cannot be read; the screen keeps the last state and says since when.
    public var notFollowing: String?
    public var now: Date
    public var timeZone: TimeZone

    /// `timeZone` defaults to the constitution's, where the body meets.
    public init(state: MeetingState, meetingNumber: Int, voteDisplay: VoteDisplay = .live, now: Date, timeZone: TimeZone? = nil) {
        self.state = state
        self.meetingNumber = meetingNumber
        self.voteDisplay = voteDisplay
        self.now = now
        self.timeZone = timeZone ?? state.constitution.zone
    }

    /// `v` cycles the vote display, `a` shows or hides the attendance summary, `?` shows these keys, `q`
    /// ends the projector (false). Every other key is ignored.
    public mutating func handle(_ key: Key) -> Bool {
        switch key {
        case .character("q"): return false
        case .character("?"): showHelp.toggle()
        case .escape: showHelp = false
        case .character("v"):
            let all = VoteDisplay.allCases
            voteDisplay = all[(all.firstIndex(of: voteDisplay)! + 1) % all.count]
        case .character("a"): showAttendance.toggle()
        default: break
        }
        return true
    }

    /// The keys, for the `?` overlay.
    static func keys(_ model: ProjectorModel) -> [HelpOverlay.Entry] {
        [("v", "vote display: \(model.voteDisplay.label) (live tally, tally after close, hidden until close)", true),
         ("a", "attendance summary between votes: \(model.showAttendance ? "shown" : "hidden")", true),
         ("?", "show or hide these keys", true),
         ("q", "quit the projector; it never changes the record", true)]
    }

    /// The motion to show: the one being voted on; else the last one voted on, until the chair moves to
    /// another item or another motion is moved; else none, and the agenda is shown.
    public var shownMotion: MotionRecord? {
        if let open = state.openVote { return state.motions[open] }
        guard let last = state.orderedMotions.last(where: { $0.result != nil }), let closed = last.result?.closedAt else { return nil }
        let itemOpened = state.itemOpenings.last?.at ?? .distantPast
        let laterMotion = state.orderedMotions.contains { $0.movedAt > closed }
        return itemOpened <= closed && !laterMotion ? last : nil
    }
}
