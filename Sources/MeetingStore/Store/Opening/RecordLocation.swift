import Foundation

/// Where records live by default: `$XDG_DATA_HOME/gavel`, else `~/.local/share/gavel`.
public enum RecordLocation {
    public static func dataFolder(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        if let xdg = environment["XDG_DATA_HOME"], xdg.hasPrefix("/") { return xdg + "/gavel" }
        let home = environment["HOME"] ?? NSHomeDirectory()
        return home + "/.local/share/gavel"
    }

    /// The default record of a series: one file per series, named for its constitution.
    public static func defaultRecord(
        series: String, environment: [String: String] = ProcessInfo.processInfo.environment
    ) -> String {
        dataFolder(environment: environment) + "/\(series).gavel"
    }

    /// Creates the folder for `path` if needed, private to the user (0700).
    static func prepareFolder(for path: String) throws {
        let folder = (path as NSString).deletingLastPathComponent
        guard !folder.isEmpty, !FileManager.default.fileExists(atPath: folder) else { return }
        try FileManager.default.createDirectory(
            atPath: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
    }
}
