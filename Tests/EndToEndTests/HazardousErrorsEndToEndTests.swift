import Foundation
import TerminalUI
import TextHazards
import Testing

/// What gavel prints on standard output and standard error quotes what people typed, paths and record
/// text: each hazard, through every command's error path (and the few success paths that echo a value),
/// must come out shown, never raw, or a script line could retitle the terminal or write its clipboard.
@Suite("#23: hazards through every command's error path")
struct HazardousErrorsEndToEndTests {
    static let hazards: [(name: String, text: String)] = [
        ("ESC CSI", "red\u{1B}[31mred"),
        ("OSC 0 title", "\u{1B}]0;owned\u{07}"),
        ("OSC 2 title, ST", "\u{1B}]2;owned\u{1B}\\"),
        ("OSC 52 clipboard", "\u{1B}]52;c;aGk=\u{07}"),
        ("C1 CSI", "\u{9B}2J"),
        ("C1 NEL", "a\u{85}b"),
        ("bidi override", "\u{202E}cba\u{202C}"),
        ("zero width", "zero\u{200B}width\u{FEFF}"),
        ("carriage return", "shown\rhidden"),
        ("orphan ZWJ", "\u{200D}x"),
    ]

    /// Every scalar a terminal would act on or that hides text: what `TextHazard` names, the line feed
    /// between gavel's own lines aside.
    private func raw(_ text: String) -> [String] {
        text.unicodeScalars.compactMap { scalar in
            guard scalar != "\n", TextHazard.of(scalar) != nil else { return nil }
            return TextHazard.codePoint(scalar)
        }
    }

    /// One record, with a meeting, a key and a constitution file, shared by every case of one hazard.
    private struct Scene {
        let record = ScratchRecord()
        var folder: String { record.folder }
        var db: String { record.path }
        let key: String

        init() throws {
            #expect(try runChild(gavelPath, ["new", "--db", record.path]).status == 0)
            key = record.folder + "/k"
            _ = try runChild("/usr/bin/ssh-keygen", ["-q", "-t", "ed25519", "-N", "", "-f", key], timeout: 30)
        }

        func write(_ name: String, _ text: String) throws -> String {
            let path = folder + "/" + name
            try text.write(toFile: path, atomically: true, encoding: .utf8)
            return path
        }
    }

    /// Each command with the hazard where a person or a file puts it.
    private func commands(_ h: String, _ scene: Scene) throws -> [(String, [String])] {
        let db = scene.db, folder = scene.folder
        let shipped = try runChild(gavelPath, ["constitution", "hnb-elg", "--toml"], capture: true).output
        let named = try scene.write("named.toml", shipped.replacingOccurrences(of: #"name = "HNB"#, with: "name = \"\(h) HNB"))
        let badValue = try scene.write("bad.toml", shipped.replacingOccurrences(of: #"decision = "simple-majority""#, with: "decision = \"\(h)\""))
        let script = try scene.write("script.txt", "open \"ELG\"\nfrobnicate \(h)\n")
        return [
            ("do: a command line", ["do", "--db", db, h]),
            ("do: a note's text, then a bad line", ["do", "--db", db, "note \"\(h)\"", "\(h)"]),
            ("do: a script line", ["do", "--db", db, "--file", script]),
            ("do: a script path", ["do", "--db", db, "--file", folder + "/\(h).txt"]),
            ("do: a record path", ["do", "--db", folder + "/\(h).gavel", "note x"]),
            ("check: a path", ["check", folder + "/\(h).toml"]),
            ("check: a constitution's name", ["check", named]),
            ("check: a field's value", ["check", badValue]),
            ("constitution: a path", ["constitution", folder + "/\(h).toml"]),
            ("constitution: a name", ["constitution", named]),
            ("new: a constitution path", ["new", "--db", folder + "/other.gavel", "--constitution", folder + "/\(h).toml"]),
            ("keys add: a holder", ["keys", "add", "--db", db, h, scene.key + ".pub"]),
            ("keys add: a key path", ["keys", "add", "--db", db, "chair", folder + "/\(h).pub"]),
            ("keys remove: a holder", ["keys", "remove", "--db", db, h]),
            ("keys authorized: a binary path", ["keys", "authorized", "--db", db, "--gavel", "/opt/'\(h)/gavel"]),
            ("remote: --key", ["remote", "--db", db, "--key", h]),
            ("minutes: --format", ["minutes", "--db", db, "--format", h]),
            ("search: the words", ["search", "--db", db, h]),
            ("verify: --head", ["verify", "--db", db, "--head", h]),
            ("export: -o", ["export", "--db", db, "-o", folder + "/\(h)/x.json"]),
            ("backup: a destination", ["backup", "--db", db, folder + "/\(h)/x/y.gavel"]),
            ("open: a meeting number", ["open", h]),
            ("an unknown subcommand", [h]),
            ("an unknown option", ["list", "--" + h]),
            ("an option's value", ["list", "--db"]),
        ]
    }

    @Test("#23: ESC, OSC 0/2/52, C1, bidi, zero-width, CR and an orphan ZWJ through every command: all shown, none raw", arguments: hazards.map(\.name))
    func everyCommand(hazard: String) throws {
        let text = try #require(Self.hazards.first { $0.name == hazard }).text
        let scene = try Scene()
        for (name, arguments) in try commands(text, scene) {
            let result = try runChild(gavelPath, arguments, captureErrors: true, timeout: 60)
            #expect(raw(result.output).isEmpty, "\(name): \(raw(result.output)) raw in \(result.output.debugDescription)")
            #expect(!result.output.isEmpty, "\(name): said nothing")
        }
        // A quote joined to what follows is one Character to Swift, yet still a quote to the shell sshd
        // runs the forced command with: the path is refused, whatever follows the quote.
        let joined = try runChild(gavelPath, ["keys", "authorized", "--db", scene.db, "--gavel", "/opt/x'\(text)/gavel"], captureErrors: true, timeout: 60)
        #expect(joined.status == 1 && joined.output.contains("holds a quote"), "\(joined.output)")
    }
}
