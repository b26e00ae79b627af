import Foundation
import Logging
import MeetingKit
import MeetingStore
import TerminalUI

/// The chair signs a closed meeting's chain head on their own machine, with their own key, which never
/// leaves it: `head` prints what to sign, `sign` records the signature once it checks out.
enum RemoteSigning {
    static func printHead(_ store: RecordStore, _ key: AuthorizedKey, meeting: String?) throws {
        let live = try closedMeeting(store, key, meeting)
        let keys = try store.keyJournalHead()
        Output.line(
            MinutesSignature.message(
                meeting: live.number, eventCount: live.head.eventCount, head: live.head.hash, keys: keys),
            terminator: "")
    }

    static func sign(_ store: RecordStore, _ key: AuthorizedKey, meeting: String?, log: Logger) throws {
        let live = try closedMeeting(store, key, meeting)
        // A signature is under a kilobyte; anything far larger is not one.
        let input = FileHandle.standardInput.readData(ofLength: 64 * 1024)
        guard let armored = String(data: input, encoding: .utf8), armored.contains("BEGIN SSH SIGNATURE") else {
            throw CommandRefusal(
                "No signature on standard input; pipe in what ssh-keygen -Y sign -n \(RecordStore.minutesNamespace) "
                    + "printed."
            )
        }
        do {
            try store.signMinutes(
                meeting: live.number, signature: armored, fingerprint: key.fingerprint,
                by: Actor(person: live.state.chair, key: key.fingerprint))
        } catch {
            throw CommandRefusal("\(error)")
        }
        log.info("minutes signed", metadata: ["meeting": "\(live.number)", "key": "\(key.fingerprint)"])
        Output.line(
            "Meeting \(live.number) signed at \(live.head): the minutes will carry the signature, and gavel verify "
                + "checks it."
        )
    }

    private static func closedMeeting(
        _ store: RecordStore, _ key: AuthorizedKey, _ meeting: String?
    ) throws -> LiveMeeting {
        guard
            let number = try meeting.map({ text throws -> Int in
                guard let number = Int(text) else {
                    throw CommandRefusal("'\(SafeText.escape(String(text.prefix(20))))' is not a meeting number.")
                }
                return number
            }) ?? store.meetings().last?.number
        else { throw CommandRefusal("The record holds no meeting yet.") }
        guard try store.meetings().contains(where: { $0.number == number }) else {
            throw CommandRefusal("There is no meeting \(number).")
        }
        let live = try LiveMeeting(store: store, number: number)
        do { try Keyring.requireSigner(key, of: live.state, number: number) } catch {
            throw CommandRefusal(error.reason)
        }
        return live
    }
}
