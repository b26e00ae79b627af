import Foundation
import MeetingKit
import Synchronization

/// What each meeting's first link holds besides its events, read when a meeting is opened: opening a
/// ten-year archive reads it 120 times, where Foundation's decoder cost as much as all the events together.
extension EventCodec {
    /// A meeting's carried matters, read by the journal's codec; text it cannot read goes to Foundation's
    /// decoder, which reads what it always read or says why not.
    static func decodeMattersArising(_ text: String) throws -> MattersArising {
        var text = text
        let read = text.withUTF8 { utf8 -> MattersArising? in
            let json = JSONText(bytes: utf8)
            do throws(JournalTextError) {
                try json.checkWhole()
                return try MattersArising(journal: JournalObject(text: json, at: json.skippingSpace(from: 0)))
            } catch {
                return nil
            }
        }
        return try read ?? decode(MattersArising.self, from: text)
    }

    /// The meetings of a series mostly begin under the same constitution, stored as the same text: the one
    /// last read is kept, and the same text is not decoded again.
    static func decodeConstitution(_ text: String) throws -> Constitution {
        if let kept = lastConstitution.withLock({ $0 }), kept.text == text { return kept.constitution }
        let constitution = try decode(Constitution.self, from: text)
        lastConstitution.withLock { $0 = (text, constitution) }
        return constitution
    }

    private static let lastConstitution = Mutex<(text: String, constitution: Constitution)?>(nil)
}

extension MattersArising {
    init(journal f: JournalObject) throws(JournalTextError) {
        var actions: [CarriedAction] = []
        try f.text.forEachElement(ofArrayAt: try f.arrayOffset("actions")) { element throws(JournalTextError) in
            let carried = try JournalObject(text: f.text, at: element)
            actions.append(
                CarriedAction(
                    action: try ActionItem(journal: carried.object("action")),
                    fromMeeting: try carried.int("fromMeeting")))
        }
        var risks: [CarriedRisk] = []
        try f.text.forEachElement(ofArrayAt: try f.arrayOffset("risks")) { element throws(JournalTextError) in
            let carried = try JournalObject(text: f.text, at: element)
            risks.append(
                CarriedRisk(
                    risk: try Risk(journal: carried.object("risk")), fromMeeting: try carried.int("fromMeeting")))
        }
        self.init(actions: actions, risks: risks)
    }
}

extension JournalObject {
    /// Where an array field's value starts.
    func arrayOffset(_ key: StaticString) throws(JournalTextError) -> Int {
        try field(key, at: try text.member(key, ofObjectAt: offset)) { at throws(JournalTextError) in
            guard text.byte(at: at) == UInt8(ascii: "[") else { throw text.failure("expected an array", at: at) }
            return at
        }
    }
}

extension JSONText {
    /// Calls `visit` with the offset of each element of the array at `offset`, in order.
    func forEachElement(ofArrayAt offset: Int, _ visit: (Int) throws(JournalTextError) -> Void) throws(JournalTextError)
    {
        guard byte(at: offset) == UInt8(ascii: "[") else { throw failure("expected an array", at: offset) }
        var at = skippingSpace(from: offset + 1)
        if byte(at: at) == UInt8(ascii: "]") { return }
        while true {
            try visit(at)
            at = skippingSpace(from: try endOfValue(from: at))
            guard byte(at: at) == UInt8(ascii: ",") else { return }
            at = skippingSpace(from: at + 1)
        }
    }
}
