import Foundation
import MeetingKit

/// What every terminal (console, ballot, projector) says of its loop, one wording each: that it cannot
/// follow the record, and that its window is too small for what it must show.
enum LoopWording {
    /// The status bar's warning while the record cannot be read, with since when: "NOT FOLLOWING since 14:05".
    static func notFollowing(since lost: Date, in zone: TimeZone) -> String {
        "NOT FOLLOWING since \(clockTime(lost, in: zone))"
    }

    /// The room's warning: when the picture it sees was last brought up to date.
    static func notFollowing(lastUpdate: Date, in zone: TimeZone) -> String {
        "NOT FOLLOWING: last update \(clockTime(lastUpdate, in: zone))"
    }

    /// What a window too small shows instead: "Enlarge the window to 80x24 (it is 60x20)".
    static func enlarge(to goal: String, width: Int, height: Int) -> String {
        "Enlarge the window to \(goal) (it is \(width)x\(height))"
    }

    /// What a key pressed meanwhile says instead of acting: "y did nothing: the window is 60x20, too small to
    /// show the motion. Enlarge it."
    static func keyDidNothing(
        _ key: String, width: Int, height: Int, tooSmallToShow what: String, enlarge: String
    )
        -> String
    {
        "\(key) did nothing: the window is \(width)x\(height), too small to show \(what). \(enlarge)"
    }
}
