/// Why a stored body could not be read, with where in it: a record's text is never trusted to be well
/// formed, so a damaged row is reported, never a crash.
struct JournalTextError: Error, CustomStringConvertible {
    var detail: String
    var description: String { detail }
}
