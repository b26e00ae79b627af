import Foundation
#if canImport(Glibc)
    import Glibc

    /// Linux's inotify on the record's folder: a commit writes the record's write-ahead log (or, at a
    /// checkpoint, the record itself), and the kernel says so at once. Folders, not files, are watched,
    /// because SQLite deletes and recreates the log as connections come and go. Writes only: every process
    /// that opens the record closes it again, and with fifty terminals a notice for each close would keep
    /// every terminal busy for nothing.
    enum KernelNotices {
        /// A non-blocking descriptor that becomes readable on news of `folder`; nil where inotify is
        /// unavailable (no instances left, a file system without it): then the caller polls.
        static func watch(folder: String) -> Int32? {
            let descriptor = inotify_init1(Int32(IN_NONBLOCK) | Int32(IN_CLOEXEC))
            guard descriptor >= 0 else { return nil }
            let mask =
                UInt32(IN_MODIFY) | UInt32(IN_CREATE) | UInt32(IN_MOVED_TO) | UInt32(IN_MOVED_FROM) | UInt32(IN_DELETE)
            guard inotify_add_watch(descriptor, folder, mask) >= 0 else {
                Glibc.close(descriptor)
                return nil
            }
            return descriptor
        }

        /// Reads every pending event; true if one names a file of the record (other files in the folder are
        /// ignored).
        static func drain(_ descriptor: Int32, mentioning names: Set<String>) -> Bool {
            var relevant = false
            var buffer = [UInt8](repeating: 0, count: 4096)
            while true {
                let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
                guard count > 0 else { return relevant }
                var offset = 0
                let header = MemoryLayout<inotify_event>.size
                while offset + header <= count {
                    let nameLength = buffer.withUnsafeBytes {
                        Int($0.load(fromByteOffset: offset, as: inotify_event.self).len)
                    }
                    let start = offset + header
                    let end = min(count, start + nameLength)
                    let name = String(decoding: buffer[start..<end].prefix { $0 != 0 }, as: UTF8.self)
                    // An event without a name is about the folder itself (moved, unmounted): look, to be sure.
                    if name.isEmpty || names.contains(name) { relevant = true }
                    offset = start + nameLength
                }
            }
        }

        static func close(_ descriptor: Int32) { Glibc.close(descriptor) }
    }
#else
    /// Elsewhere there are no notices, and the record is polled.
    enum KernelNotices {
        static func watch(folder: String) -> Int32? { nil }
        static func drain(_ descriptor: Int32, mentioning names: Set<String>) -> Bool { false }
        static func close(_ descriptor: Int32) {}
    }
#endif
