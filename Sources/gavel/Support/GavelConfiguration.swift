import Foundation
import TOMLKit
import TOMLLines

/// The host's settings for Gavel, in `$XDG_CONFIG_HOME/gavel/config.toml` (else `~/.config/gavel/config.toml`):
///
///     [backup]
///     folder = "/srv/gavel/backups"   # the console backs the record up here when a meeting closes
///
/// A missing file means no settings. A file with a problem stops the console before it opens, naming the
/// file, line and key: a clerk who asked for backups must not find out at the close that there are none.
struct GavelConfiguration: Equatable {
    var backupFolder: String?

    typealias Problem = TOMLProblem

    static func file(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        let config =
            environment["XDG_CONFIG_HOME"].flatMap { $0.hasPrefix("/") ? $0 : nil }
            ?? ((environment["HOME"] ?? NSHomeDirectory()) + "/.config")
        return config + "/gavel/config.toml"
    }

    static func load(
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) throws(Problem) -> GavelConfiguration {
        let path = file(environment: environment)
        guard FileManager.default.fileExists(atPath: path) else { return GavelConfiguration() }
        guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8)
        else {
            throw Problem(file: path, line: nil, key: nil, message: "cannot be read as UTF-8 text")
        }
        return try parse(text, file: path)
    }

    static func parse(_ text: String, file: String) throws(Problem) -> GavelConfiguration {
        let document = try TOMLDocument.parse(text, file: file)
        let root = document.root
        let fail = document.problem
        try TOMLDocument.throwFirst(
            of: document.unknownKeys(in: root, kind: "setting", known: ["backup"])
                + (root["backup"]?.table.map {
                    document.unknownKeys(in: $0, at: "backup", kind: "setting", known: ["folder"])
                } ?? []))
        var configuration = GavelConfiguration()
        guard let backup = root["backup"] else { return configuration }
        guard let table = backup.table else { throw fail("backup", "expected a table: [backup]") }
        if let folder = table["folder"] {
            guard let path = folder.string, path.hasPrefix("/") else {
                throw fail("backup.folder", "expected an absolute path in quotes, such as \"/srv/gavel/backups\"")
            }
            configuration.backupFolder = path
        }
        return configuration
    }
}
