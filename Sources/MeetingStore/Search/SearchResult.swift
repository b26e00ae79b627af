import Foundation
import GRDB
import MeetingKit

/// A search result as shown: where it is in the series, and how a corrected entry reads now.
public struct SearchResult: Hashable, Sendable {
    /// The hit as every search shows it (`searchHitLines`): its words as recorded, then, when a correction
    /// rewrote them, how they read now.
    public var lines: [String] {
        searchHitLines(
            meeting: meeting, date: date, sequence: sequence, kind: kind, text: snippet, rewrittenBy: correction)
    }

    public var meeting: Int
    /// The meeting's date, when it was opened.
    public var date: CalendarDay?
    public var sequence: Int
    public var kind: String
    public var snippet: String
    /// V5: the correction that last rewrote the entry found; the index holds the words as first recorded, so
    /// the snippet alone may show the old text.
    public var correction: CorrectionRecord?
}
