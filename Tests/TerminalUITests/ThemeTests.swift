import Foundation
import Testing
import TerminalUI

@Suite("Themes")
struct ThemeTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../Themes").standardized

    static var shipped: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter { $0.hasSuffix(".toml") }.sorted()
    }

    @Test("every shipped theme loads and styles every role")
    func everyShippedTheme() throws {
        #expect(Self.shipped == ["default.toml", "high-contrast.toml", "light.toml", "monochrome.toml", "projector.toml"])
        for file in Self.shipped {
            let text = try String(contentsOf: Self.folder.appendingPathComponent(file), encoding: .utf8)
            let theme = try ThemeLoader.load(text: text, file: file)
            #expect(Set(theme.styles.keys) == Set(StyleRole.allCases), "\(file) leaves roles to fall back")
        }
    }

    @Test("an unknown role names file, line and key")
    func unknownRole() {
        #expect(throws: ThemeError(file: "t.toml", line: 4, key: "roles.quorum-good", message: "unknown role 'quorum-good'; the roles are \(StyleRole.allCases.map(\.rawValue).joined(separator: ", "))")) {
            try ThemeLoader.load(text: "name = \"t\"\n[roles]\nnormal = {}\nquorum-good = { fg = \"green\" }\n", file: "t.toml")
        }
    }

    @Test("an unknown key is the first in the file, named with its line and the keys a theme has")
    func unknownKeyFirstInFile() {
        let text = "name = \"t\"\ncolour = 1\n[roles]\nnormal = {}\n[extras]\nx = 1\n"
        #expect(throws: ThemeError(file: "t.toml", line: 2, key: "colour", message: "unknown key 'colour'; the keys are name, description, roles")) {
            try ThemeLoader.load(text: text, file: "t.toml")
        }
        #expect(throws: ThemeError(file: "t.toml", line: 4, key: "extras", message: "unknown key 'extras'; the keys are name, description, roles")) {
            try ThemeLoader.load(text: text.replacingOccurrences(of: "colour = 1\n", with: ""), file: "t.toml")
        }
    }

    @Test("the first unknown key in the file is the one named, whether a role's attribute or a role")
    func unknownAttributeBeforeLaterRole() {
        #expect(throws: ThemeError(file: "t.toml", line: 3, key: "roles.dim.zz", message: "unknown attribute 'zz'; the attributes are fg, bg, bold, dim, reverse, underline")) {
            try ThemeLoader.load(text: "name = \"x\"\n[roles]\ndim = { zz = 1 }\nnope = { fg = \"red\" }\n", file: "t.toml")
        }
        #expect(throws: ThemeError(file: "t.toml", line: 4, key: "roles.normal.zz", message: "unknown attribute 'zz'; the attributes are fg, bg, bold, dim, reverse, underline")) {
            try ThemeLoader.load(text: "name = \"x\"\n[roles]\n[roles.normal]\nzz = 2\n[roles.nope]\nfg = \"red\"\n", file: "t.toml")
        }
    }

    @Test("a bad colour or attribute names what was given and what is allowed")
    func badValues() {
        #expect(throws: ThemeError(file: "t.toml", line: 3, key: "roles.normal", message: "fg: 'chartreuse' is not a colour; use default, a name such as red or bright-red, 0–255, or #rrggbb")) {
            try ThemeLoader.load(text: "name = \"t\"\n[roles]\nnormal = { fg = \"chartreuse\" }\n", file: "t.toml")
        }
        #expect(throws: ThemeError(file: "t.toml", line: 3, key: "roles.normal.blink", message: "unknown attribute 'blink'; the attributes are fg, bg, bold, dim, reverse, underline")) {
            try ThemeLoader.load(text: "name = \"t\"\n[roles]\nnormal = { blink = true }\n", file: "t.toml")
        }
        #expect {
            try ThemeLoader.load(text: "name = \"t\"\n[roles\n", file: "t.toml")
        } throws: { ($0 as? ThemeError)?.line == 2 }
    }

    @Test("colours parse by name, number and hex, and downgrade to what the terminal has")
    func colours() {
        #expect(ThemeColor("bright-red") == .indexed(9))
        #expect(ThemeColor("208") == .indexed(208))
        #expect(ThemeColor("#ff0000") == .rgb(255, 0, 0))
        #expect(ThemeColor("#ff0000")?.downgraded(to: 256) == .indexed(196))
        #expect(ThemeColor("#ff0000")?.downgraded(to: 8) == .indexed(1))
        #expect(ThemeColor("bright-red")?.downgraded(to: 8) == .indexed(1))
        // Orange (#ff8700) is nearer yellow (205,205,0) than red (255,0,0) by RGB distance.
        #expect(ThemeColor("208")?.downgraded(to: 16) == .indexed(3))
        #expect(ThemeColor("red")?.downgraded(to: 0) == nil)
    }

    @Test("without colour (NO_COLOR, vt100), bold and reverse stay and a background-only role is reversed")
    func noColour() throws {
        let text = try String(contentsOf: Self.folder.appendingPathComponent("default.toml"), encoding: .utf8)
        let plain = try ThemeLoader.load(text: text, file: "default.toml").adapted(toColours: 0)
        #expect(plain.styles.values.allSatisfy { $0.foreground == .terminalDefault && $0.background == .terminalDefault })
        #expect(plain.style(.selected).reverse)
        #expect(plain.style(.quorumLost).bold && plain.style(.quorumLost).reverse)
        #expect(plain.style(.header).bold)
    }
}

@Suite("Themes carried in the binary")
struct ShippedThemeTests {
    @Test("every theme file in Themes/ is in the binary, word for word, and loads")
    func embedded() throws {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../Themes").standardized
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".toml") }.sorted()
        #expect(ShippedThemes.names == files.map { String($0.dropLast(5)) })
        for file in files {
            let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
            #expect(ShippedThemes.text(String(file.dropLast(5))) == text, "\(file) differs from its embedded copy")
            _ = try ThemeLoader.load(text: text, file: file)
        }
    }
}
