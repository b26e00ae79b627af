import Foundation
import MeetingKit
import TestSupport

/// Events of every kind with hostile values: text full of what JSON must escape (quotes, backslashes,
/// slashes, every control character), and what it must not (DEL, emoji, combining marks, line
/// separators), times with and without fractions, and every optional field both present and absent.
struct RandomEvents {
    var random: SeededGenerator

    private static let pieces: [String] = [
        "a", "Z", "0", " ", "\"", "\\", "/", "//", "\\/", "\u{7F}", "é", "e\u{301}", "👩‍👩‍👧", "🇬🇧", "\u{2028}", "\u{FEFF}",
        "中文", "\u{10FFFF}", "{", "}", "[", ":", ",", "\\u0041", "null", "_0",
    ] + (0..<0x20).map { String(UnicodeScalar(UInt8($0))) }

    mutating func chance(_ percent: Int) -> Bool { Int.random(in: 0..<100, using: &random) < percent }

    mutating func text() -> String {
        (0..<Int.random(in: 0...12, using: &random)).map { _ in Self.pieces.randomElement(using: &random)! }.joined()
    }

    mutating func id<Tag>() -> Identifier<Tag> { Identifier(chance(70) ? "id-\(Int.random(in: 0...999, using: &random))" : text()) }
    mutating func optionalID<Tag>() -> Identifier<Tag>? { chance(50) ? id() : nil }

    mutating func time() -> Date {
        switch Int.random(in: 0..<5, using: &random) {
        case 0: Date(timeIntervalSinceReferenceDate: Double(Int.random(in: 0...1_000_000_000, using: &random)))
        case 1: Date(timeIntervalSinceReferenceDate: Double.random(in: -1e10...1e10, using: &random))
        case 2:
            // Any finite Double at all: huge, tiny and subnormal ones print in exponent form.
            { (bits: Double) in Date(timeIntervalSinceReferenceDate: bits.isFinite ? bits : 0.5) }(Double(bitPattern: random.next()))
        case 3: Date(timeIntervalSinceReferenceDate: Double.random(in: 0..<1, using: &random))
        default: Date()
        }
    }

    mutating func day() -> CalendarDay {
        CalendarDay(year: Int.random(in: 1...9999, using: &random), month: Int.random(in: 1...12, using: &random), day: Int.random(in: 1...28, using: &random))!
    }

    mutating func person() -> Person { Person(id: id(), name: text(), placeholder: text()) }
    mutating func bool() -> Bool { chance(50) }
    mutating func int() -> Int { chance(80) ? Int.random(in: 0...200, using: &random) : Int.random(in: Int.min...Int.max, using: &random) }
    mutating func pick<T>(_ values: [T]) -> T { values.randomElement(using: &random)! }

    mutating func rule() -> DecisionRule {
        pick([.simpleMajority, .unanimity, .fraction(numerator: int(), denominator: int())])
    }

    mutating func ballot() -> Ballot {
        Ballot(motion: id(), seat: id(), voter: id(), capacity: pick([.representative, .proxy]), choice: pick(VoteChoice.allCases))
    }

    mutating func minuteText() -> MinuteText { MinuteText(item: optionalID(), text: text(), confidential: bool()) }

    mutating func event() -> MeetingEvent {
        let actor = chance(50) ? nil : Actor(person: optionalID(), name: chance(50) ? text() : nil, key: chance(50) ? "SHA256:" + text() : nil)
        return MeetingEvent(sequence: int(), time: time(), author: pick(Role.allCases), by: actor, payload: payload())
    }

    mutating func payload() -> EventPayload { payloadOf(kind: Int.random(in: 0..<35, using: &random)) }

    /// A payload of the `kind`th of the cases below (0 to 34).
    mutating func payloadOf(kind: Int) -> EventPayload {
        switch kind {
        case 0: .meetingOpened(MeetingDetails(title: text(), date: day(), place: text(), clerk: text()))
        case 1: .meetingClosed
        case 2: .previousMinutesApproved(note: text())
        case 3: .arrived(person: id(), at: time())
        case 4: .departed(person: id(), at: time())
        case 5: .apologies(person: id(), note: text())
        case 6: .guestAdded(person(), role: text())
        case 7: .appointed(Appointment(seat: id(), capacity: pick([.representative, .proxy]), successor: person(), partnersAdvised: bool()))
        case 8: .chairHandedOver(to: id())
        case 9: .personNamed(id(), name: text())
        case 10: .agendaItemAdded(AgendaItem(id: id(), title: text(), allottedMinutes: chance(50) ? int() : nil, confidential: bool()))
        case 11: .agendaItemOpened(id())
        case 12: .agendaItemRenamed(id(), title: text())
        case 13: .confidentialityMarked(item: id(), confidential: bool())
        case 14:
            .motionMoved(MotionDraft(
                id: id(), item: optionalID(), text: text(), mover: text(), rationale: text(), rule: chance(50) ? rule() : nil,
                ruleChange: chance(50) ? RuleChange(newRule: rule(), appliesTo: (0..<Int.random(in: 0...3, using: &random)).map { _ in id() }) : nil))
        case 15: .motionAmended(id(), text: text(), note: text())
        case 16: .motionWithdrawn(id())
        case 17: .motionDeferred(id())
        case 18: .quorumOverridden(id(), reason: text())
        case 19: .voteOpened(id())
        case 20: .voteCast(ballot())
        case 21: .voteChanged(ballot())
        case 22: .voteClosed(id(), castingVote: chance(50) ? pick(VoteChoice.allCases) : nil)
        case 23: .noted(minuteText())
        case 24: .actionRecorded(ActionItem(id: id(), item: optionalID(), what: text(), who: text(), due: chance(50) ? day() : nil, confidential: bool()))
        case 25: .actionClosed(id(), note: text())
        case 26:
            .riskRecorded(Risk(id: id(), item: optionalID(), description: text(), owner: text(), rating: pick(RiskRating.allCases), mitigation: text(),
                               confidential: bool()))
        case 27: .riskRerated(id(), rating: pick(RiskRating.allCases), note: text())
        case 28: .riskClosed(id(), note: text())
        case 29: .reportReceived(HighlightReport(item: optionalID(), title: text(), from: text(), challenge: text(), confidential: bool()))
        case 30: .concernRaised(minuteText())
        case 31: .informationSharingAgreed(InformationSharing(item: optionalID(), what: text(), shareWith: text(), howOften: text()))
        case 32: .interestDeclared(Declaration(person: id(), item: optionalID(), interest: text()))
        case 33: .corrected(Correction(target: int(), text: text(), carried: chance(50) ? bool() : nil))
        default: .undone(first: int(), last: int())
        }
    }
}
