import Foundation
import GRDB
import MeetingKit

/// A search result as shown: where it is in the series, and whether the public may see it.
public struct SearchResult: Hashable, Sendable {
    /// The hit as every search shows it (`searchHitLine`), its words as recorded.
    public var line: String {
        searchHitLine(meeting: meeting, date: date, sequence: sequence, kind: kind, text: snippet)
    }

    public var meeting: Int
    /// The meeting's date, when it was opened.
    public var date: CalendarDay?
    public var sequence: Int
    public var kind: String
    public var snippet: String
    /// V5: when the entry found was corrected, the correction's number and the entry as it now reads; the
    /// index holds the words as first recorded, so the snippet alone may show the old text.
    public var correction: (number: Int, nowReads: String)? {
        get { correctionNumber.map { ($0, correctedText ?? "") } }
        set { (correctionNumber, correctedText) = (newValue?.number, newValue?.nowReads) }
    }
    var correctionNumber: Int?
    var correctedText: String?
}
