import Foundation

/// How long loops wait for a key.
public enum TerminalWait {
    /// Without a descriptor to wake on: bounds how late another terminal's change shows.
    public static let step: Int32 = 20

    /// `duration` as a wait in whole milliseconds, rounded up so a wake is never early for what is due.
    public static func milliseconds(_ duration: Duration) -> Int32 {
        let (seconds, attoseconds) = duration.components
        return Int32(clamping: seconds * 1000 + (attoseconds + 999_999_999_999_999) / 1_000_000_000_000_000)
    }

    /// With a descriptor to wake on, only the clock on screen needs the loop to wake, and it shows minutes:
    /// so a loop sleeps until just after the minute turns. Fifty idle terminals then wake once a minute
    /// each, not once a second.
    public static func untilNextMinute(from now: Date) -> Int32 {
        let intoMinute = now.timeIntervalSince1970.truncatingRemainder(dividingBy: 60)
        // A few milliseconds past the turn, so the wake never lands just before it and sleeps again.
        return Int32(((60 - intoMinute) * 1000).rounded(.up)) + 5
    }
}
