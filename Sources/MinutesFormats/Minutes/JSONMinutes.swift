import Foundation
import MeetingKit
import TextHazards

/// The minutes as JSON for other systems, in the shape `Schemas/minutes-v1.schema.json` documents:
/// `format`, the record's `chainHead`, and the `minutes` document (N1–N5). Times are ISO 8601; absent
/// values are left out. JSONEncoder escapes quotes and C0 controls; the C1, bidi and invisible characters it
/// leaves raw are escaped by `TextHazard.escapingJSON`, so no reader of the file meets them live.
public enum JSONMinutes {
    public static let format = "gavel-minutes/1"

    public struct ChainHead: Encodable, Sendable {
        public var meeting: Int
        public var eventCount: Int
        public var hash: String

        public init(meeting: Int, eventCount: Int, hash: String) {
            self.meeting = meeting
            self.eventCount = eventCount
            self.hash = hash
        }
    }

    private struct Envelope: Encodable {
        var format: String
        var chainHead: ChainHead
        var signature: Signature?
        /// The chair's signatures before `signature`, oldest first; left out when there are none.
        var earlierSignatures: [Signature]?
        var minutes: MinutesDocument
    }

    /// The chair's signature over `chainHead`, in OpenSSH's SSHSIG armour.
    private struct Signature: Encodable {
        var chair: String
        var fingerprint: String
        var eventCount: Int
        var namespace = MinutesSignature.namespace
        var armored: String
    }

    public static func render(
        _ document: MinutesDocument, head: ChainHead, signature: MinutesOutline.Signature? = nil,
        earlierSignatures: [MinutesOutline.Signature] = []
    ) throws -> String {
        func signed(_ s: MinutesOutline.Signature) -> Signature {
            Signature(chair: s.chair, fingerprint: s.fingerprint, eventCount: s.eventCount, armored: s.armored)
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        let data = try encoder.encode(
            Envelope(
                format: format, chainHead: head,
                signature: signature.map(signed),
                earlierSignatures: earlierSignatures.isEmpty ? nil : earlierSignatures.map(signed),
                minutes: document))
        return TextHazard.escapingJSON(String(decoding: data, as: UTF8.self)) + "\n"
    }
}
