import Foundation
import MeetingKit

/// Meeting events name the key that made them (`by`), and the meetings' chains are what the chair signs:
/// so each keyed event is a witness that the key journal gave that key to that author. A key entry
/// deleted or rewritten, re-chained so its own chain holds, still leaves those witnesses behind.
struct KeyUseCheck {
    /// Every holder the journal ever gave each key.
    private let holders: [String: [KeyHolder]]

    init(_ access: [AccessEvent]) {
        var holders: [String: [KeyHolder]] = [:]
        for event in access {
            if case .keyAdded(let key) = event.payload { holders[key.fingerprint, default: []].append(key.holder) }
        }
        self.holders = holders
    }

    /// Why the event stored as `body` could not have been made as it says, or nil.
    func problem(meeting: Int, sequence: Int, body: UnsafeRawBufferPointer) -> String? {
        // Most events carry no key; only those are decoded, and the rest are passed over where they lie.
        guard Self.mayNameAKey(body), let event = try? EventCodec.decodeEvent(String(decoding: body, as: UTF8.self)),
            let actor = event.by, let key = actor.key
        else { return nil }
        let given = holders[key] ?? []
        let matches = given.contains { holder in
            switch holder {
            case .person(let person): actor.person == person
            case .clerk: actor.person == nil
            case .projector: false
            }
        }
        guard !matches else { return nil }
        let who = actor.person?.rawValue ?? actor.name ?? "the clerk"
        return given.isEmpty
            ? "meeting \(meeting) event \(sequence) was made with key \(key), which the key journal no longer holds: a "
                + "key entry was deleted"
            : "meeting \(meeting) event \(sequence) was made by \(who) with key \(key), which the key journal gives to "
                + "someone else: a key entry was rewritten"
    }

    private static let keyMember: StaticString = #""key""#

    /// Whether `"key"` occurs in the text: only then can it be an event made with a key.
    private static func mayNameAKey(_ body: UnsafeRawBufferPointer) -> Bool {
        let length = keyMember.utf8CodeUnitCount
        var from = 0
        // From quote to quote with memchr: a body is a few hundred bytes, nearly all of them between quotes.
        while from + length <= body.count, let base = body.baseAddress,
            let quote = memchr(base + from, Int32(UInt8(ascii: "\"")), body.count - from - length + 1)
        {
            let at = base.distance(to: UnsafeRawPointer(quote))
            if memcmp(quote, keyMember.utf8Start, length) == 0 { return true }
            from = at + 1
        }
        return false
    }
}
