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

    /// The meeting as the room may see it: the public projection, never the record itself (N4).
    public internal(set) var state: MeetingState {
        get { shown }
        set { shown = newValue.publicView.state }
    }
    private var shown: MeetingState
    public internal(set) var meetingNumber: Int
    public internal(set) var voteDisplay: VoteDisplay
    public internal(set) var showAttendance = false
    /// The projector's own keys, shown only when asked for: the room does not need them.
    public internal(set) var showHelp = false
    /// Said to the room when the projector moved to the next meeting, until that meeting opens (#24).
    public internal(set) var notice: String?
    /// The status bar's warning while the record cannot be read: the screen keeps the last state and says
    /// when it was last brought up to date (`LoopWording`).
    public internal(set) var notFollowing: String?
    public internal(set) var now: Date
    /// When the picture was last brought up to date from the record.
    public internal(set) var lastUpdate: Date
    public internal(set) var timeZone: TimeZone

    /// `timeZone` defaults to the constitution's, where the body meets.
    public init(
        state: MeetingState, meetingNumber: Int, voteDisplay: VoteDisplay = .live, now: Date, timeZone: TimeZone? = nil
    ) {
        shown = state.publicView.state
        self.meetingNumber = meetingNumber
        self.voteDisplay = voteDisplay
        self.now = now
        lastUpdate = now
        self.timeZone = timeZone ?? state.constitution.zone
    }

    /// Acts on a key; false when the projector should end. Every key not in the keymap is ignored.
    public mutating func handle(_ key: Key) -> Bool {
        switch ProjectorKeys.keymap.action(for: key, in: self) {
        case .quit?: return false
        case .cycleVoteDisplay?:
            let all = VoteDisplay.allCases
            voteDisplay = all[(all.firstIndex(of: voteDisplay)! + 1) % all.count]
        case .toggleAttendance?: showAttendance.toggle()
        case .toggleHelp?: showHelp.toggle()
        case .closeHelp?: showHelp = false
        case nil: break
        }
        return true
    }

    /// The motion the room sees (not the console's `shownMotion`, which is the one to work on): the one being
    /// voted on; else the last one voted on, until the chair moves to another item or another motion is
    /// moved; else none, and the agenda is shown.
    public var motionBeforeTheRoom: MotionRecord? {
        if let open = state.openVote { return state.motions[open] }
        guard let last = state.orderedMotions.last(where: { $0.result != nil }), let closed = last.result?.closedAt
        else { return nil }
        let itemOpened = state.itemOpenings.last?.at ?? .distantPast
        let laterMotion = state.orderedMotions.contains { $0.movedAt > closed }
        return itemOpened <= closed && !laterMotion ? last : nil
    }
}
