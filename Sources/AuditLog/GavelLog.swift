import Foundation
import Glibc
import Logging
import TerminalUI

public enum GavelLog {
    /// Sends every logger to `<data folder>/gavel.log`. Called once, before the terminal is taken over.
    /// Returns the log's path.
    public static func bootstrap(dataFolder: String) -> String {
        let path = dataFolder + "/gavel.log"
        let sink = FileSink(path: path)
        LoggingSystem.bootstrap { label in FileLogHandler(label: label, file: sink) }
        return path
    }
}
