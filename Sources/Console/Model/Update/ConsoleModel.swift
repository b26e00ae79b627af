import CommandLanguage
import Foundation
import MeetingKit
import TerminalUI

/// The console's state between messages. `update` (ConsoleModel+Update.swift) takes each message (a key,
/// what the record did, another terminal's change, the clock) and returns effects for the runtime (a
/// command to record, a search, quitting); `ConsoleView` draws it. Both are pure, so whole sessions run in
/// tests.
public struct ConsoleModel {
    public enum Mode: Equatable { case browse, command, help, confirm(Confirmation), results }
    /// The console's screens, one key each.
    public enum Screen: Int, CaseIterable, Equatable, Sendable {
        case roll = 1, agenda = 2, motion = 3, minutes = 4, matters = 5, log = 6

        public var title: String {
            switch self {
            case .roll: "Roll call"
            case .agenda: "Agenda"
            case .motion: "Motion and vote"
            case .minutes: "Minutes"
            case .matters: "Matters arising"
            case .log: "Log"
            }
        }

        /// The action that shows this screen: its key is the table's.
        public var showAction: ConsoleAction {
            switch self {
            case .roll: .showRoll
            case .agenda: .showAgenda
            case .motion: .showMotion
            case .minutes: .showMinutes
            case .matters: .showMatters
            case .log: .showLog
            }
        }
    }
    public enum Effect: Equatable, Sendable {
        case none, perform(Command), quit
        /// The meeting is closed and the user asked for the next one of the series.
        case startNextMeeting
        /// Search every meeting of the series for these words.
        case search(String)
        /// Put in the host's log that the record refused `command`, and why, in the words the screen shows.
        case logRefusal(Command, reason: String)
    }

    public internal(set) var state: MeetingState {
        // Read by the roll screen, its keys and their footer every frame: worked out once per change.
        didSet { roll = RollRow.rows(for: state) }
    }
    /// The journal, for the log screen; the runtime keeps it current.
    public internal(set) var events: [MeetingEvent] = []
    public internal(set) var meetingNumber: Int
    /// The series' newest meeting, for a console opened on an earlier one (`gavel open N`).
    public internal(set) var newestMeetingNumber: Int
    public internal(set) var role: Role
    public internal(set) var mode: Mode = .browse
    public internal(set) var screen: Screen = .roll
    public internal(set) var commandLine = TextField()
    public internal(set) var history: [String] = []
    var historyIndex: Int?
    public internal(set) var selected = 0
    /// The last outcome shown above the footer: a refusal, an error, or what was done.
    public internal(set) var message: (text: String, isError: Bool)?
    /// The status bar's warning while the record cannot be read (`LoopWording`), nil while it is followed.
    public internal(set) var notFollowing: String?
    public internal(set) var now: Date
    public internal(set) var timeZone: TimeZone
    /// The first event of this terminal's newest action, while it may still be undone.
    public internal(set) var ownLastAction: Int?
    /// Where this terminal's newest action was made and what it did, so undo can say what it took back
    /// and put the cursor back where it was.
    var ownLastPlace: (screen: Screen, selected: Int, summary: String)?
    /// Where the key that produced the command now being recorded was pressed.
    var placeOfPendingCommand: (screen: Screen, selected: Int)?
    /// The typed line that produced the command now being recorded: a refusal gives it back to edit.
    var lineOfPendingCommand: String?
    /// The minutes screen shows the whole minutes as they would be written, not just the current item.
    public internal(set) var wholeMinutes = false
    /// The window's size (`resized`): wrapped text has as many rows as this makes it.
    public internal(set) var width = ConsoleView.minimumSize.width
    public internal(set) var height = ConsoleView.minimumSize.height
    /// Whether the terminal draws ASCII only: help's lines wrap differently, so scroll as far as they are drawn.
    public internal(set) var ascii = false
    /// How the view lays this state out, as of the last change (`settle`).
    public internal(set) var layout = ConsoleLayout()
    /// The first row the screen shows: kept so the selection stays in view (`settle`).
    public internal(set) var firstRowShown = 0
    /// How far the open overlay (help, or the search results) is scrolled.
    public internal(set) var overlayScroll = 0
    /// Everyone on the roll, in the order the roll-call screen lists them.
    public private(set) var roll: [RollRow]
    /// Why this terminal's last action can no longer be undone, as the record would say; nil when it can
    /// (or there is none). Admitting an undo folds the journal, so it is asked once per change (`settle`).
    var undoStanding: String?
    /// What `undoStanding` was asked from: this terminal's action and the record's length.
    var undoStandingAskedAt: [Int?]?
    /// The key whose question is open: asked again when the record changes under it (#24).
    var questionAskedBy: ConsoleAction?
    /// The last search and what it found, shown over the screen until a key closes it.
    public internal(set) var searchResults: (query: String, outcome: SearchOutcome)?

