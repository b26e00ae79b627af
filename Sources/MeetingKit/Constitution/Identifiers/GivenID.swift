/// What an id given by hand may be (`id=` on a motion, item, action or risk): a letter or digit, then
/// letters, digits, `.`, `-` or `_`, at most 32 in all. An empty or odd id would make minutes that read
/// "Motion  (indicative vote)" and commands that cannot name it again.
public enum GivenID {
    public static let longest = 32

    /// Why `text` cannot be an id, or nil when it can.
    public static func problem(_ text: String) -> String? {
        guard let first = text.unicodeScalars.first else { return "an id cannot be empty" }
        guard text.unicodeScalars.count <= longest else {
            return "an id has at most \(longest) characters; '\(text.prefix(12))…' has \(text.unicodeScalars.count)"
        }
        func word(_ c: Unicode.Scalar) -> Bool { c.isASCII && (c.properties.isAlphabetic || ("0"..."9").contains(c)) }
        guard word(first), text.unicodeScalars.allSatisfy({ word($0) || $0 == "." || $0 == "-" || $0 == "_" }) else {
            return "an id is a letter or digit, then letters, digits, '.', '-' or '_'; '\(text)' is not"
        }
        return nil
    }
}
