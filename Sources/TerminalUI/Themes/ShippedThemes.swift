/// The themes that ship with Gavel, carried inside the binary (packed from Themes/ at build time by the
/// EmbedDataFiles plugin), so an installed or copied binary needs no files beside it.
public enum ShippedThemes {
    /// The names of the shipped themes, sorted.
    public static var names: [String] { EmbeddedThemes.files.keys.sorted() }

    /// The shipped theme called `name`, as its file's text.
    public static func text(_ name: String) -> String? { EmbeddedThemes.files[name] }
}
