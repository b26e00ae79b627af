import Foundation
import Synchronization
import Testing

/// #21: eight `gavel do` processes writing to one record at once, nothing killed: every command that
/// said it was recorded is in the record. Each `gavel do` plans on a reading connection and then opens the
/// record to write; an earlier build looked at the file's first bytes through a descriptor of its own in
/// between, which on Linux drops every lock the process holds on the file, and another process then
/// deleted the write-ahead log under it: 49 of 234 acknowledged notes were lost, silently.
@Suite("Concurrent writers")
struct ConcurrentWritersEndToEndTests {
    @Test("#21: eight gavel do processes at once, thirty notes each: every acknowledged note is in the record, which verifies")
    func eightWriters() throws {
        let record = ScratchRecord()
        #expect(try runChild(gavelPath, ["new", "--db", record.path]).status == 0)
        #expect(try runChild(gavelPath, ["do", "--db", record.path, "arrive finance.rep", "open \"ELG\""]).status == 0)
        let path = record.path
        let acknowledged = Mutex<[String]>([])
        let failures = Mutex<[String]>([])
        let done = DispatchGroup()
        for writer in 1...8 {
            done.enter()
            Thread {
                for number in 1...30 {
                    let text = "w\(writer)-n\(number)."
                    do {
                        let result = try runChild(gavelPath, ["do", "--db", path, "note \"\(text)\""], captureErrors: true)
                        if result.status == 0 { acknowledged.withLock { $0.append(text) } } else { failures.withLock { $0.append(result.output) } }
                    } catch {
                        failures.withLock { $0.append("\(error)") }
                    }
                }
                done.leave()
            }.start()
        }
        done.wait()
        let export = try runChild(gavelPath, ["export", "--db", record.path], capture: true)
        let acked = acknowledged.withLock { $0 }
        let missing = acked.filter { !export.output.contains($0) }
        #expect(missing.isEmpty, "\(missing.count) of \(acked.count) acknowledged notes are not in the record: \(missing.prefix(5))")
        #expect(acked.count > 200, "refused: \(failures.withLock { Array($0.prefix(3)) })")
        #expect(!failures.withLock { $0 }.contains { $0.contains("damaged") || $0.contains("disk I/O error") })
        #expect(try runChild(gavelPath, ["verify", "--db", record.path]).status == 0)
    }
}
