import Crypto

/// One meeting's chain, checked link by link over the bytes SQLite holds: each stored hash against the
/// SHA-256 of the link before it, the meeting's number, the event's sequence and its body (the format's
/// rule, as `EventCodec.hash` writes it). `verify` asks this of every event of every meeting, so no string is
/// made on the way: the hashed prefix is written into a buffer kept from link to link.
struct ChainLinkCheck {
    /// The previous link's hash as stored: 64 lower-case hex digits.
    private(set) var previous: [UInt8]
    private var prefix: [UInt8] = []
    private let meetingNumber: [UInt8]

    init(genesis: String, meetingNumber: Int) {
        previous = Array(genesis.utf8)
        self.meetingNumber = Array(String(meetingNumber).utf8)
        prefix.reserveCapacity(128)
    }

    /// Whether `stored` is the hash of the link `body` makes at `sequence`; either way, the next link
    /// follows `stored`, as the chain was written.
    mutating func holds(sequence: Int, body: UnsafeRawBufferPointer, stored: UnsafeRawBufferPointer) -> Bool {
        prefix.removeAll(keepingCapacity: true)
        prefix.append(contentsOf: previous)
        prefix.append(UInt8(ascii: "\n"))
        prefix.append(contentsOf: meetingNumber)
        prefix.append(UInt8(ascii: "\n"))
        ASCIIDigits.appendDecimal(sequence, to: &prefix)
        prefix.append(UInt8(ascii: "\n"))
        var hasher = SHA256()
        prefix.withUnsafeBytes { hasher.update(bufferPointer: $0) }
        hasher.update(bufferPointer: body)
        let digest = hasher.finalize()
        var matches = stored.count == 64
        if matches {
            var index = 0
            for byte in digest {
                if stored[index] != ASCIIDigits.lowerHex[Int(byte >> 4)]
                    || stored[index + 1] != ASCIIDigits.lowerHex[Int(byte & 0x0F)]
                {
                    matches = false
                    break
                }
                index += 2
            }
        }
        previous.removeAll(keepingCapacity: true)
        previous.append(contentsOf: stored)
        return matches
    }
}
