import Foundation

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
