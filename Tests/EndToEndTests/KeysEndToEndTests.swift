import Foundation
import Testing

/// `gavel keys add` as the README's host steps use it (#23).
@Suite("#23: gavel keys add, as a host's administrator types it")
struct KeysEndToEndTests {
    private func makeKey(_ folder: String, _ name: String) throws -> String {
        let status = try runChild("/usr/bin/ssh-keygen", ["-q", "-t", "ed25519", "-N", "", "-C", name, "-f", folder + "/" + name], timeout: 30).status
        #expect(status == 0)
        return try String(contentsOfFile: folder + "/" + name + ".pub", encoding: .utf8)
    }

    @Test("#23: a blank place is refused until appointed, listing who can hold keys; a file of two keys or with junk is refused with its line; one key adds")
    func keyFiles() throws {
        let record = ScratchRecord()
        let folder = record.folder
        #expect(try runChild(gavelPath, ["new", "--db", record.path]).status == 0)
        let priya = try makeKey(folder, "priya"), kim = try makeKey(folder, "kim")
        try priya.write(toFile: folder + "/priya.pub", atomically: true, encoding: .utf8)

        let blank = try runChild(gavelPath, ["keys", "add", "--db", record.path, "finance-representative", folder + "/priya.pub"], captureErrors: true)
        #expect(blank.status == 1 && blank.output.contains("is a blank place; name or appoint them first"), "\(blank.output)")
        #expect(blank.output.contains("Keys can be held by:") && blank.output.contains("  projector"), "\(blank.output)")

        #expect(try runChild(gavelPath, ["do", "--db", record.path, "appoint finance representative \"Priya Shah\""]).status == 0)
        try (priya + kim).write(toFile: folder + "/two.pub", atomically: true, encoding: .utf8)
        let two = try runChild(gavelPath, ["keys", "add", "--db", record.path, "Priya Shah", folder + "/two.pub"], captureErrors: true)
        #expect(two.status == 1 && two.output.contains("two.pub: 2 keys (lines 1, 2)"), "\(two.output)")
        try (priya + "not a key\n").write(toFile: folder + "/junk.pub", atomically: true, encoding: .utf8)
        let junk = try runChild(gavelPath, ["keys", "add", "--db", record.path, "Priya Shah", folder + "/junk.pub"], captureErrors: true)
        #expect(junk.status == 1 && junk.output.contains("junk.pub:2:"), "\(junk.output)")
        let listed = try runChild(gavelPath, ["keys", "list", "--db", record.path], capture: true).output
        #expect(!listed.contains("SHA256:"), "a refused file added a key:\n\(listed)")

        let added = try runChild(gavelPath, ["keys", "add", "--db", record.path, "Priya Shah", folder + "/priya.pub"], captureErrors: true)
        #expect(added.status == 0 && added.output.contains("for Priya Shah."), "\(added.output)")
    }
}
