import Foundation

/// A new record is made whole in a hidden file beside where it belongs and only then linked into place:
/// a full disk or a crash while it is made leaves nothing at the record's path, and a reader never sees a
/// record without its series.
enum RecordCreation {
    /// Returns false when another process put a record at `path` first: theirs stands, ours is dropped.
    @discardableResult
    static func create(at path: String, make: (String) throws(StoreError) -> Void) throws(StoreError) -> Bool {
        do {
            try RecordLocation.prepareFolder(for: path)
        } catch {
            throw StoreError.from(error, path: path)
        }
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent().path
        let aside = folder + "/.\(url.lastPathComponent).new-\(getpid())-\(UInt32.random(in: 0 ... .max))"
        defer {
            for leftover in [aside, aside + "-wal", aside + "-shm", aside + "-journal"] { unlink(leftover) }
        }
        let made = open(aside, O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, 0o600)
        guard made >= 0 else { throw errno == ENOSPC ? .diskFull(path: path) : .readOnly(path: path) }
        close(made)
        try make(aside)
        // link() never replaces: if another terminal made the record meanwhile, theirs stands and is opened;
        // only an empty file (a placeholder someone touched) is replaced.
        if link(aside, path) != 0 {
            let failure = errno
            if failure == EEXIST {
                guard isEmptyFile(path) else { return false }
                guard rename(aside, path) == 0 else {
                    throw StoreError.from(POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO), path: path)
                }
            } else if failure == ENOSPC {
                throw .diskFull(path: path)
            } else {
                throw .cannotOpen(path: path, detail: String(cString: strerror(failure)))
            }
        }
        syncFolder(folder)
        return true
    }

    private static func isEmptyFile(_ path: String) -> Bool {
        ((try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? -1) == 0
    }

    /// The new name is durable only once its folder is synced.
    private static func syncFolder(_ folder: String) {
        let descriptor = open(folder, O_RDONLY)
        guard descriptor >= 0 else { return }
        fsync(descriptor)
        close(descriptor)
    }
}
