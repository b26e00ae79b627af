import Crypto
import _CryptoExtras
import Foundation

/// OpenSSH's detached signatures (`ssh-keygen -Y sign`, the SSHSIG format of OpenSSH's PROTOCOL.sshsig),
/// checked here without running ssh-keygen, so `gavel verify` needs nothing but the record.
public enum SSHSignature {
    public enum Failure: Error, CustomStringConvertible, Equatable {
        case malformed(String)
        case unsupported(String)
        case wrongKey(signedWith: String)
        case wrongNamespace(String)
        case invalid

        public var description: String {
            switch self {
            case .malformed(let what): "the signature cannot be read: \(what)"
            case .unsupported(let algorithm):
                "signatures by \(algorithm) keys cannot be checked here; use an ed25519, ecdsa-sha2-nistp256 or RSA key"
            case .wrongKey(let fingerprint): "it was made with another key (\(fingerprint))"
            case .wrongNamespace(let namespace): "it was made for '\(namespace)', not for Gavel's minutes"
            case .invalid: "it does not match the text signed: the signature or what it covers was changed"
            }
        }
    }

    /// Throws unless `armored` is `key`'s signature over `message` in `namespace`.
    public static func verify(_ armored: String, message: String, namespace: String, key: SSHPublicKey) throws(Failure)
    {
        let body = armored.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty && !$0.hasPrefix("-----") }.joined()
        guard armored.contains("-----BEGIN SSH SIGNATURE-----"), let data = Data(base64Encoded: body) else {
            throw .malformed("no \"BEGIN SSH SIGNATURE\" block of base64")
        }
        var reader = SSHWireReader(Array(data))
        guard reader.fixed(6) == Array("SSHSIG".utf8), reader.uint32() == 1 else {
            throw .malformed("no SSHSIG version 1 header")
        }
        guard let signer = reader.string(), let signedNamespace = reader.text(), let reserved = reader.string(),
            let hashName = reader.text(), let signatureBlob = reader.string(), reader.isAtEnd
        else { throw .malformed("a field is cut short") }
        guard signer == key.blob else {
            throw .wrongKey(
                signedWith: "SHA256:"
                    + Data(SHA256.hash(data: signer)).base64EncodedString().replacingOccurrences(of: "=", with: ""))
        }
        guard signedNamespace == namespace else { throw .wrongNamespace(signedNamespace) }
        let digest: [UInt8]
        switch hashName {
        case "sha512": digest = Array(SHA512.hash(data: Data(message.utf8)))
        case "sha256": digest = Array(SHA256.hash(data: Data(message.utf8)))
        default: throw .malformed("unknown hash '\(hashName)'")
        }
        var signed = SSHWireWriter()
        signed.raw(Array("SSHSIG".utf8))
        signed.string(namespace)
        signed.string(reserved)
        signed.string(hashName)
        signed.string(digest)
        try check(signatureBlob, over: Data(signed.bytes), key: key)
    }

    private static func check(_ signatureBlob: [UInt8], over data: Data, key: SSHPublicKey) throws(Failure) {
        var signature = SSHWireReader(signatureBlob)
        var keyBlob = SSHWireReader(key.blob)
        guard let type = signature.text(), let raw = signature.string(), keyBlob.text() == key.algorithm else {
            throw .malformed("the signature blob is cut short")
        }
        // An ssh-rsa key signs as rsa-sha2-512 or rsa-sha2-256 (RFC 8332); the others sign as their own type.
        let expected = key.algorithm == "ssh-rsa" ? ["rsa-sha2-512", "rsa-sha2-256"] : [key.algorithm]
        guard expected.contains(type) else { throw .malformed("a \(type) signature from a \(key.algorithm) key") }
        switch key.algorithm {
        case "ssh-rsa":
            guard let exponent = keyBlob.string(), let modulus = keyBlob.string(),
                let publicKey = try? _RSA.Signing.PublicKey(n: modulus, e: exponent)
            else { throw .malformed("the RSA key is cut short") }
            let signature = _RSA.Signing.RSASignature(rawRepresentation: raw)
            // ssh-rsa's old SHA-1 signatures (type "ssh-rsa") are refused above: SHA-1 is broken.
            let valid =
                type == "rsa-sha2-512"
                ? publicKey.isValidSignature(signature, for: SHA512.hash(data: data), padding: .insecurePKCS1v1_5)
                : publicKey.isValidSignature(signature, for: SHA256.hash(data: data), padding: .insecurePKCS1v1_5)
            guard valid else { throw .invalid }
        case "ssh-ed25519":
            guard let point = keyBlob.string(),
                let publicKey = try? Curve25519.Signing.PublicKey(rawRepresentation: point)
            else {
                throw .malformed("the ed25519 key is cut short")
            }
            guard publicKey.isValidSignature(raw, for: data) else { throw .invalid }
        case "ecdsa-sha2-nistp256":
            guard keyBlob.text() == "nistp256", let point = keyBlob.string(),
                let publicKey = try? P256.Signing.PublicKey(x963Representation: point)
            else { throw .malformed("the P-256 key is cut short") }
            var pair = SSHWireReader(raw)
            guard let r = pair.string(), let s = pair.string(),
                let ecdsa = try? P256.Signing.ECDSASignature(rawRepresentation: scalar(r) + scalar(s))
            else { throw .malformed("the ECDSA signature is cut short") }
            guard publicKey.isValidSignature(ecdsa, for: data) else { throw .invalid }
        default:
            throw .unsupported(key.algorithm)
        }
    }

    /// An SSH mpint as a 32-byte big-endian scalar: leading zero bytes dropped, then left-padded.
    private static func scalar(_ mpint: [UInt8]) -> [UInt8] {
        let trimmed = Array(mpint.drop { $0 == 0 }.suffix(32))
        return [UInt8](repeating: 0, count: 32 - trimmed.count) + trimmed
    }
}
