import Foundation

// Build tool: writes the shipped themes (Themes/*.toml) into a Swift file as text, so the gavel binary
// carries them wherever it is copied. The themes stay data files; this only packs them.
// Usage: theme-embedder OUTPUT.swift THEME.toml...
let arguments = CommandLine.arguments.dropFirst()
guard let output = arguments.first else {
    FileHandle.standardError.write(Data("usage: theme-embedder OUTPUT.swift THEME.toml...\n".utf8))
    exit(64)
}
var entries: [String] = []
for path in arguments.dropFirst().sorted() {
    guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
        FileHandle.standardError.write(Data("theme-embedder: \(path) cannot be read as UTF-8\n".utf8))
        exit(1)
    }
    let name = URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
    // A raw string with more #s than any run of # in the text cannot end early.
    var hashes = "#"
    while text.contains("\"" + hashes) { hashes += "#" }
    entries.append("        \(String(reflecting: name)): \(hashes)\"\"\"\n\(text)\n\"\"\"\(hashes),")
}
let source = """
    // Generated at build time by theme-embedder from Themes/*.toml. Do not edit: edit the theme files.

    /// The shipped themes as their files' text, by name.
    enum EmbeddedThemes {
        static let files: [String: String] = [
    \(entries.joined(separator: "\n"))
        ]
    }

    """
do { try source.write(toFile: output, atomically: true, encoding: .utf8) } catch {
    FileHandle.standardError.write(Data("theme-embedder: cannot write \(output): \(error)\n".utf8))
    exit(1)
}
