import ConstitutionFile
import Foundation
import MeetingKit
import SSHKeys
import Testing
import TestSupport
@testable import MeetingStore

/// Keys that do what the host's administrator meant (#23).
@Suite("#23: keys bound to named people, RSA signatures, one signature per head")
struct KeyBindingTests {
    private func key(_ keys: SSHKeyFolder, _ name: String, type: String = "ed25519") throws -> SSHPublicKey {
        try SSHPublicKey(line: String(contentsOfFile: try keys.make(name, type: type), encoding: .utf8))
    }

    @Test("#23: a key for a blank place is refused, saying to name or appoint them first and listing who can hold keys")
    func blankPlaceRefused() throws {
        let folder = TemporaryFolder()
        let keys = try SSHKeyFolder()
        let store = try RecordStore.open(path: folder.file("elg.gavel"), newSeries: ("HNB ELG", ShippedConstitution.hnbELG.constitution))
        try store.startMeeting()
        let blank = try #require(ShippedConstitution.hnbELG.constitution.holders[SeatID("finance")]?.representative)
        do {
            try store.addKey(try key(keys, "k"), for: .person(blank))
            Issue.record("a key was bound to a blank place")
        } catch let error as AccessError {
            #expect(error.description.contains("(Finance Representative representative) is a blank place; name or appoint them first"), "\(error)")
            #expect(error.description.contains("Keys can be held by:") && error.description.hasSuffix("\n  clerk\n  projector"), "\(error)")
        }
        #expect(try store.keyring().keys.isEmpty)
        // Once appointed, the new person holds the key, and is listed among those who can.
        let meeting = try LiveMeeting(store: store, number: 1)
        try meeting.perform(.appoint(seat: "finance", capacity: .representative, name: "Priya Shah", partnersAdvised: false), by: .clerk, at: Date())
        let priya = try store.constitutionInForce().personID(forName: "Priya Shah")
        try store.addKey(try key(keys, "priya"), for: .person(priya))
        #expect(Keyring.holders(in: try store.constitutionInForce()).contains("\(priya) (Priya Shah)"))
    }

    @Test("#23: an RSA chair's rsa-sha2-512 signature is verified and stored; signing the same head again is refused, so it is recorded once")
    func rsaSignsOnce() throws {
        let folder = TemporaryFolder()
        let keys = try SSHKeyFolder()
        let store = try makeRecord(at: folder.file("elg.gavel"))
        let chair = try #require(namedELG.designatedChair)
        let chairKey = try key(keys, "chair", type: "rsa")
        try store.addKey(chairKey, for: .person(chair))
        let meeting = try LiveMeeting(store: store, number: 1)
        try runMeetingWithOpenVote(meeting)
        try meeting.perform(.closeVote("M1"), by: .chair, at: Date(timeIntervalSince1970: 1_570_010_000))
        try meeting.perform(.closeMeeting, by: .chair, at: Date(timeIntervalSince1970: 1_570_010_060))
        let message = MinutesSignature.message(meeting: 1, eventCount: meeting.head.eventCount, head: meeting.head.hash, keys: try meeting.store.keyJournalHead())
        let signature = try keys.sign(message, with: "chair", namespace: RecordStore.minutesNamespace)
        #expect(signature.contains("BEGIN SSH SIGNATURE"))
        try store.signMinutes(meeting: 1, signature: signature, fingerprint: chairKey.fingerprint)
        do {
            try store.signMinutes(meeting: 1, signature: try keys.sign(message, with: "chair", namespace: RecordStore.minutesNamespace), fingerprint: chairKey.fingerprint)
            Issue.record("a second signature of the same head was recorded")
        } catch let error as AccessError {
            #expect(error.description.contains("already signed at this head"), "\(error)")
        }
        #expect(try store.keyring().signatures.count == 1)
        let report = try store.verify()
        #expect(report.signatures.map(\.problem) == [nil] && report.isIntact)
    }
}
