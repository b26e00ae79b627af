import CommandLanguage
import Foundation
import MeetingKit
import Testing

/// #27: the console's drafts are written from the catalog the parser reads, so a draft finished by the user
/// parses as the language would parse it typed in full.
@Suite("Command lines drafted from the catalog")
struct CommandTemplateTests {
    @Test("#27: words, quoted text, key= options and the cursor at the first field left for the user")
    func layout() throws {
        let action = try #require(CommandTemplate("action", [("what", .blank), ("who", .blank), ("due", .blank)]))
        #expect(action.text == "action \"\" who=\"\" due=")
        #expect(action.cursor == "action \"".count)
        let rename = try #require(CommandTemplate("item rename", [("item", .given("2")), ("title", .begun("Budget"))]))
        #expect(rename.text == "item rename 2 \"Budget\"")
        #expect(rename.cursor == "item rename 2 \"Budget".count, "at the end of the begun title, inside its quotes")
        let rerate = try #require(CommandTemplate("risk rate", [("risk", .given("R1.1")), ("rating", .blank), ("note", .blank)]))
        #expect(rerate.text == "risk rate R1.1  \"\"", "a rating is a bare word: nothing drafted, the cursor there")
        #expect(rerate.cursor == "risk rate R1.1 ".count)
    }

    @Test("#27, A1: a person given from the roll is its id; one the user types is a name, in quotes")
    func people() throws {
        #expect(CommandTemplate("apologies", [("person", .given("finance-proxy")), ("note", .blank)])?.text
            == "apologies finance-proxy \"\"")
        #expect(CommandTemplate("declare", [("person", .blank), ("interest", .blank)])?.text == "declare \"\" \"\"")
    }

    @Test("#27: text from the record keeps its quotes and backslashes, and parses back as it was")
    func escaping() throws {
        let title = #"The "Hub" at S:\ELG"#
        let template = try #require(CommandTemplate("note", [("text", .begun(title))]))
        #expect(try CommandParser.parse(template.text, context: context()) == .note(MinuteText(item: nil, text: title)))
    }

    @Test("#27: a command or field the catalog does not have drafts nothing")
    func unknown() {
        #expect(CommandTemplate("adjourn") == nil)
        #expect(CommandTemplate("note", [("txt", .blank)]) == nil)
        #expect(CommandTemplate("action", [("owner", .blank)]) == nil, "the action's owner is who=")
    }
}
