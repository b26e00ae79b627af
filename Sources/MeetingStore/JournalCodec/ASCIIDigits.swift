/// Numbers written as the format writes them, straight into bytes: decimal for sequences and counts, lower-
/// case hex for hashes and `\u00xx` escapes. One place, so the writer, the hash and the chain check agree.
enum ASCIIDigits {
    static let lowerHex: [UInt8] = Array("0123456789abcdef".utf8)

    /// Least significant digit first, then turned round in place: no text is made on the way.
    static func appendDecimal(_ value: Int, to bytes: inout [UInt8]) {
        if value < 0 { bytes.append(UInt8(ascii: "-")) }
        let first = bytes.count
        var rest = value.magnitude
        repeat {
            bytes.append(UInt8(ascii: "0") + UInt8(rest % 10))
            rest /= 10
        } while rest > 0
        bytes[first...].reverse()
    }
}
