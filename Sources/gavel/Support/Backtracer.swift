import Foundation
import Glibc

/// Swift's runtime answers a crash, and Ctrl-\ (SIGQUIT), with its backtracer: source paths, then an
/// interactive prompt that can dump the process's memory, on whatever terminal the process has. Over SSH
/// that is a stranger's terminal, and the memory holds the record. The runtime reads SWIFT_BACKTRACE only
/// as the process starts, so gavel starts itself again with the backtracer off unless it was set already
/// (the forced command in authorized_keys sets it, so a remote connection needs no second start; a
/// developer who sets it to debug keeps their setting).
enum Backtracer {
    static let off = "enable=no"

    static func switchOff() {
        guard getenv("SWIFT_BACKTRACE") == nil else { return }
        setenv("SWIFT_BACKTRACE", off, 1)
        execv("/proc/self/exe", CommandLine.unsafeArgv)
        // exec failed (no /proc): carry on as started; only the backtracer's setting is lost.
    }
}
