import Foundation
import MeetingKit
import TerminalUI

/// A member's own terminal: the vote in progress and their three keys. The only command it can produce is
/// that member's ballot, and only while `ballotStanding` says they hold a seat's vote (A2, A3, V1).
public struct BallotModel {
    public internal(set) var state: MeetingState {
        didSet {
            publicState = state.publicView.state
            // #24: what was said about one vote is not left standing over the next; a question about a
            // vote that has closed is no longer asked.
            if oldValue.openVote != state.openVote {
                if state.openVote != nil { message = nil }
            }
            dropStaleQuestion(was: oldValue)
        }
    }
    /// What the screen may show (N4): the public projection of the meeting, made when the state changes, not
    /// at each frame. Who may vote is decided on the record itself, so a member votes on a confidential
    /// motion without its text on their screen.
    public private(set) var publicState: MeetingState
    public let person: PersonID
    public let meetingNumber: Int
    public internal(set) var now: Date
    public internal(set) var message: (text: String, isError: Bool)?
    /// A vote already cast, about to be changed: the member confirms with `y` only, as every console question (V1).
    public internal(set) var changing: VoteChoice?
    /// The status bar's warning while the record cannot be read (`LoopWording`), nil while it is followed.
    public internal(set) var notFollowing: String?
    /// The window's size at the last key: a vote key acts only while the ballot shows the motion whole (#24).
    public internal(set) var width = 80
    public internal(set) var height = 24

    public enum Effect: Equatable {
        case none
        case quit
        case perform(Command)
        /// Put in the host's log that the record refused the member's ballot, and why, as the screen says it.
        case logRefusal(Command, reason: String)
    }

    public init(state: MeetingState, person: PersonID, meetingNumber: Int, now: Date) {
        self.state = state
        publicState = state.publicView.state
        self.person = person
        self.meetingNumber = meetingNumber
        self.now = now
    }

    public var standing: BallotStanding { state.ballotStanding(of: person) }
    public var timeZone: TimeZone { state.constitution.zone }

    /// The member holds a seat's vote on the vote open now, in a meeting still open.
    public var mayVoteNow: Bool {
        guard state.closedAt == nil, case .mayVote = standing else { return false }
        return true
    }

    public mutating func handle(_ key: Key) -> Effect {
        // #24: no vote, and no answer to the change question, while the window cannot show the motion.
        if case .character(let c) = key, !BallotKeys.keymap.binds(key, to: .quit),
            !BallotView.showsBallot(self, width: width, height: height)
        {
            message = (
                LoopWording.keyDidNothing(
                    "\(c)", width: width, height: height, tooSmallToShow: "the motion", enlarge: "Enlarge it."), true
            )
            return .none
        }
        let action = BallotKeys.keymap.action(for: key, in: self)
        if let choice = changing {
            changing = nil
            guard action == .confirmChange else {
                message = ("Your vote was not changed.", false)
                return .none
            }
            return ballot(choice)
        }
        switch action {
        case .quit?: return .quit
        case .vote(let choice)?: return press(choice)
        case .confirmChange?, nil:
            // A vote key held back says why (no vote open, not this member's to cast); any other says what works.
            if let choice = BallotKeys.choice(of: key) { return press(choice) }
            guard case .character = key else { return .none }
            message = ("Only \(BallotKeys.keysInUse) work here.", true)
            return .none
        }
    }

    private mutating func press(_ choice: VoteChoice) -> Effect {
        switch standing {
        case .noVoteOpen:
            message = ("No vote is open.", true)
            return .none
        case .mayNotVote(_, let reason):
            message = (reason, true)
            return .none
        case .mayVote(_, _, _, let cast?) where cast == choice:
            message = ("You have already voted \(choice.word.uppercased()).", false)
            return .none
        case .mayVote(_, _, _, let cast?):
            changing = choice
            message = (
                "Change \(cast.word.uppercased()) to \(choice.word.uppercased())? "
                    + "\(BallotKeys.keyLabel(of: .confirmChange)) changes it; any other key keeps it.",
                false
            )
            return .none
        case .mayVote:
            return ballot(choice)
        }
    }

    /// #24: the change question stands only while its answer would still do what it says: the same vote
    /// open, this member still holding its vote, their vote still the one the question would change.
    private mutating func dropStaleQuestion(was old: MeetingState) {
        guard let choice = changing else { return }
        if case .mayVote(let motion, _, _, let cast?) = standing, motion == old.openVote, cast != choice { return }
        changing = nil
        let motion = old.openVote.map { "motion \($0)" } ?? "the motion"
        switch standing {
        case .mayVote(_, _, _, let cast?) where cast == choice:
            message = ("Your vote on \(motion) is already \(choice.word.uppercased()); nothing to change.", false)
        case .mayVote(let open, _, _, _) where open == old.openVote:
            message = (
                "The question was withdrawn: your vote on \(motion) changed on another terminal. Press a key again "
                    + "to change it.",
                false
            )
        case .mayNotVote(_, let reason):
            message = ("The question was withdrawn: \(reason)", false)
        default:
            message = ("The vote on \(motion) closed before you answered; your vote was not changed.", false)
        }
    }

    private func ballot(_ choice: VoteChoice) -> Effect {
        guard case .mayVote(let motion, let seat, _, _) = standing else { return .none }
        return .perform(.castVote(motion, seat: seat, choice: choice, by: person))
    }

    public mutating func recorded(_ command: Command, state: MeetingState) {
        self.state = state
        if case .castVote(let motion, _, let choice, _) = command {
            message = ("Recorded: \(choice.word.uppercased()) on motion \(motion).", false)
        }
    }

    public mutating func refused(_ reason: String, state: MeetingState) {
        self.state = state
        message = ("Not recorded: \(reason)", true)
    }
}
