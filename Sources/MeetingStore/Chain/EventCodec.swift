import Crypto
import Foundation
import MeetingKit

/// Events to stored text and back, and the SHA-256 chain over them. The stored text is what is hashed, so
/// verification never depends on re-encoding producing the same bytes.
enum EventCodec {
    static func encoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        // The reference-date double round-trips exactly, so a reloaded meeting folds to the same state.
        encoder.dateEncodingStrategy = .deferredToDate
        return encoder
    }

    /// An event's stored text, written by the journal's own codec (docs/journal-format.md): the same bytes
    /// JSONEncoder wrote for it, at a fraction of the cost.
    static func encode(_ event: MeetingEvent) -> String {
        var writer = JournalWriter()
        writer.event(event)
        return writer.text
    }

    /// The event stored as `body`; a body that is not one says what is wrong and where in it.
    static func decodeEvent(_ body: String) throws(JournalTextError) -> MeetingEvent {
        var body = body
        let decoded = body.withUTF8 { utf8 -> Result<MeetingEvent, JournalTextError> in
            let text = JSONText(bytes: utf8)
            do throws(JournalTextError) {
                try text.checkWhole()
                return .success(try MeetingEvent(journal: JournalObject(text: text, at: text.skippingSpace(from: 0))))
            } catch {
                return .failure(error)
            }
        }
        return try decoded.get()
    }

    /// `decodeEvent` for a row of meeting `meeting`, the error naming the meeting and event.
    static func decodeEvent(_ body: String, meeting: Int, sequence: Int) throws(JournalTextError) -> MeetingEvent {
        do {
            return try decodeEvent(body)
        } catch {
            throw JournalTextError(
                detail:
                    "meeting \(meeting) event \(sequence) is stored as text that is not an event this Gavel can read: "
                    + "\(error.detail)"
            )
        }
    }

    /// `decodeEvent` for a row of the record at `path`: a damaged body is reported as the record's damage,
    /// never as a crash.
    static func decodeEvent(
        _ body: String, meeting: Int, sequence: Int, path: String
    ) throws(StoreError) -> MeetingEvent {
        do {
            return try decodeEvent(body, meeting: meeting, sequence: sequence)
        } catch {
            throw StoreError.corrupt(path: path, detail: error.detail)
        }
    }

    /// Values other than events (a constitution, carried matters, the key journal's entries), read once per
    /// meeting or per record, keep Foundation's coding: their stored bytes are JSONEncoder's.
    static func encode(_ value: some Encodable) throws -> String {
        String(decoding: try encoder().encode(value), as: UTF8.self)
    }

    static func decode<T: Decodable>(_ type: T.Type, from text: String) throws -> T {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .deferredToDate
        return try decoder.decode(type, from: Data(text.utf8))
    }

    /// The first link of a meeting's chain: its number, constitution and carried matters, so none of them
    /// can be changed after the meeting began without breaking every hash that follows.
    static func genesisHash(meetingNumber: Int, constitutionJSON: String, mattersArisingJSON: String) -> String {
        hex(SHA256.hash(data: Data("gavel meeting \(meetingNumber)\n\(constitutionJSON)\n\(mattersArisingJSON)".utf8)))
    }

    /// Each event's hash covers the previous hash, its meeting, its position and its stored text, so an
    /// edited, reordered or removed row breaks the chain from that point on.
    static func hash(previous: String, meetingNumber: Int, sequence: Int, body: String) -> String {
        var text = body
        return text.withUTF8 {
            hash(previous: previous, meetingNumber: meetingNumber, sequence: sequence, body: UnsafeRawBufferPointer($0))
        }
    }

    /// `hash` over a body's bytes where they lie (in SQLite's row), so verifying makes no copy of them.
    static func hash(previous: String, meetingNumber: Int, sequence: Int, body: UnsafeRawBufferPointer) -> String {
        var prefix: [UInt8] = []
        return hex(
            ChainLinkCheck.digest(
                previous: previous.utf8, meetingNumber: String(meetingNumber).utf8, sequence: sequence, body: body,
                prefix: &prefix))
    }

    private static func hex(_ digest: SHA256.Digest) -> String {
        String(unsafeUninitializedCapacity: 64) { buffer in
            var index = 0
            for byte in digest {
                buffer[index] = ASCIIDigits.lowerHex[Int(byte >> 4)]
                buffer[index + 1] = ASCIIDigits.lowerHex[Int(byte & 0x0F)]
                index += 2
            }
            return index
        }
    }
}
