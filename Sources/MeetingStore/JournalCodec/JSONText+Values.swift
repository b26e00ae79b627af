/// Swift values made from the JSON values at given offsets of text `checkWhole` has passed.
extension JSONText {
    func isNull(at offset: Int) -> Bool { byte(at: offset) == UInt8(ascii: "n") }

    func bool(at offset: Int) throws(JournalTextError) -> Bool {
        switch byte(at: offset) {
        case UInt8(ascii: "t"): true
        case UInt8(ascii: "f"): false
        default: throw failure("expected true or false", at: offset)
        }
    }

    func string(at offset: Int) throws(JournalTextError) -> String {
        guard byte(at: offset) == UInt8(ascii: "\"") else { throw failure("expected a string", at: offset) }
        var at = offset + 1
        var highBits: UInt8 = 0
        // Most text has no escapes: it is made straight from the stored bytes.
        while at < bytes.count, bytes[at] != UInt8(ascii: "\""), bytes[at] != UInt8(ascii: "\\") {
            highBits |= bytes[at]
            at += 1
        }
        guard byte(at: at) == UInt8(ascii: "\"") else { return try unescapedString(from: offset + 1) }
        // ASCII is valid UTF-8 as it stands: only other text needs the validating reader.
        if highBits < 0x80 {
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[offset + 1..<at]), as: UTF8.self)
        }
        return try validUTF8(offset + 1..<at)
    }

    private func validUTF8(_ range: Range<Int>) throws(JournalTextError) -> String {
        guard let text = String(validating: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self) else {
            throw failure("a string that is not valid UTF-8", at: range.lowerBound)
        }
        return text
    }

    private func unescapedString(from start: Int) throws(JournalTextError) -> String {
        var utf8: [UInt8] = []
        var at = start
        while let byte = byte(at: at), byte != UInt8(ascii: "\"") {
            guard byte == UInt8(ascii: "\\"), let escaped = self.byte(at: at + 1) else {
                utf8.append(byte)
                at += 1
                continue
            }
            at += 2
            switch escaped {
            case UInt8(ascii: "b"): utf8.append(0x08)
            case UInt8(ascii: "f"): utf8.append(0x0C)
            case UInt8(ascii: "n"): utf8.append(0x0A)
            case UInt8(ascii: "r"): utf8.append(0x0D)
            case UInt8(ascii: "t"): utf8.append(0x09)
            case UInt8(ascii: "u"):
                var scalar = try hexQuad(at: at)
                at += 4
                if (0xD800..<0xDC00).contains(scalar) {
                    // A scalar beyond the first plane comes as a pair of surrogates, high then low.
                    guard self.byte(at: at) == UInt8(ascii: "\\"), self.byte(at: at + 1) == UInt8(ascii: "u") else {
                        throw failure("a lone surrogate in a `\\u` escape", at: at - 6)
                    }
                    let low = try hexQuad(at: at + 2)
                    guard (0xDC00..<0xE000).contains(low) else {
                        throw failure("a lone surrogate in a `\\u` escape", at: at - 6)
                    }
                    scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                    at += 6
                }
                guard let unicode = Unicode.Scalar(scalar) else {
                    throw failure("a lone surrogate in a `\\u` escape", at: at - 6)
                }
                utf8.append(contentsOf: String(Character(unicode)).utf8)
            default: utf8.append(escaped)
            }
        }
        guard let text = String(validating: utf8, as: UTF8.self) else {
            throw failure("a string that is not valid UTF-8", at: start)
        }
        return text
    }

    private func hexQuad(at offset: Int) throws(JournalTextError) -> UInt32 {
        var value: UInt32 = 0
        for index in offset..<offset + 4 {
            guard let byte = byte(at: index), let digit = Self.hexValue(byte) else {
                throw failure("a `\\u` escape needs four hex digits", at: offset)
            }
            value = value << 4 | digit
        }
        return value
    }

    func int(at offset: Int) throws(JournalTextError) -> Int {
        let end = try endOfValue(from: offset)
        var at = offset
        let negative = byte(at: at) == UInt8(ascii: "-")
        if negative { at += 1 }
        var value = 0
        while at < end, let digit = byte(at: at), (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(digit) {
            let (times10, overflowA) = value.multipliedReportingOverflow(by: 10)
            let (sum, overflowB) = times10.addingReportingOverflow(Int(digit - UInt8(ascii: "0")))
            guard !overflowA, !overflowB else { throw failure("a whole number too large", at: offset) }
            value = sum
            at += 1
        }
        guard at > offset + (negative ? 1 : 0) else { throw failure("expected a whole number", at: offset) }
        if at == end { return negative ? -value : value }
        // `12.0` or `1.2e1` is a whole number written another way; JSONDecoder took it, and so does this.
        let double = try self.double(at: offset)
        guard double == double.rounded(), let whole = Int(exactly: double) else {
            throw failure("expected a whole number", at: offset)
        }
        return whole
    }

    func double(at offset: Int) throws(JournalTextError) -> Double {
        guard let first = byte(at: offset),
            first == UInt8(ascii: "-") || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(first)
        else {
            throw failure("expected a number", at: offset)
        }
        let end = try endOfValue(from: offset)
        let digits = UnsafeBufferPointer(rebasing: bytes[offset..<end])
        // A whole number of up to 15 digits is exact as a Double: no text need be made to parse it.
        if digits.count <= 15, digits.allSatisfy({ (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }) {
            return Double(digits.reduce(0) { $0 * 10 + Int($1 - UInt8(ascii: "0")) })
        }
        guard let value = Double(String(decoding: digits, as: UTF8.self)) else {
            throw failure("a number out of range", at: offset)
        }
        return value
    }

    /// The offset of the value stored under `key` in the object at `offset`, or nil when it has none.
    func member(_ key: StaticString, ofObjectAt offset: Int) throws(JournalTextError) -> Int? {
        guard byte(at: offset) == UInt8(ascii: "{") else { throw failure("expected an object", at: offset) }
        var at = skippingSpace(from: offset + 1)
        if byte(at: at) == UInt8(ascii: "}") { return nil }
        while true {
            let keyEnd = try endOfString(from: at)
            let matches = try keyMatches(key, from: at, to: keyEnd)
            at = skippingSpace(from: skippingSpace(from: keyEnd) + 1)
            if matches { return at }
            at = skippingSpace(from: try endOfValue(from: at))
            guard byte(at: at) == UInt8(ascii: ",") else { return nil }
            at = skippingSpace(from: at + 1)
        }
    }

    /// Calls `visit` with each member of the object at `offset`, in the order written: one pass, for an object
    /// whose every member is wanted.
    func forEachMember(
        ofObjectAt offset: Int, _ visit: (_ key: JSONKey, _ value: Int) throws(JournalTextError) -> Void
    ) throws(JournalTextError) {
        guard byte(at: offset) == UInt8(ascii: "{") else { throw failure("expected an object", at: offset) }
        var at = skippingSpace(from: offset + 1)
        if byte(at: at) == UInt8(ascii: "}") { return }
        while true {
            let keyEnd = try endOfString(from: at)
            let key = JSONKey(text: self, start: at, end: keyEnd)
            at = skippingSpace(from: skippingSpace(from: keyEnd) + 1)
            try visit(key, at)
            at = skippingSpace(from: try endOfValue(from: at))
            guard byte(at: at) == UInt8(ascii: ",") else { return }
            at = skippingSpace(from: at + 1)
        }
    }

    /// Every key of the object at `offset`, each with its value's offset, in the order written.
    func members(ofObjectAt offset: Int) throws(JournalTextError) -> [(key: String, value: Int)] {
        guard byte(at: offset) == UInt8(ascii: "{") else { throw failure("expected an object", at: offset) }
        var members: [(key: String, value: Int)] = []
        var at = skippingSpace(from: offset + 1)
        if byte(at: at) == UInt8(ascii: "}") { return members }
        while true {
            let key = try string(at: at)
            at = skippingSpace(from: skippingSpace(from: try endOfString(from: at)) + 1)
            members.append((key, at))
            at = skippingSpace(from: try endOfValue(from: at))
            guard byte(at: at) == UInt8(ascii: ",") else { return members }
            at = skippingSpace(from: at + 1)
        }
    }

    fileprivate func keyMatches(_ key: StaticString, from start: Int, to end: Int) throws(JournalTextError) -> Bool {
        let raw = UnsafeBufferPointer(rebasing: bytes[start + 1..<end - 1])
        // A key written with escapes is rare but valid JSON: compared as text.
        if raw.contains(UInt8(ascii: "\\")) { return try string(at: start) == key.description }
        return raw.count == key.utf8CodeUnitCount
            && raw.elementsEqual(UnsafeBufferPointer(start: key.utf8Start, count: key.utf8CodeUnitCount))
    }
}

/// A member's key where it lies in the text, compared with the names a reader knows without making a string.
struct JSONKey {
    let text: JSONText
    /// The opening quote, and just past the closing one.
    let start: Int, end: Int

    func `is`(_ name: StaticString) throws(JournalTextError) -> Bool { try text.keyMatches(name, from: start, to: end) }
}