    /// `timeZone` defaults to the constitution's, where the body meets.
    public init(state: MeetingState, meetingNumber: Int, role: Role, now: Date, timeZone: TimeZone? = nil) {
        self.state = state
        self.meetingNumber = meetingNumber
        newestMeetingNumber = meetingNumber
        self.role = role
        self.now = now
        self.timeZone = timeZone ?? state.constitution.zone
        roll = RollRow.rows(for: state)
        if state.closedAt != nil { message = (closedMeetingNotice, false) }
        settle()
    }

    /// The motion the motion screen shows: the one being voted on, else the latest still to be voted on,
    /// else the latest.
    public var shownMotion: MotionRecord? {
        if let open = state.openVote { return state.motions[open] }
        let motions = state.orderedMotions
        return motions.last { if case .moved = $0.stage { true } else { false } } ?? motions.last
    }

    /// What a key that does nothing here says: a paste goes on the command line; a key of this screen that
    /// cannot act now says why; another role's key names whose it is; another screen's key says where it
    /// works; any other key points to help. Moving keys past an end stay quiet.
    private func unboundKeyMessage(_ key: Key) -> (text: String, isError: Bool)? {
        if case .paste = key {
            return ("Paste into the command line: press \(ConsoleKeys.keyLabel(of: .commandLine)) first.", true)
        }
        let label = key.label()
        // The key of the screen already shown: nothing to say.
        if ConsoleKeys.binds(key, to: screen.showAction) {
            return message
        }
        let bound = ConsoleKeys.table.filter { $0.binding.keys.contains(key) }
        let here = bound.filter { $0.screen == nil || $0.screen == screen }
        if let mine = here.first(where: { $0.role == nil || $0.role == role }) {
            // #24: a key that would record something new says the meeting is closed, rather than only that it is
            // unavailable.
            if let closed = state.closedAt, mine.binding.action.recordsNew {
                return (
                    "\(label) records nothing: meeting \(meetingNumber) closed at \(clockTime(closed, in: timeZone)) "
                        + "and takes only corrections (V5).",
                    true
                )
            }
            if ConsoleKeys.moving.contains(mine.binding.action), layout.rowCount > 0 { return message }
            return (
                "\(label) (\(mine.binding.label)) does nothing now: "
                    + "\(whyNotNow(mine.binding.action) ?? whyCannotAct(mine.binding.action))",
                true
            )
        }
        if let theirs = here.first, let owner = theirs.role {
            return (
                "\(label) is the \(owner.rawValue)'s key here (\(theirs.binding.label)); this terminal is the "
                    + "\(role.rawValue)'s.",
                true
            )
        }
        if let elsewhere = bound.first(where: { $0.role == nil || $0.role == role }) ?? bound.first,
            let other = elsewhere.screen
        {
            let whose = elsewhere.role.flatMap { $0 == role ? nil : "the \($0.rawValue)'s " } ?? ""
            return (
                "\(label) does nothing on the \(screen.title.lowercased()) screen; on \(other.title.lowercased()) "
                    + "(\(ConsoleKeys.keyLabel(of: other.showAction))) it is \(whose)\(elsewhere.binding.label).",
                true
            )
        }
        guard case .character = key else { return message }
        return ("\(label) does nothing on this screen; \(ConsoleKeys.keyLabel(of: .help)) lists its keys.", true)
    }

