import Foundation

/// When a console, projector or ballot loop draws: after a key or a change in the record, when the clock's minute
/// turns, or when the window's size or the following status changes. Otherwise a wait costs nothing, so
/// the loops can wake often (and notice another terminal's change quickly) without drawing idle frames.
public struct RedrawGate {
    public init() {}

    private var last: (minute: Int, width: Int, height: Int, status: String?)?

    /// Whether to draw now; `changed` is a key handled or a record change since the last call.
    public mutating func needsDraw(now: Date, width: Int, height: Int, status: String?, changed: Bool) -> Bool {
        let minute = Int(now.timeIntervalSince1970 / 60)
        defer { last = (minute, width, height, status) }
        guard let last else { return true }
        return changed || last.minute != minute || last.width != width || last.height != height || last.status != status
    }
}
