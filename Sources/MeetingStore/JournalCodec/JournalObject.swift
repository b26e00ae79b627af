import Foundation
import MeetingKit

/// One object of a stored body, its fields read by name. A missing field, or one holding null, is an
/// error unless asked for as optional: JSONDecoder read synthesized Codable the same way, and every
/// record written before must still read.
struct JournalObject {
    let text: JSONText
    let offset: Int

    /// The named field's value offset, or nil when the field is absent or null.
    private func optionalValue(_ key: StaticString) throws(JournalTextError) -> Int? {
        guard let at = try text.member(key, ofObjectAt: offset), !text.isNull(at: at) else { return nil }
        return at
    }

    /// Reads one field, naming it in any error.
    private func field<Value>(
        _ key: StaticString, _ read: (Int) throws(JournalTextError) -> Value
    ) throws(JournalTextError) -> Value {
        try field(key, at: try text.member(key, ofObjectAt: offset), read)
    }

    /// Reads a field whose value's offset a pass over the object already found (nil: it has none).
    func field<Value>(
        _ key: StaticString, at found: Int?, _ read: (Int) throws(JournalTextError) -> Value
    ) throws(JournalTextError) -> Value {
        guard let at = found, !text.isNull(at: at) else { throw JournalTextError(detail: "`\(key)` is missing") }
        do { return try read(at) } catch { throw JournalTextError(detail: "`\(key)`: \(error.detail)") }
    }

    private func optionalField<Value>(
        _ key: StaticString, _ read: (Int) throws(JournalTextError) -> Value
    ) throws(JournalTextError) -> Value? {
        guard let at = try optionalValue(key) else { return nil }
        do { return try read(at) } catch { throw JournalTextError(detail: "`\(key)`: \(error.detail)") }
    }

    func string(_ key: StaticString) throws(JournalTextError) -> String {
        try field(key) { at throws(JournalTextError) in try text.string(at: at) }
    }

    func optionalString(_ key: StaticString) throws(JournalTextError) -> String? {
        try optionalField(key) { at throws(JournalTextError) in try text.string(at: at) }
    }

    func id<Tag>(_ key: StaticString) throws(JournalTextError) -> Identifier<Tag> { Identifier(try string(key)) }

    func optionalID<Tag>(_ key: StaticString) throws(JournalTextError) -> Identifier<Tag>? {
        try optionalString(key).map { Identifier($0) }
    }

    func int(_ key: StaticString) throws(JournalTextError) -> Int {
        try field(key) { at throws(JournalTextError) in try text.int(at: at) }
    }

    func optionalInt(_ key: StaticString) throws(JournalTextError) -> Int? {
        try optionalField(key) { at throws(JournalTextError) in try text.int(at: at) }
    }

    func bool(_ key: StaticString) throws(JournalTextError) -> Bool {
        try field(key) { at throws(JournalTextError) in try text.bool(at: at) }
    }

    func optionalBool(_ key: StaticString) throws(JournalTextError) -> Bool? {
        try optionalField(key) { at throws(JournalTextError) in try text.bool(at: at) }
    }

    /// An instant as `.deferredToDate` stored it: seconds since 2001-01-01.
    func date(_ key: StaticString) throws(JournalTextError) -> Date {
        try field(key) { at throws(JournalTextError) in Date(timeIntervalSinceReferenceDate: try text.double(at: at)) }
    }

    /// One of a fixed set of words: a role, a capacity, a choice, a rating.
    func word<Word: RawRepresentable>(
        _ key: StaticString, as type: Word.Type = Word.self
    ) throws(JournalTextError) -> Word where Word.RawValue == String {
        try field(key) { at throws(JournalTextError) in try Self.word(try text.string(at: at)) }
    }

    func optionalWord<Word: RawRepresentable>(
        _ key: StaticString, as type: Word.Type = Word.self
    ) throws(JournalTextError) -> Word? where Word.RawValue == String {
        try optionalField(key) { at throws(JournalTextError) in try Self.word(try text.string(at: at)) }
    }

    static func word<Word: RawRepresentable>(_ text: String) throws(JournalTextError) -> Word
    where Word.RawValue == String {
        guard let word = Word(rawValue: text) else {
            throw JournalTextError(detail: "`\(text)` is not a \(Word.self) this Gavel knows")
        }
        return word
    }

    func day(_ key: StaticString) throws(JournalTextError) -> CalendarDay {
        try field(key) { at throws(JournalTextError) in try Self.day(try text.string(at: at)) }
    }

    func optionalDay(_ key: StaticString) throws(JournalTextError) -> CalendarDay? {
        try optionalField(key) { at throws(JournalTextError) in try Self.day(try text.string(at: at)) }
    }

    private static func day(_ text: String) throws(JournalTextError) -> CalendarDay {
        guard let day = CalendarDay(text) else { throw JournalTextError(detail: "'\(text)' is not a YYYY-MM-DD date") }
        return day
    }

    func object(_ key: StaticString) throws(JournalTextError) -> JournalObject {
        try field(key) { at throws(JournalTextError) in try JournalObject(text: text, at: at) }
    }

    func optionalObject(_ key: StaticString) throws(JournalTextError) -> JournalObject? {
        try optionalField(key) { at throws(JournalTextError) in try JournalObject(text: text, at: at) }
    }

    /// The strings of an array field.
    func strings(_ key: StaticString) throws(JournalTextError) -> [String] {
        try field(key) { at throws(JournalTextError) in
            guard text.byte(at: at) == UInt8(ascii: "[") else { throw text.failure("expected an array", at: at) }
            var strings: [String] = []
            var next = text.skippingSpace(from: at + 1)
            while text.byte(at: next) != UInt8(ascii: "]") {
                strings.append(try text.string(at: next))
                next = text.skippingSpace(from: try text.endOfValue(from: next))
                if text.byte(at: next) == UInt8(ascii: ",") { next = text.skippingSpace(from: next + 1) }
            }
            return strings
        }
    }

    init(text: JSONText, at offset: Int) throws(JournalTextError) {
        guard text.byte(at: offset) == UInt8(ascii: "{") else { throw text.failure("expected an object", at: offset) }
        self.text = text
        self.offset = offset
    }

    /// The one key of an object that holds exactly one, as an enum's case is stored, and its value.
    func onlyMember() throws(JournalTextError) -> (key: String, value: JournalObject) {
        let members = try text.members(ofObjectAt: offset)
        guard members.count == 1, let only = members.first else {
            throw JournalTextError(
                detail: "expected one key, found \(members.count): \(members.map(\.key).joined(separator: ", "))")
        }
        do { return (only.key, try JournalObject(text: text, at: only.value)) } catch {
            throw JournalTextError(detail: "`\(only.key)`: \(error.detail)")
        }
    }
}
