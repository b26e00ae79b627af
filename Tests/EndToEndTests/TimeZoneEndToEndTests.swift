import Foundation
import Testing

/// A meeting's times belong to where the body meets (the constitution's time_zone), not to the terminal.
@Suite("A meeting's time zone")
struct TimeZoneEndToEndTests {
    @Test("the example replayed and minuted under TZ=UTC and TZ=Asia/Tokyo gives byte-identical minutes, in London time")
    func sameMinutesEverywhere() throws {
        let example = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../examples/elg-october-2019.txt").standardized.path
        var outputs: [String] = []
        for zone in ["UTC", "Asia/Tokyo"] {
            let record = ScratchRecord()
            func gavel(_ arguments: String) throws -> (status: Int32, output: String) {
                try runChild("/bin/sh", ["-c", "TZ=\(zone) '\(gavelPath)' \(arguments)"], captureErrors: true)
            }
            #expect(try gavel("new --db '\(record.path)'").status == 0)
            let replay = try gavel("do --db '\(record.path)' --file '\(example)'")
            #expect(replay.status == 0, "\(replay.output)")
            for format in ["md", "html"] {
                let minutes = try gavel("minutes --db '\(record.path)' --format \(format) --include-confidential")
                #expect(minutes.status == 0)
                outputs.append(minutes.output)
            }
        }
        #expect(outputs[0] == outputs[2], "Markdown minutes differ between TZ=UTC and TZ=Asia/Tokyo")
        #expect(outputs[1] == outputs[3], "HTML minutes differ between TZ=UTC and TZ=Asia/Tokyo")
        // The example opens at 14:00 London time: 14:00 on the page, whatever the terminal's zone.
        #expect(outputs[0].contains("Opened 14:00, closed 15:00"))
    }
}
