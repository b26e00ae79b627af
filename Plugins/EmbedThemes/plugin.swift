import Foundation
import PackagePlugin

/// Packs the shipped themes (Themes/*.toml at the package's root) into the target that uses this plugin,
/// as `EmbeddedThemes.files`, rebuilding whenever a theme file changes.
@main
struct EmbedThemes: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let folder = context.package.directoryURL.appending(path: "Themes")
        let themes = try FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "toml" }
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
        let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedThemes.swift")
        return [
            .buildCommand(
                displayName: "Embedding \(themes.count) shipped themes",
                executable: try context.tool(named: "theme-embedder").url,
                arguments: [output.path] + themes.map(\.path),
                inputFiles: themes,
                outputFiles: [output]),
        ]
    }
}
