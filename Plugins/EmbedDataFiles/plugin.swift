import Foundation
import PackagePlugin

/// Packs a target's shipped data files into it as `<enum>.files` (name → text), rebuilding whenever one
/// changes: the themes (`Themes/*.toml` at the package's root) into TerminalUI as `EmbeddedThemes`, the
/// shipped constitutions (`Shipped/*.toml` in its own folder) into ConstitutionFile as
/// `EmbeddedConstitutions`. The files stay data; the binary carries them wherever it is copied.
@main
struct EmbedDataFiles: BuildToolPlugin {
    struct UnknownTarget: Error, CustomStringConvertible {
        var name: String
        var description: String { "EmbedDataFiles has no data files for target \(name)" }
    }

    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let (folder, enumName): (URL, String) =
            switch target.name {
            case "TerminalUI": (context.package.directoryURL.appending(path: "Themes"), "EmbeddedThemes")
            case "ConstitutionFile": (target.directoryURL.appending(path: "Shipped"), "EmbeddedConstitutions")
            default: throw UnknownTarget(name: target.name)
            }
        let files = try FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "toml" }
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
        let output = context.pluginWorkDirectoryURL.appending(path: "\(enumName).swift")
        return [
            .buildCommand(
                displayName: "Embedding \(files.count) files as \(enumName)",
                executable: try context.tool(named: "data-embedder").url,
                arguments: [output.path, enumName] + files.map(\.path),
                inputFiles: files,
                outputFiles: [output])
        ]
    }
}
