/// A refusal that is not a misuse of the command line: "Error: …" on standard error and exit status 1,
/// without the usage text a `ValidationError` adds (which would only distract from what is wrong).
struct CommandRefusal: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
