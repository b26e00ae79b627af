import ConstitutionFile
import Foundation
import MeetingKit

// Benchmarks print figures; they never assert. Run with:
//   swift run -c release gavel-bench                 every figure for the README
//   swift run -c release gavel-bench domain [EVENTS] the fold and the minutes document only
//   swift run -c release gavel-bench store           the durable record only
//   swift run -c release gavel-bench appends         acknowledged appends against the sqlite3 tool only
//   swift run -c release gavel-bench terminal        composing frames and what ncurses writes
//   swift run -c release gavel-bench console         start to first frame (needs gavel built), keypress to frame
//   swift run -c release gavel-bench minutes         the minutes in every format, the projector's frame
//   swift run -c release gavel-bench domain EVENTS --profile   folds 30 times, for perf record
let arguments = Array(CommandLine.arguments.dropFirst())
let named = nameEveryone(ShippedConstitution.hnbELG.constitution)

if arguments.first == "--latency-writer", arguments.count == 3, let count = Int(arguments[2]) {
    try StoreBenchmarks.latencyWriter(path: arguments[1], count: count)
    exit(0)
}
let part = arguments.first ?? "all"
if part == "domain" || part == "all" {
    DomainBenchmarks.run(
        constitution: named, events: arguments.dropFirst().first.flatMap(Int.init) ?? 100_000,
        profile: arguments.contains("--profile"))
}
if part == "terminal" || part == "all" {
    try TerminalBenchmarks.run(constitution: named)
}
if part == "minutes" || part == "all" {
    try MinutesBenchmarks.run(constitution: named)
}
if part == "console" || part == "all" {
    let folder = NSTemporaryDirectory() + "gavel-bench-" + UUID().uuidString
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: folder) }
    try ConsoleBenchmarks.run(constitution: named, folder: folder)
}
if part == "appends" {
    let folder = NSTemporaryDirectory() + "gavel-bench-" + UUID().uuidString
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: folder) }
    try StoreBenchmarks.appends(constitution: named, folder: folder)
}
if part == "store" || part == "all" {
    let folder = NSTemporaryDirectory() + "gavel-bench-" + UUID().uuidString
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: folder) }
    try StoreBenchmarks.run(constitution: named, folder: folder)
}

/// The shipped constitution with a name on every placeholder, as a clerk would have it.
func nameEveryone(_ constitution: Constitution) -> Constitution {
    var c = constitution
    for (id, person) in c.people where !person.isNamed { c.people[id]?.name = person.placeholder }
    return c
}

/// Median wall time of `runs` runs, in seconds.
func measure(runs: Int, _ work: () throws -> Void) rethrows -> Double {
    let clock = ContinuousClock()
    var samples: [Duration] = []
    for _ in 0..<runs { samples.append(try clock.measure(work)) }
    samples.sort()
    return seconds(samples[runs / 2])
}

func measureOnce(_ work: () throws -> Void) rethrows -> Double { try measure(runs: 1, work) }

func seconds(_ duration: Duration) -> Double {
    Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
}
