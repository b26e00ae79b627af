import Crypto

/// One meeting's chain, checked link by link over the bytes SQLite holds: each stored hash against the
/// SHA-256 of the link before it, the meeting's number, the event's sequence and its body (the format's
/// rule, as `EventCodec.hash` writes it). `verify` asks this of every event of every meeting, so no string is
/// made on the way: the hashed prefix is written into a buffer kept from link to link.
struct ChainLinkCheck {
    /// How a chain is broken at a row: a row missing before it, or a row whose hash does not hold.
    enum Break: Equatable {
        case missing(expected: Int, found: Int)
        case changed(sequence: Int)

        /// The one wording of a broken link, for every chain: `chain` names it ("meeting 2", "the key
        /// journal") and `row` and `rows` its rows ("event", "events"): "meeting 2: event 3 is missing (the
        /// next stored is 5); events were deleted".
        func sentence(chain: String, row: String, rows: String) -> String {
            switch self {
            case .missing(let expected, let found):
                "\(chain): \(row) \(expected) is missing (the next stored is \(found)); \(rows) were deleted"
            case .changed(let sequence):
                "\(chain): \(row) \(sequence) does not match its hash; it was changed, moved, or an \(row) before it was "
                    + "removed, after it was written"
            }
        }
    }

    /// The previous link's hash as stored: 64 lower-case hex digits.
    private(set) var previous: [UInt8]
    /// The rows checked so far: a chain holds every sequence from 1, each once.
    private(set) var rowCount = 0
    private var prefix: [UInt8] = []
    private let meetingNumber: [UInt8]

    init(genesis: String, meetingNumber: Int) {
        previous = Array(genesis.utf8)
        self.meetingNumber = Array(String(meetingNumber).utf8)
        prefix.reserveCapacity(128)
    }

    /// The next row of the chain, in sequence order: nil when it follows the row before and its hash holds,
    /// else how the chain breaks there (a gap is named before a hash). Either way the next row follows this
    /// one as it was written.
    mutating func check(sequence: Int, body: UnsafeRawBufferPointer, stored: UnsafeRawBufferPointer) -> Break? {
        let expected = rowCount + 1
        rowCount += 1
        let linked = holds(sequence: sequence, body: body, stored: stored)
        if sequence != expected { return .missing(expected: expected, found: sequence) }
        return linked ? nil : .changed(sequence: sequence)
    }

    /// The format's rule for one link (docs/journal-format.md): SHA-256 over the previous hash, the meeting's
    /// number and the event's sequence, each followed by a newline, then the event's body. `prefix` is a
    /// buffer the caller keeps, so checking a chain makes no string on the way.
    static func digest(
        previous: some Collection<UInt8>, meetingNumber: some Collection<UInt8>, sequence: Int,
        body: UnsafeRawBufferPointer, prefix: inout [UInt8]
    ) -> SHA256.Digest {
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
        return hasher.finalize()
    }

    /// Whether `stored` is the hash of the link `body` makes at `sequence`; either way, the next link
    /// follows `stored`, as the chain was written.
    private mutating func holds(sequence: Int, body: UnsafeRawBufferPointer, stored: UnsafeRawBufferPointer) -> Bool {
        let digest = Self.digest(
            previous: previous, meetingNumber: meetingNumber, sequence: sequence, body: body, prefix: &prefix)
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
