import Console
import Foundation
import MeetingKit

/// A meeting in memory, for running whole console sessions in tests.
public final class MemorySource: MeetingSource {
    public private(set) var log: MeetingLog
    public let number: Int
    /// Who is at this terminal, as a key would say (a member's ballot needs it).
    let actor: Actor?

    public init(log: MeetingLog, number: Int = 1, actor: Actor? = nil) {
        self.log = log
        self.number = number
        self.actor = actor
    }

    public var state: MeetingState { log.state }
    public var events: [MeetingEvent] { log.events }
    public func follow() -> Bool { false }
    public var notFollowingSince: Date? { nil }

    public func perform(_ command: Command, by role: Role, at time: Date) -> RecordOutcome {
        record(command, by: role, as: actor, at: time)
    }

    /// Records as another terminal would, whoever is at it: a member's ballot, say.
    public func record(_ command: Command, by role: Role, as actor: Actor?, at time: Date) -> RecordOutcome {
        do { return .recorded(try log.perform(command, by: role, as: actor, at: time)) } catch {
            return .refused(error.reason)
        }
    }

    /// The record's search over this one meeting, in memory: undone events are not found, and a corrected
    /// entry says how it reads now, as the store's index answers.
    public func search(_ text: String) -> SearchOutcome {
        let words = searchWords(text)
        let undone = MeetingState.undoneRanges(in: log.events)
        return .found(
            log.events.filter { event in !undone.contains { $0.contains(event.sequence) } }.compactMap { event in
                event.payload.matching(words).map {
                    searchHitLines(
                        meeting: number, date: log.state.details?.date, sequence: event.sequence, kind: $0.kind,
                        text: $0.text, rewrittenBy: log.state.corrections.latestRewrite(of: event.sequence))
                }
            })
    }

    public func startMeeting(after number: Int) throws -> MeetingStart {
        log = MeetingLog(
            constitution: log.state.constitutionForNext,
            mattersArising: log.state.mattersArisingForNext(meetingNumber: number))
        return MeetingStart(number: number + 1, startedNow: true)
    }
}
