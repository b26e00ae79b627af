import ArgumentParser
import Foundation
import TerminalUI

/// Finds a theme by name or path: a file given directly; else the user's themes folder
/// ($XDG_CONFIG_HOME/gavel/themes, else ~/.config/gavel/themes); else the Themes/ folder shipped beside
/// the build or installed under share/gavel/themes.
enum ThemeCatalogue {
    static func load(_ nameOrPath: String) throws -> Theme {
        let path = try locate(nameOrPath)
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
            throw ValidationError("The theme \(path) cannot be read.")
        }
        return try ThemeLoader.load(text: text, file: path)
    }

    static func locate(_ nameOrPath: String) throws -> String {
        if nameOrPath.contains("/") || nameOrPath.hasSuffix(".toml") {
            guard FileManager.default.fileExists(atPath: nameOrPath) else { throw ValidationError("There is no theme file \(nameOrPath).") }
            return nameOrPath
        }
        let folders = searchFolders()
        for folder in folders where FileManager.default.fileExists(atPath: "\(folder)/\(nameOrPath).toml") {
            return "\(folder)/\(nameOrPath).toml"
        }
        throw ValidationError("No theme called '\(nameOrPath)' in \(folders.joined(separator: ", ")).")
    }

    static func searchFolders(environment: [String: String] = ProcessInfo.processInfo.environment) -> [String] {
        let config = environment["XDG_CONFIG_HOME"].flatMap { $0.hasPrefix("/") ? $0 : nil } ?? ((environment["HOME"] ?? NSHomeDirectory()) + "/.config")
        let executable = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
        return [
            config + "/gavel/themes",
            executable.appendingPathComponent("../../Themes").standardized.path,  // .build/<config>/gavel
            executable.appendingPathComponent("../../../Themes").standardized.path,  // .build/<triple>/<config>/gavel
            executable.appendingPathComponent("../share/gavel/themes").standardized.path,
        ]
    }
}
