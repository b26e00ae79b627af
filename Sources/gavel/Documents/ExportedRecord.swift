import ArgumentParser
import Foundation
import MeetingKit
import MeetingStore
import TextHazards

struct ExportedRecord: Encodable {
    var format: String
    var series: String
    var constitution: Constitution
    /// The key journal: who may reach the record over SSH, and the chairs' signatures.
    var access: [AccessEvent]
    var meetings: [ExportedMeeting]
}
