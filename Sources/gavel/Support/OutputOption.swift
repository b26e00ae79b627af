import ArgumentParser
import Foundation

/// `-o FILE`: where a command that writes a document writes it.
struct OutputOption: ParsableArguments {
    @Option(name: [.customShort("o"), .customLong("output")], help: "Write to this file instead of standard output.")
    var output: String?

    /// `data` to the file named, whole or not at all, else to standard output.
    func write(_ data: Data) throws { try Self.write(data, to: output) }

    /// `data` to `path`, whole or not at all (an interrupted write leaves the file as it was), or, with no
    /// path, to standard output.
    static func write(_ data: Data, to path: String?) throws {
        if let path {
            try data.write(to: URL(fileURLWithPath: path), options: .atomic)
        } else {
            Output.document(data)
        }
    }
}
