import Foundation

extension MeetingState {
    /// What a command adds to the record, once admitted: its events and the state they produce.
    public struct Admission: Sendable {
        public var events: [MeetingEvent]
        public var state: MeetingState
    }

    /// The one way onto the record, for the durable store and the in-memory log alike: decides `command`
    /// against this state, then checks every `RecordInvariant` on the state its events would produce against
    /// everything already in `journal` (the events this state folds). Throws the refusal, naming the
    /// invariant and what to do instead, and changes nothing.
    public func admit(
        _ command: Command, by author: Role, as actor: Actor? = nil, at time: Date, journal: [MeetingEvent]
    ) throws(Refusal) -> Admission {
        if RecordInvariant.timeRunsForward.isChecked, let latest = latestTime, time < latest {
            let zone = constitution.zone
            // The day too, when the two instants fall on different days: "06:17 before 00:00" reads as nonsense.
            var calendar = Calendar(identifier: .gregorian)
            calendar.timeZone = zone
            let sameDay = calendar.isDate(time, inSameDayAs: latest)
            func when(_ date: Date) -> String {
                let day = sameDay ? nil : CalendarDay(date, in: zone)
                return (day.map { "\($0) " } ?? "") + clockTime(date, in: zone)
            }
            throw RecordInvariant.timeRunsForward.refusal(
                "the command is timed \(when(time)), before the meeting's latest event at \(when(latest))",
                instead:
                    "Give the time now; to record that someone came or left earlier, use at= on the arrival or "
                    + "departure."
            )
        }
        let payloads = try decide(command, by: author, as: actor, at: time)
        var next = self
        var events: [MeetingEvent] = []
        for payload in payloads {
            let event = MeetingEvent(
                sequence: next.lastSequence + 1, time: time, author: author, by: actor, payload: payload)
            events.append(event)
            if case .undone = payload {
                next.extend(with: [event], journal: journal + events)
            } else {
                next.apply(event)
            }
        }
        try checkInvariants(after: next, appended: events, journal: journal)
        return Admission(events: events, state: next)
    }
}
