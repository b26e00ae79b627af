/// JSON text as UTF-8 bytes, read where it lies: values are found by scanning for their keys and made into
/// Swift values only when asked for, so reading an event builds no tree and no dictionary.
struct JSONText {
    let bytes: UnsafeBufferPointer<UInt8>

    func failure(_ what: String, at offset: Int) -> JournalTextError {
        guard offset < bytes.count else { return JournalTextError(detail: "\(what) at the end of the text") }
        let found = String(
            decoding: UnsafeBufferPointer(rebasing: bytes[offset..<min(bytes.count, offset + 12)]), as: UTF8.self)
        return JournalTextError(detail: "\(what) at byte \(offset) (found `\(found)`)")
    }

    func byte(at offset: Int) -> UInt8? { offset < bytes.count ? bytes[offset] : nil }

    func skippingSpace(from offset: Int) -> Int {
        var offset = offset
        while let byte = byte(at: offset), byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 { offset += 1 }
        return offset
    }

    /// Checks the text is one JSON value and nothing else, so that later look-ups meet only sound syntax.
    func checkWhole() throws(JournalTextError) {
        let end = skippingSpace(from: try endOfValue(from: skippingSpace(from: 0)))
        guard end == bytes.count else { throw failure("text after the value", at: end) }
    }

    /// Where the value starting at `offset` ends, checking its syntax on the way.
    func endOfValue(from offset: Int) throws(JournalTextError) -> Int {
        switch byte(at: offset) {
        case UInt8(ascii: "\""): return try endOfString(from: offset)
        case UInt8(ascii: "{"): return try endOfContainer(from: offset, closer: UInt8(ascii: "}"), keyed: true)
        case UInt8(ascii: "["): return try endOfContainer(from: offset, closer: UInt8(ascii: "]"), keyed: false)
        case UInt8(ascii: "t"): return try endOfWord("true", from: offset)
        case UInt8(ascii: "f"): return try endOfWord("false", from: offset)
        case UInt8(ascii: "n"): return try endOfWord("null", from: offset)
        case .some(let byte) where byte == UInt8(ascii: "-") || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte):
            return try endOfNumber(from: offset)
        default: throw failure("expected a value", at: offset)
        }
    }

    private func endOfWord(_ word: StaticString, from offset: Int) throws(JournalTextError) -> Int {
        let length = word.utf8CodeUnitCount
        guard offset + length <= bytes.count, (0..<length).allSatisfy({ bytes[offset + $0] == word.utf8Start[$0] })
        else {
            throw failure("expected `\(word)`", at: offset)
        }
        return offset + length
    }

    private func endOfContainer(from offset: Int, closer: UInt8, keyed: Bool) throws(JournalTextError) -> Int {
        var at = skippingSpace(from: offset + 1)
        if byte(at: at) == closer { return at + 1 }
        while true {
            if keyed {
                guard byte(at: at) == UInt8(ascii: "\"") else { throw failure("expected a key", at: at) }
                at = skippingSpace(from: try endOfString(from: at))
                guard byte(at: at) == UInt8(ascii: ":") else { throw failure("expected `:`", at: at) }
                at = skippingSpace(from: at + 1)
            }
            at = skippingSpace(from: try endOfValue(from: at))
            switch byte(at: at) {
            case UInt8(ascii: ","): at = skippingSpace(from: at + 1)
            case closer: return at + 1
            default: throw failure(keyed ? "expected `,` or `}`" : "expected `,` or `]`", at: at)
            }
        }
    }

    /// A string ends at its first unescaped quote; raw control characters and unknown escapes are refused,
    /// as JSON refuses them.
    func endOfString(from offset: Int) throws(JournalTextError) -> Int {
        var at = offset + 1
        while at < bytes.count {
            let byte = bytes[at]
            // Every byte of most text is plain: one comparison each, in a tight loop.
            if byte >= 0x20, byte != UInt8(ascii: "\""), byte != UInt8(ascii: "\\") {
                at += 1
                continue
            }
            switch byte {
            case UInt8(ascii: "\""): return at + 1
            case UInt8(ascii: "\\"):
                switch self.byte(at: at + 1) {
                case UInt8(ascii: "u"):
                    guard at + 6 <= bytes.count, (at + 2..<at + 6).allSatisfy({ Self.hexValue(bytes[$0]) != nil })
                    else {
                        throw failure("a `\\u` escape needs four hex digits", at: at)
                    }
                    at += 6
                case .some(let escaped) where Self.isShortEscape(escaped): at += 2
                default: throw failure("unknown escape", at: at)
                }
            default: throw failure("a control character inside a string", at: at)
            }
        }
        throw failure("a string without its closing quote", at: offset)
    }

    private func endOfNumber(from offset: Int) throws(JournalTextError) -> Int {
        var at = offset
        if byte(at: at) == UInt8(ascii: "-") { at += 1 }
        let digits = { (from: Int) -> Int in
            var end = from
            while let byte = self.byte(at: end), (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) { end += 1 }
            return end
        }
        var end = digits(at)
        guard end > at, bytes[at] != UInt8(ascii: "0") || end == at + 1 else {
            throw failure("a malformed number", at: offset)
        }
        if byte(at: end) == UInt8(ascii: ".") {
            at = end + 1
            end = digits(at)
            guard end > at else { throw failure("a malformed number", at: offset) }
        }
        if byte(at: end) == UInt8(ascii: "e") || byte(at: end) == UInt8(ascii: "E") {
            at = end + 1
            if byte(at: at) == UInt8(ascii: "+") || byte(at: at) == UInt8(ascii: "-") { at += 1 }
            end = digits(at)
            guard end > at else { throw failure("a malformed number", at: offset) }
        }
        return end
    }

    private static func isShortEscape(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"), UInt8(ascii: "b"), UInt8(ascii: "f"),
            UInt8(ascii: "n"), UInt8(ascii: "r"),
            UInt8(ascii: "t"):
            true
        default: false
        }
    }

    static func hexValue(_ byte: UInt8) -> UInt32? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): UInt32(byte - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f"): UInt32(byte - UInt8(ascii: "a") + 10)
        case UInt8(ascii: "A")...UInt8(ascii: "F"): UInt32(byte - UInt8(ascii: "A") + 10)
        default: nil
        }
    }
}
