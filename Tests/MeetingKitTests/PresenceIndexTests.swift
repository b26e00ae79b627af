import Foundation
import Testing
import TestSupport
@testable import MeetingKit

@Suite("Presence at any instant")
struct PresenceIndexTests {
    @Test("rule A1: the index answers as replaying every movement up to the instant does, ties in journal order")
    func sameAsReplay() {
        var random = SeededGenerator(state: 41)
        let people = (1...6).map { PersonID("p\($0)") }
        for _ in 0..<200 {
            let movements = (0..<Int.random(in: 0...30, using: &random)).map { offset in
                Movement(person: people.randomElement(using: &random)!, kind: Bool.random(using: &random) ? .arrived : .departed,
                         at: t(Int.random(in: 0...20, using: &random)), sequence: offset + 1)
            }
            let index = PresenceIndex(movements)
            for minute in -1...21 {
                #expect(index.present(at: t(minute)) == presence(from: movements, at: t(minute)))
            }
        }
    }
}
