import AuditLog
import Foundation
import Logging

// Test support for AuditLogTests: many of these at once, each writing COUNT log lines tagged TAG into
// FOLDER/gavel.log through gavel's own log handler, show whether lines from many processes stay whole.
// Usage: log-writer FOLDER COUNT TAG
let arguments = CommandLine.arguments
guard arguments.count == 4, let count = Int(arguments[2]) else {
    FileHandle.standardError.write(Data("usage: log-writer FOLDER COUNT TAG\n".utf8))
    exit(2)
}
_ = GavelLog.bootstrap(dataFolder: arguments[1])
let log = Logger(label: "gavel.test")
// Long enough that a line written in pieces would show: several times a pipe's atomic 512 bytes.
let padding = String(repeating: "x", count: 2000)
for index in 1...max(count, 1) {
    log.info("\(arguments[3]) line \(index) \(padding) end")
}
