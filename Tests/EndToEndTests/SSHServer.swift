import Foundation
import TestSupport

/// A real OpenSSH server on loopback, for one test: its own host key, configuration and authorized_keys,
/// on a free port, bounded by `timeout` so that a test that dies cannot leave it running. Started through
/// bash with every descriptor above standard error closed, so neither CI nor Foundation's `Process` waits
/// on it (see `Tmux.run`).
final class SSHServer {
    static let sshd = "/usr/sbin/sshd"
    static var isInstalled: Bool { FileManager.default.isExecutableFile(atPath: sshd) && FileManager.default.isExecutableFile(atPath: "/usr/bin/ssh") }

    let keys: SSHKeyFolder
    let port: Int
    let user: String
    private var pid: Int32 = 0
    var authorizedKeys: String { keys.path + "/authorized_keys" }
    var log: String { keys.path + "/sshd.log" }

    /// `dataFolder` becomes the forced command's XDG_DATA_HOME, so its log stays with the test. With
    /// `accountsOwnKeys`, sshd reads each account's own `~/.ssh/authorized_keys` with its strict checks of
    /// owners and modes, as a stock host does, and the data folder is the account's own.
    init(dataFolder: String?, accountsOwnKeys: Bool = false) throws {
        keys = try SSHKeyFolder()
        port = try Self.freePort()
        user = String(cString: getpwuid(getuid()).pointee.pw_name)
        _ = try keys.run("ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f", keys.path + "/host_key")
        _ = FileManager.default.createFile(atPath: authorizedKeys, contents: nil)
        let configuration = """
            Port \(port)
            ListenAddress 127.0.0.1
            HostKey \(keys.path)/host_key
            PidFile \(keys.path)/sshd.pid
            AuthorizedKeysFile \(accountsOwnKeys ? ".ssh/authorized_keys" : authorizedKeys)
            StrictModes \(accountsOwnKeys ? "yes" : "no")
            UsePAM no
            PasswordAuthentication no
            KbdInteractiveAuthentication no
            PermitRootLogin forced-commands-only
            AcceptEnv LANG
            LogLevel VERBOSE
            """ + (dataFolder.map { "\nSetEnv XDG_DATA_HOME=\($0)" } ?? "")
        try configuration.write(toFile: keys.path + "/sshd_config", atomically: true, encoding: .utf8)
        // sshd run as root wants its privilege separation folder, which a fresh machine has only once sshd ran.
        if getuid() == 0 { try? FileManager.default.createDirectory(atPath: "/run/sshd", withIntermediateDirectories: true) }
        let start = #"for fd in /proc/self/fd/*; do n=${fd##*/}; [ "$n" -gt 2 ] && eval "exec $n>&-"; done 2>/dev/null; "#
            + #"timeout 600 "$1" -D -e -f "$2" </dev/null >>"$3" 2>&1 & echo $!"#
        let started = try runChild("/bin/bash", ["-c", start, "bash", Self.sshd, keys.path + "/sshd_config", log], capture: true)
        pid = Int32(started.output.trimmingCharacters(in: .whitespacesAndNewlines)) ?? 0
        try waitUntilListening()
    }

    /// The listener by its pid file (sshd resets its signal mask), then `timeout`, which inherited the test
    /// runner's blocked signals and would ignore a polite one.
    deinit {
        if let text = try? String(contentsOfFile: keys.path + "/sshd.pid", encoding: .utf8), let listener = Int32(text.trimmingCharacters(in: .whitespacesAndNewlines)) {
            kill(listener, SIGTERM)
        }
        if pid > 0 { kill(pid, SIGKILL) }
        try? FileManager.default.removeItem(atPath: keys.path)
    }

    /// Makes a key pair for a participant; returns its .pub file.
    func makeKey(_ name: String) throws -> String { try keys.make(name, type: "ed25519") }

    func privateKey(_ name: String) -> String { keys.path + "/" + name }

    /// The ssh command line for `name`'s key: no user configuration, no agent, no host key prompts.
    func sshCommand(_ name: String, terminal: Bool, request: String = "", account: String? = nil) -> [String] {
        ["/usr/bin/ssh", "-F", "/dev/null", "-p", "\(port)", "-i", privateKey(name), "-o", "IdentitiesOnly=yes", "-o", "IdentityAgent=none",
         "-o", "BatchMode=yes", "-o", "StrictHostKeyChecking=no", "-o", "UserKnownHostsFile=/dev/null", "-o", "LogLevel=ERROR",
         "-o", "SendEnv=LANG", terminal ? "-tt" : "-T", "\(account ?? user)@127.0.0.1"] + (request.isEmpty ? [] : [request])
    }

    /// The same, quoted for a shell (tmux runs it through sh).
    func shellCommand(_ name: String, request: String = "", account: String? = nil) -> String {
        sshCommand(name, terminal: true, request: request, account: account).map { "'\($0)'" }.joined(separator: " ")
    }

    private func waitUntilListening() throws {
        let deadline = Date().addingTimeInterval(10)
        while Date() < deadline {
            if Self.connects(port) { return }
            Thread.sleep(forTimeInterval: 0.05)
        }
        throw SSHServerFailed(log: (try? String(contentsOfFile: log, encoding: .utf8)) ?? "")
    }

    private static func connects(_ port: Int) -> Bool {
        let socket = Foundation.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(socket) }
        var address = loopback(port)
        return withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) == 0 }
        }
    }

    /// A port nobody listens on now: bound to port 0, read back, released.
    private static func freePort() throws -> Int {
        let socket = Foundation.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(socket) }
        var address = loopback(0)
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(socket, $0, length) == 0 && getsockname(socket, $0, &length) == 0 }
        }
        guard bound else { throw SSHServerFailed(log: "no free port") }
        return Int(UInt16(bigEndian: address.sin_port))
    }

    private static func loopback(_ port: Int) -> sockaddr_in {
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        return address
    }
}

struct SSHServerFailed: Error, CustomStringConvertible {
    let log: String
    var description: String { "sshd did not start: \(log)" }
}
