import Foundation
import MeetingKit
import TerminalUI

extension ConsoleModel: LoopModel {
    static let goesToNewestMeeting = true

    /// The console's one update: the model as the message leaves it, and what the runtime is to do next.
    public mutating func update(_ message: ConsoleMessage) -> [Effect] {
        var effects: [Effect] = []
        switch message {
        case .key(let key):
            let effect = press(key)
            if effect != .none { effects.append(effect) }
        case .recorded(let command, let events, let backup, let record):
            recorded(command, as: events, state: record.state, events: record.events, afterwards: backup?.sentence)
        case .refused(let command, let reason, let cause, let record):
            let sentence = Self.refusal(reason, causedBy: cause, in: record.state)
            refused(command, reason: sentence, state: record.state, events: record.events)
            effects.append(.logRefusal(command, reason: sentence))
        case .found(let query, let outcome):
            found(outcome, for: query)
        case .meetingStarted(let record, let started):
            var next = successor(on: record)
            next.message = (next.arrivalNotice(record.number, started: started), false)
            self = next
        case .meetingNotStarted(let reason):
            self.message = ("No meeting was started: \(reason)", true)
        case .loop(let event):
            guard apply(event) else { return [] }
        }
        settle()
        return effects
    }

    /// The loop's news; false when it changed nothing that is laid out (the clock, the following status).
    private mutating func apply(_ event: LoopEvent) -> Bool {
        switch event {
        case .recordChanged(let record):
            follow(record)
        case .tick(let time):
            now = time
            return false
        case .resized(let width, let height):
            guard (width, height) != (self.width, self.height) else { return false }
            (self.width, self.height) = (width, height)
        case .following(let lostSince):
            notFollowing = lostSince.map { LoopWording.notFollowing(since: $0, in: timeZone) }
            return false
        }
        return true
    }

    /// What every change of state leaves to work out once: the view's layout of it, the selection kept in
    /// view and the overlay within its end, and whether this terminal's last action may still be undone.
    mutating func settle() {
        layout = ConsoleView.layout(self)
        if layout.visibleRows > 0 {
            // The least scroll that shows the selection: the selected row sits as high as the list allows.
            var position = ScrollPosition(selected: scrollPosition(rows: layout.rowCount).selected)
            position.reveal(visible: layout.visibleRows, count: layout.rowCount)
            firstRowShown = position.offset
        }
        overlayScroll = min(overlayScroll, layout.overlayScrollLimit)
        let asked = [ownLastAction, state.lastSequence, events.count]
        if asked != undoStandingAskedAt {
            undoStanding = undoRefusal
            undoStandingAskedAt = asked
        }
    }

    /// Where a list of `rows` on the screen stands: the selection (within the rows) and the first row shown.
    func scrollPosition(rows: Int) -> ScrollPosition {
        ScrollPosition(selected: rows == 0 ? nil : min(selected, rows - 1), offset: firstRowShown)
    }

    /// Another terminal's change: the next meeting started (this console moves to it), or this meeting's
    /// record changed (a meeting started after it is named; a question it makes stale is asked again).
    private mutating func follow(_ record: RecordView) {
        guard record.number == meetingNumber else {
            moveToMeeting(record)
            return
        }
        state = record.state
        events = record.events
        if record.newest != newestMeetingNumber, state.closedAt != nil, record.newest > meetingNumber {
            newestMeetingNumber = record.newest
            message = (closedMeetingNotice, false)
        }
        newestMeetingNumber = record.newest
        recheckQuestion()
    }
}
