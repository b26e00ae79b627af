import Foundation
import MeetingKit

/// The minutes laid out once, as headings, paragraphs, lists and tables of plain text, for each format to
/// write in its own syntax with its own escaping (Markdown, HTML). Text here is never escaped.
public enum MinutesOutline {
    public enum Inline: Hashable, Sendable {
        case text(String)
        case strong(String)
        case code(String)

        /// The words, without emphasis: for a title, or a screen that shows no emphasis.
        public var plainText: String {
            switch self {
            case .text(let text), .strong(let text), .code(let text): text
            }
        }
    }

    public struct ListItem: Hashable, Sendable {
        public var text: [Inline]
        public var children: [[Inline]] = []
    }

    public enum Block: Hashable, Sendable {
        case title([Inline])
        case banner(String)
        case heading([Inline])
        case paragraph([Inline])
        case list([ListItem])
        case table(header: [String], rows: [[String]])
        case rule
    }

    /// The chair's signature over the chain head, as the foot prints it.
    public struct Signature: Hashable, Sendable {
        public var chair: String
        public var fingerprint: String
        public var eventCount: Int
        /// The armoured SSHSIG text, line by line as `ssh-keygen -Y verify` reads it.
        public var armored: String

        public init(chair: String, fingerprint: String, eventCount: Int, armored: String) {
            self.chair = chair
            self.fingerprint = fingerprint
            self.eventCount = eventCount
            self.armored = armored
        }
    }

    /// `head` is the record's chain head, printed at the foot so the minutes can be checked against the
    /// record later (`gavel verify --head`), followed by the chair's signature over it when there is one.
    /// `earlierSignatures` are the chair's signatures before the latest (`signature`), oldest first; each is printed.
    public static func build(
        _ document: MinutesDocument, head: String, signature: Signature? = nil, earlierSignatures: [Signature] = [],
        timeZone: TimeZone = .current
    ) -> [Block] {
        var builder = Builder(timeZone: timeZone, includesConfidential: document.includesConfidential)
        builder.header(document)
        builder.attendance(document.attendance)
        builder.quorum(document.quorum)
        builder.appointments(document.appointments, namings: document.namings)
        builder.mattersArising(document.mattersArising)
        for section in document.items where !(section.id == nil && section.isEmpty) { builder.item(section) }
        builder.registers(document)
        builder.footer(document, head: head, signatures: earlierSignatures + (signature.map { [$0] } ?? []))
        return builder.blocks
    }
}