    /// The first seat after `index` that is represented now and has not voted on `motion` (its row).
    func nextSeatToVote(after index: Int, on motion: MotionID) -> Int? {
        let yet = Set(state.seatsYetToVote(on: motion))
        let seats = state.constitution.seats
        return seats.indices.first { $0 > index && yet.contains(seats[$0].id) }
    }

    var context: CommandContext {
        CommandContext(state: state, now: now, timeZone: timeZone, meetingNumber: meetingNumber)
    }

    /// The key's own work, for `update`: what it changes and what the runtime is to do.
    mutating func press(_ key: Key) -> Effect {
        let place = (screen: screen, selected: selected)
        let typed = mode == .command ? commandLine.text : nil
        if let why = whyNotWhileTooSmall(key) {
            message = (why, true)
            return .none
        }
        let effect = dispatch(key)
        if case .perform = effect {
            placeOfPendingCommand = place
            lineOfPendingCommand = typed
        }
        return effect
    }

    private mutating func dispatch(_ key: Key) -> Effect {
        switch mode {
        case .help, .results:
            let most = layout.overlayScrollLimit
            switch ConsoleKeys.help.action(for: key, in: self) {
            case .close?: mode = .browse
            case .up?: overlayScroll = max(0, min(overlayScroll, most) - 1)
            case .down?: overlayScroll = min(most, overlayScroll + 1)
            case .pageUp?: overlayScroll = max(0, min(overlayScroll, most) - 10)
            case .pageDown?: overlayScroll = min(most, overlayScroll + 10)
            case nil: message = (whyNotUnderOverlay(key), true)
            }
            return .none
        case .confirm(let question):
            mode = .browse
            guard ConsoleKeys.question.action(for: key, in: self) == .proceed else {
                message = (question.declined, false)
                return .none
            }
            return question.effect
        case .command:
            return handleCommandLine(key)
        case .browse:
            guard let action = ConsoleKeys.keymap.action(for: key, in: self) else {
                message = unboundKeyMessage(key)
                return .none
            }
            let effect = act(action)
            if case .confirm = mode { questionAskedBy = action }
            return effect
        }
    }

