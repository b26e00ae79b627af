import Foundation
import Testing

/// #23: the README's five host steps, run as written in a scratch account of this machine, against a real
/// sshd that reads the account's own `~/.ssh/authorized_keys` with its strict checks of owners and modes,
/// without PAM (so a locked account would be refused, as on a host without PAM). Needs root, as the
/// README's first step does; CI runs as root.
@Suite("#23: the README's host steps, in a scratch account", .serialized,
       .enabled(if: getuid() == 0 && FileManager.default.isExecutableFile(atPath: "/usr/sbin/adduser") && SSHServer.isInstalled,
                "needs root, adduser, openssh-server and openssh-client"))
struct HostStepsEndToEndTests {
    @Test("#23: adduser as the README says, gavel new, name the chair, keys add, ~/.ssh made, keys authorized: the chair's key opens the chair's console in UTF-8")
    func readmeHostSteps() throws {
        let account = "gavelt" + String(UUID().uuidString.lowercased().filter(\.isLetter).prefix(6))
        // The binary where any account can run it, as an installed gavel would be.
        let install = ScratchRecord()
        let bin = install.folder + "/bin"
        try FileManager.default.createDirectory(atPath: bin, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: gavelPath, toPath: bin + "/gavel")
        for path in [install.folder, bin, bin + "/gavel"] { try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: path) }
        let server = try SSHServer(dataFolder: nil, accountsOwnKeys: true)
        let ann = try server.makeKey("ann")
        defer { _ = try? runChild("/usr/sbin/userdel", ["-r", account], captureErrors: true, timeout: 60) }

        // Step 1, as root: the README's commands, with no terminal to answer questions.
        let created = try runChild("/bin/sh", ["-c", "adduser --disabled-password --comment '' \(account) && usermod -p '*' \(account)"], captureErrors: true, timeout: 60)
        try #require(created.status == 0, "\(created.output)")

        // Steps 2 to 4, as the account, word for word.
        let steps = """
            set -e
            export PATH="\(bin):$PATH"
            gavel new
            gavel do 'name chair "Ann Smith"'
            gavel keys add chair '\(ann)'
            install -d -m 700 ~/.ssh
            gavel keys authorized > ~/.ssh/authorized_keys
            """
        let ran = try runChild("/usr/bin/su", ["-", account, "-s", "/bin/sh", "-c", steps], captureErrors: true, timeout: 120)
        try #require(ran.status == 0, "\(ran.output)")
        #expect(ran.output.contains("Added SHA256:") && ran.output.contains("for Ann Smith."), "\(ran.output)")

        // Step 5: the chair connects with a terminal; their console opens, in UTF-8 (the client's LANG
        // accepted by the server's AcceptEnv), and Ctrl-C ends it cleanly.
        let chair = try Tmux(width: 100, height: 30, command: "env LANG=C.UTF-8 TERM=xterm-256color " + server.shellCommand("ann", account: account))
        let opened = chair.waitFor("chair", seconds: 10)
        #expect(opened != nil, "the chair's console did not open:\n\(chair.screen.joined(separator: "\n"))\n\((try? String(contentsOfFile: server.log, encoding: .utf8)) ?? "")")
        #expect(!chair.screen.joined().contains("ASCII only"), "the client's LANG did not reach the console")
        try chair.sendBytes("03")
        #expect(chair.waitFor("FINISHED", seconds: 10)?.contains { $0.contains("EXIT=130") } == true, "\(chair.screen.joined(separator: "\n"))")
    }
}
