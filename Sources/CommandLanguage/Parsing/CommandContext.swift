import Foundation
import MeetingKit

/// What commands are resolved against: the meeting as this terminal sees it, and the clock.
public struct CommandContext: Sendable {
    public var state: MeetingState
    public var now: Date
    public var timeZone: TimeZone
    /// The meeting's number in its series, used in action and risk ids so they stay unique across it.
    public var meetingNumber: Int?

    public init(state: MeetingState, now: Date, timeZone: TimeZone = .current, meetingNumber: Int? = nil) {
        self.state = state
        self.now = now
        self.timeZone = timeZone
        self.meetingNumber = meetingNumber
    }

    /// A person by id, by name (any case), or by seat shorthand: `special-schools.rep`, `special-schools.proxy`.
    public func resolvePerson(_ text: String) -> PersonID? {
        let c = state.constitution
        if c.people[PersonID(text)] != nil { return PersonID(text) }
        let lowered = text.lowercased()
        if let named = c.people.values.first(where: { $0.isNamed && $0.name.lowercased() == lowered }) {
            return named.id
        }
        let parts = lowered.split(separator: ".")
        if parts.count == 2, let holders = c.holders[SeatID(String(parts[0]))] {
            if parts[1] == "rep" || parts[1] == "representative" { return holders.representative }
            if parts[1] == "proxy" { return holders.proxy }
        }
        return nil
    }

    /// `14:05` today in this terminal's time zone, or a full `2019-10-01T14:05`; nothing else.
    public func time(_ text: String) -> Date? {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let pieces = text.split(separator: "T", omittingEmptySubsequences: false)
        guard pieces.count <= 2, let clock = pieces.last else { return nil }
        // Exactly HH:MM, two digits each: no signs, no seconds, no single digits.
        let hm = clock.split(separator: ":", omittingEmptySubsequences: false)
        guard hm.count == 2, hm.allSatisfy({ $0.count == 2 && $0.allSatisfy { $0.isASCII && $0.isNumber } }),
            let hour = Int(hm[0]), let minute = Int(hm[1]), (0..<24).contains(hour), (0..<60).contains(minute)
        else { return nil }
        var components = calendar.dateComponents([.year, .month, .day], from: now)
        if pieces.count == 2 {
            guard let day = CalendarDay(String(pieces[0])) else { return nil }
            components = DateComponents(year: day.year, month: day.month, day: day.day)
        }
        components.hour = hour
        components.minute = minute
        return calendar.date(from: components)
    }

    /// The next id `PREFIXn` (series-wide, with the meeting number: `PREFIXm.n`) not already used.
    public func nextID(prefix: String, existing: some Collection<String>, seriesWide: Bool = false) -> String {
        let stem = seriesWide ? meetingNumber.map { "\(prefix)\($0)." } ?? prefix : prefix
        let used = Set(existing)
        var n = existing.filter { $0.hasPrefix(stem) }.compactMap { Int($0.dropFirst(stem.count)) }.max() ?? 0
        repeat { n += 1 } while used.contains("\(stem)\(n)")
        return "\(stem)\(n)"
    }
}
