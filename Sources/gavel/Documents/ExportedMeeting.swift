import ArgumentParser
import Foundation
import MeetingKit
import MeetingStore
import TextHazards

struct ExportedMeeting: Encodable {
    var number: Int
    var constitution: Constitution
    var mattersArising: MattersArising
    var chainHead: ChainHead
    var events: [MeetingEvent]
}
