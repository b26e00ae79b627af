import ConstitutionFile
import Foundation
import MeetingKit
import MeetingStore

// Test support for MeetingStoreTests: appends notes to meeting 1 of a record and prints
// "ACK <sequence> <text>" after each one is committed, so a test can kill it with SIGKILL at any moment
// and then check that every acknowledged event survived. Usage:
//   journal-writer PATH COUNT TAG     append COUNT notes "TAG 1" … "TAG COUNT" (COUNT 0: until killed)
let arguments = CommandLine.arguments
guard arguments.count == 4, let count = Int(arguments[2]) else {
    FileHandle.standardError.write(Data("usage: journal-writer PATH COUNT TAG\n".utf8))
    exit(2)
}
let path = arguments[1]
let tag = arguments[3]

do {
    let store = try RecordStore.open(path: path)
    let meeting = try LiveMeeting(store: store, number: 1)
    var index = 0
    while count == 0 || index < count {
        index += 1
        let text = "\(tag) \(index)"
        let events = try meeting.perform(.note(MinuteText(item: nil, text: text)), by: .clerk)
        // Written straight to the descriptor: a buffered line could be lost with the process.
        FileHandle.standardOutput.write(Data("ACK \(events[0].sequence) \(text)\n".utf8))
    }
} catch {
    FileHandle.standardError.write(Data("journal-writer: \(error)\n".utf8))
    exit(1)
}
