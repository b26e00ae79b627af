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
        // A role's attributes, each with the style's field it sets: the same list reads and refuses them.
        let colours: [(name: String, field: WritableKeyPath<ThemeStyle, ThemeColor>)] = [
            ("fg", \.foreground), ("bg", \.background),
        ]
        let flags: [(name: String, field: WritableKeyPath<ThemeStyle, Bool>)] = [
            ("bold", \.bold), ("dim", \.dim), ("reverse", \.reverse), ("underline", \.underline),
        ]
        let document = try TOMLDocument.parse(text, file: file)
        let root = document.root
        let fail = document.problem
        var unknown = document.unknownKeys(in: root, known: ["name", "description", "roles"])
        if let roles = root["roles"]?.table {
            unknown += document.unknownKeys(
                in: roles, at: "roles", kind: "role", known: StyleRole.allCases.map(\.rawValue))
            for key in roles.keys {
                guard let entry = roles[key]?.table else { continue }
                unknown += document.unknownKeys(
                    in: entry, at: "roles.\(key)", kind: "attribute", known: colours.map(\.name) + flags.map(\.name))
            }
        }
        try TOMLDocument.throwFirst(of: unknown)
        guard let name = root["name"]?.string else { throw fail("name", "a theme needs name = \"…\"") }
        guard let roles = root["roles"]?.table else { throw fail("roles", "a theme needs a [roles] table") }
        var styles: [StyleRole: ThemeStyle] = [:]
        for key in roles.keys.sorted() {
            let path = "roles.\(key)"
            guard let role = StyleRole(rawValue: key), let entry = roles[key]?.table else {
                throw fail(path, "expected { fg = …, bg = …, bold = true }")
            }
            var style = ThemeStyle()
            for (attribute, field) in colours {
                guard let value = entry[attribute] else { continue }
                let text = value.string ?? value.int.map(String.init)
                guard let text, let colour = ThemeColor(text) else {
                    let given = text.map { "'\($0)' is" } ?? "not text or a number, so"
                    throw fail(
                        path,
                        "\(attribute): \(given) not a colour; use default, a name such as red or bright-red, 0–255, "
                            + "or #rrggbb")
                }
                style[keyPath: field] = colour
            }
            for (attribute, field) in flags {
                guard let value = entry[attribute] else { continue }
                guard let flag = value.bool else { throw fail(path, "\(attribute): expected true or false") }
                style[keyPath: field] = flag
            }
            styles[role] = style
        }
        if styles[.normal] == nil { styles[.normal] = ThemeStyle() }
        return Theme(name: name, styles: styles)
    }
}
