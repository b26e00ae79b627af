import Foundation

/// JSON text written byte for byte as Foundation's `JSONEncoder` (`.sortedKeys`, `.deferredToDate`) wrote
/// every record before the hand codec: the stored text is hashed, so a record's new events must look
/// exactly like its old ones. Callers write each object's keys in sorted order themselves.
struct JournalWriter {
    private(set) var bytes: [UInt8] = []
    /// Whether the next key follows another member of the same object and so needs a comma.
    private var followsMember = false

    init() { bytes.reserveCapacity(320) }

    var text: String { String(decoding: bytes, as: UTF8.self) }

    mutating func openObject() { open(UInt8(ascii: "{")) }

    mutating func closeObject() { close(UInt8(ascii: "}")) }

    /// An object with no members, as a case without values is written: `{}`.
    mutating func emptyObject() {
        openObject()
        closeObject()
    }

    mutating func openArray() { open(UInt8(ascii: "[")) }

    mutating func closeArray() { close(UInt8(ascii: "]")) }

    /// A bracket that begins a container: its first member or element needs no comma.
    private mutating func open(_ bracket: UInt8) {
        bytes.append(bracket)
        followsMember = false
    }

    /// A bracket that ends a container, which is itself a member or element: what follows needs a comma.
    private mutating func close(_ bracket: UInt8) {
        bytes.append(bracket)
        followsMember = true
    }

    /// A member's key; the caller writes its value next.
    mutating func key(_ name: StaticString) {
        if followsMember { bytes.append(UInt8(ascii: ",")) }
        bytes.append(UInt8(ascii: "\""))
        name.withUTF8Buffer { bytes.append(contentsOf: $0) }
        bytes.append(UInt8(ascii: "\""))
        bytes.append(UInt8(ascii: ":"))
        followsMember = false
    }

    /// A member and its value, in one call: `"name":value`.
    mutating func string(_ name: StaticString, _ value: String) {
        key(name)
        string(value)
    }

    mutating func int(_ name: StaticString, _ value: Int) {
        key(name)
        int(value)
    }

    mutating func date(_ name: StaticString, _ value: Date) {
        key(name)
        date(value)
    }

    mutating func bool(_ name: StaticString, _ value: Bool) {
        key(name)
        bool(value)
    }

    /// An array element's separator.
    mutating func element() {
        if followsMember { bytes.append(UInt8(ascii: ",")) }
        followsMember = false
    }

    mutating func string(_ value: String) {
        bytes.append(UInt8(ascii: "\""))
        var value = value
        value.withUTF8 { utf8 in
            var runStart = 0
            for index in utf8.indices {
                let byte = utf8[index]
                guard
                    byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") || byte == UInt8(ascii: "/")
                else { continue }
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<index]))
                appendEscaped(byte)
                runStart = index + 1
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart...]))
        }
        bytes.append(UInt8(ascii: "\""))
        followsMember = true
    }

    /// JSONEncoder's escapes: the short forms JSON has, `\/` for a slash, and `\u00xx` in lower-case hex for
    /// the other control characters. Everything else, DEL and non-ASCII included, is written as it is.
    private mutating func appendEscaped(_ byte: UInt8) {
        bytes.append(UInt8(ascii: "\\"))
        switch byte {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): bytes.append(byte)
        case 0x08: bytes.append(UInt8(ascii: "b"))
        case 0x0C: bytes.append(UInt8(ascii: "f"))
        case 0x0A: bytes.append(UInt8(ascii: "n"))
        case 0x0D: bytes.append(UInt8(ascii: "r"))
        case 0x09: bytes.append(UInt8(ascii: "t"))
        default:
            bytes.append(contentsOf: [
                UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0"),
                ASCIIDigits.lowerHex[Int(byte >> 4)], ASCIIDigits.lowerHex[Int(byte & 0x0F)],
            ])
        }
    }

    mutating func int(_ value: Int) {
        ASCIIDigits.appendDecimal(value, to: &bytes)
        followsMember = true
    }

    /// A Double as JSONEncoder prints it: Swift's shortest round-trip `description`, less a trailing ".0",
    /// so a whole number of seconds is `591631920` and a fraction keeps every digit it needs.
    mutating func double(_ value: Double) {
        if value == value.rounded(), value.magnitude < 1e15 {
            int(Int(value))
            if value == 0, value.sign == .minus { bytes.insert(UInt8(ascii: "-"), at: bytes.count - 1) }
            return
        }
        var text = value.description
        if text.hasSuffix(".0") { text.removeLast(2) }
        bytes.append(contentsOf: text.utf8)
        followsMember = true
    }

    /// A date as `.deferredToDate` writes it: seconds since 2001-01-01.
    mutating func date(_ value: Date) { double(value.timeIntervalSinceReferenceDate) }

    mutating func bool(_ value: Bool) {
        let word: StaticString = value ? "true" : "false"
        word.withUTF8Buffer { bytes.append(contentsOf: $0) }
        followsMember = true
    }
}
