import ConsoleDoubles
import ConstitutionFile
import Foundation
import MeetingKit
@testable import Console
import TerminalUI

/// A console session run by the real `ConsoleRuntime` over an in-memory record, one key at a time: each key
/// goes through the runtime's own handling (the model's effect carried out against the source, the outcome
/// handed back), and another terminal's change reaches the model as the loop brings it (`bringUpToDate`). Whole
/// sessions run in tests by keys alone, with nothing of the runtime emulated here.
struct ConsoleDriver {
    /// The test's clock: a second passes with every key and every change made elsewhere.
    private final class Clock: @unchecked Sendable {
        var now = Date(timeIntervalSince1970: 1_569_938_700)
    }

    private struct Refused: Error, CustomStringConvertible {
        var description: String
    }

    let source: MemorySource
    private let clock = Clock()
    private let runtime: ConsoleRuntime
    var model: ConsoleModel
    /// Whether the last key ended the console.
    private(set) var quit = false

    var log: MeetingLog { source.log }
    var now: Date {
        get { clock.now }
        nonmutating set { clock.now = newValue }
    }

    /// The HNB ELG, the meeting opened at 14:05 UTC with `present` representatives in, at `role`'s terminal.
    init(role: Role, present: [String] = ["early-years", "primary-schools", "secondary-schools", "finance", "special-schools"],
         proxies: [String] = []) throws {
        var log = MeetingLog(constitution: ShippedConstitution.hnbELG.constitution)
        let now = clock.now
        for seat in present { try log.perform(.arrive(PersonID("\(seat)-representative")), by: .clerk, at: now) }
        for seat in proxies { try log.perform(.arrive(PersonID("\(seat)-proxy")), by: .clerk, at: now) }
        try log.perform(.openMeeting(MeetingDetails(title: "ELG", date: CalendarDay("2019-10-01")!, place: "Civic Centre", clerk: "")), by: .chair, at: now)
        source = MemorySource(log: log)
        let clock = clock
        runtime = ConsoleRuntime(terminal: MemoryTerminal(keys: []), source: source, role: role, clock: { clock.now })
        model = runtime.firstModel()
        model.timeZone = TimeZone(identifier: "UTC")!
    }

    /// Records `command` from another terminal, and lets this one see it as the runtime does at its next turn.
    mutating func elsewhere(_ command: Command, by role: Role, as actor: Actor? = nil) throws {
        clock.now.addTimeInterval(1)
        if case .refused(let reason, _) = source.record(command, by: role, as: actor, at: clock.now) { throw Refused(description: reason) }
        TerminalLoop.bringUpToDate(&model, from: source, recordChanged: true, now: model.now, size: nil)
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
        clock.now.addTimeInterval(1)
        model.now = clock.now
        quit = !runtime.handle(key, &model)
    }

    var screenText: String { ConsoleView.render(model, width: 80, height: 24).grid.lines.joined(separator: "\n") }
}
