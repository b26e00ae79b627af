/// An SSH public key the record lets in, as `authorized_keys` would hold it.
public struct AuthorizedKey: Hashable, Codable, Sendable {
    /// "SHA256:…", as `ssh-keygen -l` prints it: how every event made with the key names it.
    public var fingerprint: String
    /// "ssh-ed25519", "ecdsa-sha2-nistp256", "ssh-rsa"…
    public var algorithm: String
    /// The key itself, base64, as in a `.pub` file.
    public var publicKey: String
    public var comment: String
    public var holder: KeyHolder

    public init(fingerprint: String, algorithm: String, publicKey: String, comment: String, holder: KeyHolder) {
        self.fingerprint = fingerprint
        self.algorithm = algorithm
        self.publicKey = publicKey
        self.comment = comment
        self.holder = holder
    }

    /// The line of an OpenSSH public key file.
    public var line: String { comment.isEmpty ? "\(algorithm) \(publicKey)" : "\(algorithm) \(publicKey) \(comment)" }
}
