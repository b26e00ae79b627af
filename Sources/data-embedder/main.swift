import Foundation

// Build tool: writes a target's shipped data files (the themes, the shipped constitutions) into a Swift
// file as text, so the gavel binary carries them wherever it is copied. They stay data files; this only
// packs them.
// Usage: data-embedder OUTPUT.swift ENUM-NAME FILE.toml...
let arguments = Array(CommandLine.arguments.dropFirst())
guard arguments.count >= 2 else {
    FileHandle.standardError.write(Data("usage: data-embedder OUTPUT.swift ENUM-NAME FILE.toml...\n".utf8))
    exit(64)
}
let (output, enumName) = (arguments[0], arguments[1])
var entries: [String] = []
for path in arguments.dropFirst(2).sorted() {
    guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
        FileHandle.standardError.write(Data("data-embedder: \(path) cannot be read as UTF-8\n".utf8))
        exit(1)
    }
    let name = URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
    // A raw string with more #s than any run of # in the text cannot end early.
    var hashes = "#"
    while text.contains("\"" + hashes) { hashes += "#" }
    entries.append("        \(String(reflecting: name)): \(hashes)\"\"\"\n\(text)\n\"\"\"\(hashes),")
}
let source = """
    // Generated at build time by data-embedder. Do not edit: edit the data files it was made from.

    /// The shipped files' text, by name (the file's name without `.toml`).
    enum \(enumName) {
        static let files: [String: String] = [
    \(entries.joined(separator: "\n"))
        ]
    }

    """
do { try source.write(toFile: output, atomically: true, encoding: .utf8) } catch {
    FileHandle.standardError.write(Data("data-embedder: cannot write \(output): \(error)\n".utf8))
    exit(1)
}
