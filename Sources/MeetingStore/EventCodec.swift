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

    static func encode(_ event: MeetingEvent) throws -> String {
        String(decoding: try encoder().encode(event), as: UTF8.self)
    }

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
        var hasher = SHA256()
        var prefix = "\(previous)\n\(meetingNumber)\n\(sequence)\n"
        prefix.withUTF8 { hasher.update(bufferPointer: UnsafeRawBufferPointer($0)) }
        var text = body
        text.withUTF8 { hasher.update(bufferPointer: UnsafeRawBufferPointer($0)) }
        return hex(hasher.finalize())
    }

    private static let hexDigits = Array("0123456789abcdef".utf8)

    private static func hex(_ digest: SHA256.Digest) -> String {
        String(unsafeUninitializedCapacity: 64) { buffer in
            var index = 0
            for byte in digest {
                buffer[index] = hexDigits[Int(byte >> 4)]
                buffer[index + 1] = hexDigits[Int(byte & 0x0F)]
                index += 2
            }
            return index
        }
    }
}
