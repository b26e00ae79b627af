import MeetingKit
import SSHKeys

/// Which event of which meeting a signature covers.
struct SignatureTarget: Hashable {
    var meeting: Int
    var eventCount: Int
}

extension RecordStore {
    /// A signature holds when the chain, recomputed, still has the signed head at the signed position and
    /// the chair's key (as the key journal added it) made the signature. Events
    /// re-chained after signing change the head, which no one but the chair can sign again. Corrections
    /// recorded after signing are not covered by it, and do not undo it.
    static func checkSignatures(
        _ signatures: [MinutesSignature], keys access: [AccessEvent], chains: [VerificationReport.MeetingChain], hashes: [SignatureTarget: String]
    ) -> [VerificationReport.SignatureCheck] {
        let added = access.compactMap { event -> AuthorizedKey? in
            if case .keyAdded(let key) = event.payload { return key }
            return nil
        }
        return signatures.map { signature in
            var check = VerificationReport.SignatureCheck(meeting: signature.meeting, eventCount: signature.eventCount, fingerprint: signature.fingerprint)
            let chain = chains.first { $0.number == signature.meeting }
            if let problem = chain?.problem {
                check.problem = "the meeting's chain is broken (\(problem)), so what was signed is not proven"
            } else if hashes[SignatureTarget(meeting: signature.meeting, eventCount: signature.eventCount)] != signature.head {
                check.problem = "the record no longer holds the head the chair signed (\(signature.head) at event \(signature.eventCount)): its events were rewritten after signing"
            } else if let key = added.last(where: { $0.fingerprint == signature.fingerprint }) {
                do {
                    try SSHSignature.verify(signature.signature, message: signature.message, namespace: minutesNamespace, key: SSHPublicKey(line: key.line))
                } catch {
                    check.problem = "the chair's signature does not verify: \(error)"
                }
            } else {
                check.problem = "the signing key \(signature.fingerprint) was never added to the record"
            }
            return check
        }
    }
}
