import Foundation

/// "14:05": the one way an instant is written as a time of day, on screens and in the minutes, in the zone
/// given (the meeting's own, `Constitution.zone`).
public func clockTime(_ date: Date, in zone: TimeZone) -> String {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = zone
    let parts = calendar.dateComponents([.hour, .minute], from: date)
    return String(format: "%02d:%02d", parts.hour ?? 0, parts.minute ?? 0)
}
