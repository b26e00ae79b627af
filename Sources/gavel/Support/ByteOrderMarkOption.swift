import ArgumentParser
import MinutesFormats

/// `--no-byte-order-mark`: the mark a CSV file begins with unless told otherwise.
struct ByteOrderMarkOption: ParsableArguments {
    @Flag(
        inversion: .prefixedNo,
        help: "csv: begin with a UTF-8 byte-order mark, which LibreOffice and Excel need to read UTF-8.")
    var byteOrderMark = true

    /// What a CSV file's text begins with.
    var prefix: String { byteOrderMark ? RegisterFormats.byteOrderMark : "" }
}
