import TOMLKit
import TOMLLines

/// A theme file with a problem, at its file, line and key.
public typealias ThemeError = TOMLProblem

/// Reads theme files:
///
///     name = "default"
///     [roles]
///     normal = { fg = "default", bg = "default" }
///     selected = { fg = "black", bg = "cyan", bold = true }
///
/// Colours: `default`, a name (`red`, `bright-red`), 0–255, or `#rrggbb`. Attributes: bold, dim, reverse,
/// underline. A role not given looks like `normal`.
public enum ThemeLoader {
    public static func load(text: String, file: String) throws(ThemeError) -> Theme {
        let document = try TOMLDocument.parse(text, file: file)
        let root = document.root
        let fail = document.problem
        for key in root.keys where key != "name" && key != "description" && key != "roles" {
            throw fail(key, "unknown key '\(key)'; a theme has name, description and [roles]")
        }
        guard let name = root["name"]?.string else { throw fail("name", "a theme needs name = \"…\"") }
        guard let roles = root["roles"]?.table else { throw fail("roles", "a theme needs a [roles] table") }
        var styles: [StyleRole: ThemeStyle] = [:]
        for key in roles.keys.sorted() {
            let path = "roles.\(key)"
            guard let role = StyleRole(rawValue: key) else {
                throw fail(
                    path,
                    "unknown role '\(key)'; roles are \(StyleRole.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            guard let entry = roles[key]?.table else { throw fail(path, "expected { fg = …, bg = …, bold = true }") }
            var style = ThemeStyle()
            for attribute in entry.keys.sorted() {
                let value = entry[attribute]
                switch attribute {
                case "fg", "bg":
                    let text = value?.string ?? value?.int.map(String.init)
                    guard let text, let colour = ThemeColor(text) else {
                        let given = text.map { "'\($0)' is" } ?? "not text or a number, so"
                        throw fail(
                            path,
                            "\(attribute): \(given) not a colour; use default, a name such as red or bright-red, "
                                + "0–255, or #rrggbb"
                        )
                    }
                    if attribute == "fg" { style.foreground = colour } else { style.background = colour }
                case "bold", "dim", "reverse", "underline":
                    guard let flag = value?.bool else { throw fail(path, "\(attribute): expected true or false") }
                    switch attribute {
                    case "bold": style.bold = flag
                    case "dim": style.dim = flag
                    case "reverse": style.reverse = flag
                    default: style.underline = flag
                    }
                default:
                    throw fail(path, "unknown attribute '\(attribute)'; use fg, bg, bold, dim, reverse, underline")
                }
            }
            styles[role] = style
        }
        if styles[.normal] == nil { styles[.normal] = ThemeStyle() }
        return Theme(name: name, styles: styles)
    }
}
