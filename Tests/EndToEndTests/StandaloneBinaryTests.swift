import Foundation
import Testing

/// The binary copied alone into an empty folder, run with an empty home: it needs nothing beside it.
@Suite("A binary that stands alone", .serialized)
struct StandaloneBinaryTests {
    @Test("copied to an empty folder with an empty HOME, the console, the projector and gavel minutes all run")
    func copiedBinary() throws {
        let scratch = ScratchRecord()
        let bin = scratch.folder + "/bin", home = scratch.folder + "/home"
        for folder in [bin, home] { try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true) }
        let gavel = bin + "/gavel"
        try FileManager.default.copyItem(atPath: gavelPath, toPath: gavel)
        let environment = "env -i HOME='\(home)' PATH=/usr/bin:/bin TERM=xterm-256color LANG=C.UTF-8"
        func run(_ arguments: String) throws -> (status: Int32, output: String) {
            try runChild("/bin/sh", ["-c", "cd '\(scratch.folder)' && \(environment) '\(gavel)' \(arguments)"], captureErrors: true)
        }
        #expect(try run("new").status == 0)
        #expect(try run("do 'arrive finance.rep' 'open \"ELG\"' 'note \"Budget agreed\"'").status == 0)
        let minutes = try run("minutes --allow")
        #expect(minutes.status == 0)
        #expect(minutes.output.contains("Budget agreed"))
        #expect(FileManager.default.fileExists(atPath: home + "/.local/share/gavel/hnb-elg.gavel"), "the record goes in the user's data folder")

        let console = try Tmux(width: 80, height: 24, command: "\(environment) '\(gavel)'")
        #expect(console.waitFor("NOT QUORATE 1/9") != nil, "the console did not start from the copied binary:\n\(console.screen.joined(separator: "\n"))")
        try console.send("q")
        #expect(console.waitFor("FINISHED")?.contains { $0.contains("EXIT=0") } == true)
        let projector = try Tmux(width: 80, height: 24, command: "\(environment) '\(gavel)' projector --theme high-contrast")
        #expect(projector.waitFor("ELG meeting 1") != nil, "the projector did not start from the copied binary:\n\(projector.screen.joined(separator: "\n"))")
        try projector.send("q")
        #expect(projector.waitFor("FINISHED")?.contains { $0.contains("EXIT=0") } == true)

        // A user's own theme overrides the shipped one of the same name, and a bad one names its file.
        try FileManager.default.createDirectory(atPath: home + "/.config/gavel/themes", withIntermediateDirectories: true)
        try "name = \"mine\"\n[roles]\nnormal = { fg = \"nope\" }\n".write(toFile: home + "/.config/gavel/themes/default.toml", atomically: true, encoding: .utf8)
        let overridden = try Tmux(width: 250, height: 24, command: "\(environment) '\(gavel)'")
        let screen = overridden.waitFor("EXIT=")?.joined(separator: "\n") ?? ""
        #expect(screen.contains("/.config/gavel/themes/default.toml") && screen.contains("nope"), "the user's theme was not the one read:\n\(screen)")
    }

    @Test("shell completions for bash, zsh and fish name every command; the bash one is valid bash")
    func completions() throws {
        for shell in ["bash", "zsh", "fish"] {
            let script = try runChild(gavelPath, ["--generate-completion-script", shell], capture: true)
            #expect(script.status == 0)
            for command in ["console", "minutes", "projector", "verify", "do"] { #expect(script.output.contains(command), "\(shell) lacks \(command)") }
            if shell == "bash" {
                let scratch = ScratchRecord()
                let file = scratch.folder + "/gavel.bash"
                try script.output.write(toFile: file, atomically: true, encoding: .utf8)
                #expect(try runChild("/bin/bash", ["-n", file]).status == 0, "the bash completion script does not parse")
            }
        }
    }
}
