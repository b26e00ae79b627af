import Foundation
import Testing
import TerminalUI

/// #26.3: an idle loop wakes for the clock only when the minute it shows turns.
@Suite("How long an idle loop sleeps")
struct TerminalWaitTests {
    @Test("until just after the next minute turns, never before it")
    func untilTheMinuteTurns() {
        let minute = Date(timeIntervalSince1970: 1_700_000_040)  // a whole minute
        #expect(TerminalWait.untilNextMinute(from: minute) == 60_005)
        #expect(TerminalWait.untilNextMinute(from: minute.addingTimeInterval(59.5)) == 505)
        #expect(TerminalWait.untilNextMinute(from: minute.addingTimeInterval(59.9999)) == 6)
        for offset in stride(from: 0.0, to: 60, by: 0.37) {
            let now = minute.addingTimeInterval(offset)
            let wake = now.addingTimeInterval(Double(TerminalWait.untilNextMinute(from: now)) / 1000)
            #expect(Int(wake.timeIntervalSince1970 / 60) == Int(now.timeIntervalSince1970 / 60) + 1, "wakes in the next minute from \(offset) s")
        }
    }

    @Test("a look's wait in whole milliseconds, rounded up so the loop never wakes just before it is due")
    func millisecondsRoundedUp() {
        #expect(TerminalWait.milliseconds(.seconds(1)) == 1000)
        #expect(TerminalWait.milliseconds(.microseconds(1)) == 1)
        #expect(TerminalWait.milliseconds(.microseconds(1_500)) == 2)
        #expect(TerminalWait.milliseconds(.zero) == 0)
    }
}
