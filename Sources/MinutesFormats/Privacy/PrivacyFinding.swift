import Foundation
import MeetingKit

/// DOMAIN N4: minutes are about the system, never about an individual child. Before a public export the
/// text is scanned for what looks like a child's personal data, and each finding says where it is.
public struct PrivacyFinding: Hashable, Sendable, CustomStringConvertible {
    public enum Kind: String, Sendable {
        case pupilNumber = "a Unique Pupil Number"
        case nhsNumber = "an NHS number"
        case dateOfBirth = "a date of birth"
    }
    public var kind: Kind
    /// Where in the minutes: "item 2, note 1".
    public var location: String
    public var excerpt: String

    public var description: String { "\(location): looks like \(kind.rawValue) (\(excerpt))" }
}
