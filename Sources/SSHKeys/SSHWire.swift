import Foundation

/// Reads SSH's wire encoding (RFC 4251 §5): big-endian lengths before strings.
struct SSHWireReader {
    private let bytes: [UInt8]
    private var offset = 0

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    var isAtEnd: Bool { offset == bytes.count }

    mutating func fixed(_ count: Int) -> [UInt8]? {
        guard count >= 0, bytes.count - offset >= count else { return nil }
        defer { offset += count }
        return Array(bytes[offset..<offset + count])
    }

    mutating func uint32() -> UInt32? {
        fixed(4).map { $0.reduce(0) { $0 << 8 | UInt32($1) } }
    }

    mutating func string() -> [UInt8]? {
        guard let length = uint32() else { return nil }
        return fixed(Int(length))
    }

    mutating func text() -> String? { string().flatMap { String(bytes: $0, encoding: .utf8) } }
}

/// Writes the same encoding, for the data a signature covers.
struct SSHWireWriter {
    private(set) var bytes: [UInt8] = []

    mutating func raw(_ data: some Sequence<UInt8>) { bytes += data }

    mutating func string(_ data: some Collection<UInt8>) {
        let length = UInt32(data.count)
        bytes += [UInt8(length >> 24), UInt8(length >> 16 & 0xFF), UInt8(length >> 8 & 0xFF), UInt8(length & 0xFF)]
        bytes += data
    }

    mutating func string(_ text: String) { string(Array(text.utf8)) }
}
