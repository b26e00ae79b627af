import MeetingKit

/// What the record did with a command a runtime asked it to record.
public enum RecordOutcome: Sendable {
    /// On the record; `backup` is the copy the source made after it, when a meeting's close makes one.
    case recorded([MeetingEvent], backup: BackupOutcome? = nil)
    /// Refused, saying why; `causedBy` is the other terminal's event that made the difference, when one did
    /// (the model says so, in its words).
    case refused(String, causedBy: MeetingEvent? = nil)
}
