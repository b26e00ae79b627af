import Foundation
import Testing

/// #21: `gavel backup`, and the console's backup at a meeting's close, as a clerk uses them.
@Suite("Backups from the command line and the console", .serialized)
struct BackupEndToEndTests {
    @Test("#21: gavel backup writes a copy that gavel verify passes, into a folder by name and time; a second copy to the same file is refused")
    func backupCommand() throws {
        let record = ScratchRecord()
        #expect(try runChild(gavelPath, ["new", "--db", record.path]).status == 0)
        #expect(try runChild(gavelPath, ["do", "--db", record.path, "arrive finance.rep", "note \"Budget agreed\""]).status == 0)
        let target = record.folder + "/copy.gavel"
        let made = try runChild(gavelPath, ["backup", "--db", record.path, target], capture: true)
        #expect(made.status == 0)
        #expect(made.output.contains("backed up to \(target): 1 meeting(s), 2 event(s); the copy verifies."))
        let verified = try runChild(gavelPath, ["verify", "--db", target], capture: true)
        #expect(verified.status == 0, "\(verified.output)")
        #expect(verified.output.contains("meeting 1: 2 events"))
        let again = try runChild(gavelPath, ["backup", "--db", record.path, target], captureErrors: true)
        #expect(again.status != 0)
        #expect(again.output.contains("a file is already there, and a backup never replaces one"))

        let folder = record.folder + "/backups"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        #expect(try runChild(gavelPath, ["backup", "--db", record.path, folder]).status == 0)
        let names = try FileManager.default.contentsOfDirectory(atPath: folder)
        #expect(names.count == 1 && names[0].hasPrefix(URL(fileURLWithPath: record.path).deletingPathExtension().lastPathComponent + "-") && names[0].hasSuffix("Z.gavel"), "\(names)")
    }

    @Test("#21: the chair's console backs the record up when it closes the meeting, to the folder the host's config.toml names, and says where")
    func backupAtClose() throws {
        let record = ScratchRecord()
        let config = record.folder + "/config"
        let backups = record.folder + "/backups"
        try FileManager.default.createDirectory(atPath: config + "/gavel", withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: backups, withIntermediateDirectories: true)
        try "[backup]\nfolder = \"\(backups)\"\n".write(toFile: config + "/gavel/config.toml", atomically: true, encoding: .utf8)
        #expect(try runChild(gavelPath, ["new", "--db", record.path]).status == 0)
        #expect(try runChild(gavelPath, ["do", "--db", record.path, "arrive finance.rep", "open \"ELG\""]).status == 0)
        let tmux = try Tmux(width: 200, height: 40, command: "env XDG_DATA_HOME='\(record.folder)' XDG_CONFIG_HOME='\(config)' TERM=xterm-256color LANG=C.UTF-8 '\(gavelPath)' --db '\(record.path)' --role chair")
        #expect(tmux.waitFor("NOT QUORATE 1/9") != nil)
        try tmux.send("2")
        #expect(tmux.waitFor("[2 Agenda]") != nil)
        try tmux.send("X")
        #expect(tmux.waitFor("Close the meeting?") != nil)
        try tmux.send("y")
        #expect(tmux.waitFor("Backed up to \(backups)/", seconds: 10) != nil, "\(tmux.screen.joined(separator: "\n"))")
        try tmux.send("q")
        #expect(tmux.waitFor("FINISHED") != nil)
        let names = try FileManager.default.contentsOfDirectory(atPath: backups)
        #expect(names.count == 1)
        let verified = try runChild(gavelPath, ["verify", "--db", backups + "/" + (names.first ?? "")], capture: true)
        #expect(verified.status == 0)
        #expect(verified.output.contains("meeting 1: 4 events"), "\(verified.output)")
    }

    @Test("#21: a config.toml with a mistake stops the console before it opens, naming file, line and setting")
    func badConfiguration() throws {
        let record = ScratchRecord()
        let config = record.folder + "/config"
        try FileManager.default.createDirectory(atPath: config + "/gavel", withIntermediateDirectories: true)
        try "# settings\n[backup]\nfolder = \"relative/path\"\n".write(toFile: config + "/gavel/config.toml", atomically: true, encoding: .utf8)
        let tmux = try Tmux(width: 200, height: 30, command: "env XDG_DATA_HOME='\(record.folder)' XDG_CONFIG_HOME='\(config)' TERM=xterm-256color LANG=C.UTF-8 '\(gavelPath)' --db '\(record.path)' --role chair")
        let screen = tmux.waitFor("FINISHED")
        #expect(screen?.contains { $0.contains("\(config)/gavel/config.toml:3: backup.folder: expected an absolute path") } == true, "\(screen ?? [])")
        #expect(screen?.contains { $0.contains("EXIT=1") } == true)
    }
}
