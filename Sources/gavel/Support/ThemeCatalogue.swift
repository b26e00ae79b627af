import ArgumentParser
import Foundation
import TerminalUI

/// Finds a theme by name or path: a file given directly; else the user's themes folder
/// ($XDG_CONFIG_HOME/gavel/themes, else ~/.config/gavel/themes), where a theme overrides a shipped one of
/// the same name; else the themes shipped inside the binary.
enum ThemeCatalogue {
    static func load(
        _ nameOrPath: String, environment: [String: String] = ProcessInfo.processInfo.environment
    ) throws -> Theme {
        let (text, file) = try source(nameOrPath, environment: environment)
        return try ThemeLoader.load(text: text, file: file)
    }

    /// The theme's text and the name to give it in messages: its path, or "NAME (shipped)".
    static func source(_ nameOrPath: String, environment: [String: String]) throws -> (text: String, file: String) {
        if nameOrPath.contains("/") || nameOrPath.hasSuffix(".toml") {
            guard FileManager.default.fileExists(atPath: nameOrPath) else {
                throw ValidationError("There is no theme file \(nameOrPath).")
            }
            return (try read(nameOrPath), nameOrPath)
        }
        let own = userFolder(environment) + "/\(nameOrPath).toml"
        if FileManager.default.fileExists(atPath: own) { return (try read(own), own) }
        if let text = ShippedThemes.text(nameOrPath) { return (text, "\(nameOrPath) (shipped)") }
        throw ValidationError(
            "No theme called '\(nameOrPath)': the shipped ones are \(ShippedThemes.names.joined(separator: ", ")); "
                + "your own go in \(userFolder(environment))."
        )
    }

    static func userFolder(_ environment: [String: String]) -> String {
        let config =
            environment["XDG_CONFIG_HOME"].flatMap { $0.hasPrefix("/") ? $0 : nil }
            ?? ((environment["HOME"] ?? NSHomeDirectory()) + "/.config")
        return config + "/gavel/themes"
    }

    private static func read(_ path: String) throws -> String {
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
            throw ValidationError("The theme \(path) cannot be read.")
        }
        return text
    }
}
