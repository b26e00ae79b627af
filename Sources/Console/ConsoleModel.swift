import CommandLanguage
import Foundation
import MeetingKit
import TerminalUI

/// The console's state between keys. `handle` turns a key into an effect for the runner (a command to
/// record, or quitting); `ConsoleView` draws it. Both are pure, so whole sessions run in tests.
public struct ConsoleModel {
    public enum Mode: Equatable { case browse, command, help, confirm(Confirmation) }
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
    }
    public enum Effect: Equatable { case none, perform(Command), quit }

    public var state: MeetingState
    /// The journal, for the log screen; the runner keeps it current.
    public var events: [MeetingEvent] = []
    public var meetingNumber: Int
    public var role: Role
    public var mode: Mode = .browse
    public var screen: Screen = .roll
    public var commandLine = TextField()
    public var history: [String] = []
    private var historyIndex: Int?
    public var selected = 0
    /// The last outcome shown above the footer: a refusal, an error, or what was done.
    public var message: (text: String, isError: Bool)?
    /// Set when the record cannot be read for a while (the watcher says so).
    public var notFollowing: String?
    public var now: Date
    public var timeZone: TimeZone
    /// The first event of this terminal's newest action, while it may still be undone.
    public var ownLastAction: Int?
    /// The minutes screen shows the whole minutes as they would be written, not just the current item.
    public var wholeMinutes = false
    /// The window's width when last drawn: wrapped text has as many rows as this makes it.
    public var width = ConsoleView.minimumSize.width

    public init(state: MeetingState, meetingNumber: Int, role: Role, now: Date, timeZone: TimeZone = .current) {
        self.state = state
        self.meetingNumber = meetingNumber
        self.role = role
        self.now = now
        self.timeZone = timeZone
    }

    /// The motion the motion screen shows: the one being voted on, else the latest still to be voted on,
    /// else the latest.
    public var shownMotion: MotionRecord? {
        if let open = state.openVote { return state.motions[open] }
        let motions = state.orderedMotions
        return motions.last { if case .moved = $0.stage { true } else { false } } ?? motions.last
    }

    /// The first seat after `index` that is represented now and has not voted on `motion`.
    func nextSeatToVote(after index: Int, on motion: MotionID) -> Int? {
        let holders = state.constitution.seatHoldings(present: state.present)
        let ballots = state.motions[motion]?.ballots ?? BallotBox()
        return state.constitution.seats.indices.first { i in
            i > index && holders[i].holder != nil && ballots[state.constitution.seats[i].id] == nil
        }
    }

    /// Everyone on the roll, in the order the roll-call screen lists them.
    public var roll: [RollRow] { RollRow.rows(for: state) }

    var context: CommandContext { CommandContext(state: state, now: now, timeZone: timeZone, meetingNumber: meetingNumber) }

    public mutating func handle(_ key: Key) -> Effect {
        switch mode {
        case .help:
            if key == .escape || key == .character("?") || key == .character("q") { mode = .browse }
            return .none
        case .confirm(let question):
            mode = .browse
            guard key == .character("y") else {
                message = (question.declined, false)
                return .none
            }
            return .perform(question.command)
        case .command:
            return handleCommandLine(key)
        case .browse:
            guard let action = ConsoleKeys.keymap.action(for: key, in: self) else {
                if case .paste = key { message = ("Paste into the command line: press : first.", true) }
                return .none
            }
            return perform(action)
        }
    }

    private mutating func perform(_ action: ConsoleAction) -> Effect {
        // How many rows the screen has, for the moving keys only: on the minutes screen it means laying
        // the minutes out.
        var rows: Int {
            switch screen {
            case .roll: roll.count
            case .agenda: state.agenda.count
            case .motion: state.constitution.seats.count
            case .minutes: wholeMinutes ? MinutesScreen.wholeLines(self, width: width - 2).count : MinutesScreen.lines(self).count
            case .matters: matters.count
            case .log: events.count
            }
        }
        switch action {
        case .showRoll: screen = .roll; selected = 0
        case .showAgenda: screen = .agenda; selected = state.currentItem.flatMap { id in state.agenda.firstIndex { $0.id == id } } ?? 0
        case .showMotion: screen = .motion; selected = 0
        case .openItem:
            guard state.agenda.indices.contains(selected) else { return .none }
            return .perform(.openAgendaItem(state.agenda[selected].id))
        case .showMinutes: screen = .minutes; selected = 0
        case .showMatters: screen = .matters; selected = 0
        case .showLog: screen = .log; selected = max(0, events.count - 1)
        case .draft(let draft): start(draft)
        case .undo:
            guard let first = ownLastAction else { return .none }
            return .perform(.undoLastAction(first: first))
        case .withdraw, .defer:
            guard let motion = shownMotion else { return .none }
            return .perform(action == .withdraw ? .withdrawMotion(motion.id) : .deferMotion(motion.id))
        case .toggleWholeMinutes:
            wholeMinutes.toggle()
            selected = 0
        case .toggleConfidential:
            guard let item = state.currentItem.flatMap(state.item) else {
                message = ("Open an agenda item first: confidentiality is set per item (N4).", true)
                return .none
            }
            return .perform(.markConfidential(item.id, !item.confidential))
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
                mode = .confirm(.changeVote(motion: motion, seat: seat, standing: standing, to: choice, in: state.constitution))
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
            guard yet.isEmpty else {
                mode = .confirm(.closeWithSeatsToVote(motion: motion, yet: yet, in: state.constitution))
                return .none
            }
            return .perform(.closeVote(motion))
        case .quit: return .quit
        case .help: mode = .help
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

    private mutating func handleCommandLine(_ key: Key) -> Effect {
        switch key {
        case .escape:
            mode = .browse
        case .enter:
            let line = commandLine.text.trimmingCharacters(in: .whitespaces)
            mode = .browse
            guard !line.isEmpty else { return .none }
            if history.last != line { history.append(line) }
            if line == "q" || line == "quit" { return .quit }
            if line == "undo" { return perform(.undo) }
            if line == "help" { mode = .help; return .none }
            do {
                let command = try CommandParser.parse(line, context: context)
                if case .openVote(let motion, _) = command {
                    // The chair goes down the room from the first seat that can vote, whichever way the vote opened.
                    screen = .motion
                    selected = nextSeatToVote(after: -1, on: motion) ?? 0
                }
                return .perform(command)
            } catch {
                message = (error.message, true)
            }
        case .tab:
            complete()
        case .up, .down:
            guard !history.isEmpty else { return .none }
            let index = key == .up ? max(0, (historyIndex ?? history.count) - 1) : min(history.count, (historyIndex ?? history.count) + 1)
            historyIndex = index
            commandLine.set(index < history.count ? history[index] : "")
        default:
            commandLine.handle(key)
        }
        return .none
    }
}

extension ConsoleModel {
    /// Tab: one candidate completes the word; several extend it to what they share, and are listed.
    mutating func complete() {
        let candidates = Completion.candidates(for: commandLine.text, state: state)
        guard let first = candidates.first else { return }
        let text = commandLine.text
        let wordStart = text.last?.isWhitespace ?? true ? text.endIndex : (text.lastIndex(where: \.isWhitespace).map { text.index(after: $0) } ?? text.startIndex)
        let stem = String(text[..<wordStart])
        if candidates.count == 1 {
            commandLine.set(stem + first + (first.hasSuffix("=") ? "" : " "))
            return
        }
        let shared = candidates.dropFirst().reduce(first) { common, next in String(zip(common, next).prefix { $0 == $1 }.map(\.0)) }
        if shared.count > text.distance(from: wordStart, to: text.endIndex) { commandLine.set(stem + shared) }
        message = (candidates.prefix(12).joined(separator: "  "), false)
    }
}

/// One line of the roll call: a person, the seat or role they fill, and whether they are here.
public struct RollRow: Hashable, Sendable {
    public var person: PersonID
    /// The seat a representative or proxy fills; nil for the chair, officers and guests.
    public var seat: SeatID?
    public var name: String
    public var place: String
    public var capacity: String
    public var present: Bool
    public var holdsVote: Bool

    static func rows(for state: MeetingState) -> [RollRow] {
        let c = state.constitution
        let holders = state.voteHolders
        var rows: [RollRow] = []
        var seen: Set<PersonID> = []
        func add(_ person: PersonID, seat: SeatID? = nil, place: String, capacity: String) {
            guard seen.insert(person).inserted else { return }
            rows.append(RollRow(
                person: person, seat: seat, name: c.displayName(person), place: place, capacity: capacity,
                present: state.present.contains(person), holdsVote: holders.values.contains { $0.holder == person }))
        }
        for seat in c.seats {
            guard let people = c.holders[seat.id] else { continue }
            add(people.representative, seat: seat.id, place: seat.partner, capacity: "representative")
            if let proxy = people.proxy { add(proxy, seat: seat.id, place: seat.partner, capacity: "proxy") }
        }
        if let chair = state.chair { add(chair, place: "Chair", capacity: "chair") }
        for member in c.members { add(member.person, place: member.role, capacity: "non-voting") }
        for (guest, role) in state.guests.sorted(by: { $0.key < $1.key }) { add(guest, place: role, capacity: "guest") }
        return rows
    }
}