    mutating func act(_ action: ConsoleAction) -> Effect {
        // A refusal about the screen left behind does not follow to the next one.
        if Screen.allCases.contains(where: { $0.showAction == action }), message?.isError == true {
            message = nil
        }
        let rows = layout.rowCount
        switch action {
        case .showRoll:
            screen = .roll
            selected = 0
        case .showAgenda:
            screen = .agenda
            selected = state.currentItem.flatMap { id in state.agenda.firstIndex { $0.id == id } } ?? 0
        case .showMotion:
            screen = .motion
            selected = 0
        case .openItem:
            guard state.agenda.indices.contains(selected) else { return .none }
            return .perform(.openAgendaItem(state.agenda[selected].id))
        case .showMinutes:
            screen = .minutes
            selected = 0
        case .showMatters:
            screen = .matters
            selected = 0
        case .showLog:
            screen = .log
            selected = max(0, events.count - 1)
        case .draft(let draft): start(draft)
        case .undo:
            guard let first = ownLastAction else {
                message = ("Nothing was undone: this terminal has no action of its own that may still be undone.", true)
                return .none
            }
            if let why = whyNotNow(.undo) {
                message = ("Nothing was undone: \(why)", true)
                return .none
            }
            if events.first(where: { $0.sequence == first })?.payload == .meetingClosed {
                mode = .confirm(.undoClose(first: first, number: meetingNumber))
                return .none
            }
            return .perform(.undoLastAction(first: first))
        case .toggleWholeMinutes:
            wholeMinutes.toggle()
            selected = 0
        case .toggleConfidential:
            guard let item = state.currentItem.flatMap(state.item) else {
                message = ("Open an agenda item first: confidentiality is set per item (N4).", true)
                return .none
            }
            return toggledConfidentiality(of: item)
        case .toggleSelectedConfidential:
            guard state.agenda.indices.contains(selected) else { return .none }
            return toggledConfidentiality(of: state.agenda[selected])
        case .voteFor, .voteAgainst, .abstain:
            guard let motion = state.openVote, state.constitution.seats.indices.contains(selected) else { return .none }
            let choice: VoteChoice = action == .voteFor ? .inFavour : (action == .voteAgainst ? .against : .abstain)
            let seat = state.constitution.seats[selected]
            if let standing = state.motions[motion]?.ballots[seat.id] {
                // A seat that has voted is changed only on purpose, and only by its voter (V1).
                guard standing.choice != choice else {
                    message = ("\(seat.partner) has already voted \(choice.word).", false)
                    return .none
                }
                // Ask only when the record would take the change: the domain says who may make it.
                do { _ = try state.decide(.castVote(motion, seat: seat.id, choice: choice), by: role, at: now) } catch {
                    message = (error.reason, true)
                    return .none
                }
                mode = .confirm(
                    .changeVote(motion: motion, seat: seat, standing: standing, to: choice, in: state.constitution))
                return .none
            }
            // Move on to the next seat still to vote, so a chair goes down the room one key a seat.
            selected = nextSeatToVote(after: selected, on: motion) ?? selected
            return .perform(.castVote(motion, seat: seat.id, choice: choice))
        case .openVote:
            guard let motion = shownMotion, state.openVote == nil else { return .none }
            selected = nextSeatToVote(after: -1, on: motion.id) ?? 0
            if !state.quorum.isQuorate && state.constitution.allowQuorumOverride {
                mode = .confirm(.openWithoutQuorum(motion: motion.id, quorum: state.quorum))
                return .none
            }
            return .perform(.openVote(motion.id))
        case .closeVote:
            guard let motion = state.openVote else { return .none }
            let yet = state.seatsYetToVote(on: motion)
            // Seats yet to vote, or quorum lost since the vote opened: the chair closes it knowingly (V5, Q3).
            guard yet.isEmpty, state.quorum.isQuorate else {
                mode = .confirm(.closeVoteEarly(motion: motion, yet: yet, quorum: state.quorum, in: state.constitution))
                return .none
            }
            return .perform(.closeVote(motion))
        case .closeMeeting:
            guard state.isOpen else {
                message = (
                    state.closedAt == nil ? "The meeting has not been opened." : "The meeting is already closed.", true
                )
                return .none
            }
            mode = .confirm(.closeMeeting(state, number: meetingNumber, at: clockTime(now, in: timeZone)))
        case .startNextMeeting:
            guard state.closedAt != nil else {
                message = (
                    "This meeting is still open; close it first (\(ConsoleKeys.typedWord(for: .closeMeeting))).", true
                )
                return .none
            }
            // A later meeting exists already: M goes to it, recording nothing, so it needs no question.
            if newestMeetingNumber > meetingNumber { return .startNextMeeting }
            mode = .confirm(.startNextMeeting(after: meetingNumber, body: state.constitution.body.rawValue))
        case .quit: return .quit
        case .help:
            mode = .help
            overlayScroll = 0
        case .commandLine:
            mode = .command
            commandLine = TextField()
            historyIndex = nil
            message = nil
        case .up: selected = max(0, selected - 1)
        case .down: selected = min(max(0, rows - 1), selected + 1)
        case .top: selected = 0
        case .bottom: selected = max(0, rows - 1)
        case .arrived, .left:
            let people = roll
            guard people.indices.contains(selected) else { return .none }
            return .perform(action == .arrived ? .arrive(people[selected].person) : .depart(people[selected].person))
        }
        return .none
    }

    /// Marking an item confidential hides it at once; making it public again shows the room, so it asks (N4).
    private mutating func toggledConfidentiality(of item: AgendaItem) -> Effect {
        guard item.confidential else { return .perform(.markConfidential(item.id, true)) }
        mode = .confirm(.makePublic(item))
        return .none
    }
}
