import Foundation
import Testing
import TestSupport
@testable import SSHKeys

/// Checked against OpenSSH itself: keys made and signatures signed by the real ssh-keygen.
@Suite("OpenSSH keys and signatures, read as ssh-keygen writes them")
struct SSHKeysTests {
    @Test("a key's fingerprint is the one ssh-keygen -l prints", arguments: ["ed25519", "ecdsa", "rsa"])
    func fingerprint(type: String) throws {
        let keys = try SSHKeyFolder()
        let pub = try keys.make("k", type: type)
        let printed = try keys.run("ssh-keygen", "-l", "-E", "sha256", "-f", pub).split(separator: " ")[1]
        let key = try SSHPublicKey(line: String(contentsOfFile: pub, encoding: .utf8))
        #expect(key.fingerprint == String(printed))
        #expect(key.comment == "k@gavel-test")
    }

    @Test("a line that is not a public key says which field is wrong")
    func badLines() {
        func reason(_ line: String) -> String {
            do { _ = try SSHPublicKey(line: line); return "" } catch { return error.description }
        }
        #expect(reason("ssh-ed25519").contains("1 field"))
        #expect(reason("ssh-dss AAAAB3NzaC1kc3M=").contains("field 1"))
        #expect(reason("ssh-ed25519 !!!not-base64").contains("field 2"))
        // An RSA blob labelled as ed25519.
        #expect(reason("ssh-ed25519 AAAAB3NzaC1yc2EAAAADAQABAAABAQ==").contains("not a ssh-ed25519 key"))
    }

    @Test("a signature by ssh-keygen -Y sign verifies; another text, namespace or key does not (#23: RSA's rsa-sha2-512 too)", arguments: ["ed25519", "ecdsa", "rsa"])
    func signatures(type: String) throws {
        let keys = try SSHKeyFolder()
        let pub = try keys.make("chair", type: type)
        let other = try SSHPublicKey(line: String(contentsOfFile: try keys.make("other", type: type), encoding: .utf8))
        let key = try SSHPublicKey(line: String(contentsOfFile: pub, encoding: .utf8))
        let message = "gavel minutes\nmeeting 1\nevents 40\nhead abc\n"
        let signature = try keys.sign(message, with: "chair", namespace: "gavel-minutes")
        try SSHSignature.verify(signature, message: message, namespace: "gavel-minutes", key: key)
        #expect(throws: SSHSignature.Failure.invalid) {
            try SSHSignature.verify(signature, message: message.replacingOccurrences(of: "40", with: "41"), namespace: "gavel-minutes", key: key)
        }
        #expect(throws: SSHSignature.Failure.wrongNamespace("file")) {
            try SSHSignature.verify(try keys.sign(message, with: "chair", namespace: "file"), message: message, namespace: "gavel-minutes", key: key)
        }
        #expect(throws: SSHSignature.Failure.wrongKey(signedWith: key.fingerprint)) {
            try SSHSignature.verify(signature, message: message, namespace: "gavel-minutes", key: other)
        }
        #expect(throws: SSHSignature.Failure.self) {
            try SSHSignature.verify("-----BEGIN SSH SIGNATURE-----\nAAAA\n-----END SSH SIGNATURE-----", message: message, namespace: "gavel-minutes", key: key)
        }
    }
}

extension SSHKeysTests {
    @Test("a key file of two lines, or a comment with an escape sequence, is refused before it reaches a terminal")
    func controlCharacters() throws {
        let keys = try SSHKeyFolder()
        let line = try String(contentsOfFile: try keys.make("k", type: "ed25519"), encoding: .utf8).trimmingCharacters(in: .newlines)
        #expect(throws: SSHPublicKey.Invalid.self) { try SSHPublicKey(line: line + "\n" + line) }
        #expect(throws: SSHPublicKey.Invalid.self) { try SSHPublicKey(line: line + " \u{1B}]0;owned\u{07}") }
        #expect(try SSHPublicKey(line: line + "\n").comment == "k@gavel-test")
    }
}
