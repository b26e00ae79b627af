import ConstitutionFile
import Foundation
import MeetingKit
@testable import Console
import TerminalUI

/// A console model over an in-memory record, as the runner drives it: each key's command is decided and
/// recorded, and the model told what happened, so whole sessions run in tests by keys alone.
struct ConsoleSession {
    var log: MeetingLog
    var model: ConsoleModel
    var now: Date
    /// What the last key asked the runner for beyond recording: quitting, or the next meeting.
    var lastEffect: ConsoleModel.Effect = .none

    /// The HNB ELG, the meeting opened at 14:05 UTC with `present` representatives in, at `role`'s terminal.
    init(role: Role, present: [String] = ["early-years", "primary-schools", "secondary-schools", "finance", "special-schools"],
         proxies: [String] = []) throws {
        log = MeetingLog(constitution: ShippedConstitution.hnbELG.constitution)
        now = Date(timeIntervalSince1970: 1_569_938_700)
        for seat in present { try log.perform(.arrive(PersonID("\(seat)-representative")), by: .clerk, at: now) }
        for seat in proxies { try log.perform(.arrive(PersonID("\(seat)-proxy")), by: .clerk, at: now) }
        try log.perform(.openMeeting(MeetingDetails(title: "ELG", date: CalendarDay("2019-10-01")!, place: "Civic Centre", clerk: "")), by: .chair, at: now)
        model = ConsoleModel(state: log.state, meetingNumber: 1, role: role, now: now, timeZone: TimeZone(identifier: "UTC")!)
        model.events = log.events
    }

    /// Records `command` from another terminal, and lets this one see it.
    mutating func elsewhere(_ command: Command, by role: Role) throws {
        now.addTimeInterval(1)
        try log.perform(command, by: role, at: now)
        model.state = log.state
        model.events = log.events
        model.recheckQuestion()  // as the runtime does when the record changes
    }

    mutating func press(_ keys: String) {
        for character in keys { press(.character(character)) }
    }

    mutating func type(_ line: String) {
        press(.character(":"))
        for character in line { press(.character(character)) }
        press(.enter)
    }

    mutating func press(_ key: Key) {
        now.addTimeInterval(1)
        model.now = now
        let effect = model.handle(key)
        lastEffect = effect
        guard case .perform(let command) = effect else { return }
        do {
            let events = try log.perform(command, by: model.role, at: now)
            model.recorded(command, as: events, state: log.state, events: log.events)
        } catch {
            model.refused(command, reason: error.reason, state: log.state, events: log.events)
        }
    }

    var screenText: String { ConsoleView.render(model, width: 80, height: 24).grid.lines.joined(separator: "\n") }
}
