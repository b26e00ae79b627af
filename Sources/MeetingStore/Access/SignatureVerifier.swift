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
    ///
    /// A signature also covers the key journal as it stood (its first `keys.count` entries): if the entry
    /// there no longer has the signed hash, keys were added, removed or re-chained after the chair signed.
    static func checkSignatures(
        _ signatures: [MinutesSignature], keys access: [AccessEvent], accessHeads: [String],
        chains: [VerificationReport.MeetingChain],
        hashes: [SignatureTarget: String], chairKey: String?
    ) -> [VerificationReport.SignatureCheck] {
        let added = access.compactMap { event -> AuthorizedKey? in
            if case .keyAdded(let key) = event.payload { return key }
            return nil
        }
        return signatures.map { signature in
            var check = VerificationReport.SignatureCheck(
                meeting: signature.meeting, eventCount: signature.eventCount, fingerprint: signature.fingerprint,
                coversKeys: signature.keys?.count)
            let chain = chains.first { $0.number == signature.meeting }
            if let problem = chain?.problem {
                check.problem = "the meeting's chain is broken (\(problem)), so what was signed is not proven"
            } else if hashes[SignatureTarget(meeting: signature.meeting, eventCount: signature.eventCount)]
                != signature.head
            {
                check.problem =
                    "the record no longer holds the head the chair signed (\(signature.head) at event "
                    + "\(signature.eventCount)): its events were rewritten after signing"
            } else if let key = added.last(where: { $0.fingerprint == signature.fingerprint }) {
                do {
                    try SSHSignature.verify(
                        signature.signature, message: signature.message, namespace: minutesNamespace,
                        key: SSHPublicKey(line: key.line))
                    if let keys = signature.keys,
                        keys.count >= accessHeads.count || accessHeads[keys.count] != keys.hash
                    {
                        check.problem =
                            "the key journal no longer holds what the chair signed with these minutes (\(keys.count) "
                            + "entries, head \(keys.hash)): keys or signatures before it were added, removed or "
                            + "rewritten after signing"
                    }
                } catch {
                    check.problem = "the chair's signature does not verify: \(error)"
                }
            } else {
                check.problem = "the signing key \(signature.fingerprint) was never added to the record"
            }
            // The file holds the chair's public key too, so a key swapped in and the head signed again with
            // it verifies; only the chair's own key, given from outside the file, tells them apart.
            if check.problem == nil, let chairKey, signature.fingerprint != chairKey {
                check.problem = "signed by \(signature.fingerprint), not by the chair's key given (\(chairKey))"
            }
            return check
        }
    }
}
