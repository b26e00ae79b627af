import CommandLanguage
import ConstitutionFile
import Foundation
import MeetingKit
import MinutesFormats
import Testing

@Suite("Minutes as one printable HTML page (N1–N5)")
struct HTMLMinutesTests {
    @Test("N1–N5, N4, #25: the example meeting's minutes, public and private, match the reviewed pages; the private one is marked on every printed A4 page in its own space, and no command is split")
    func golden() throws {
        let state = try exampleMeeting()
        let utc = TimeZone(identifier: "UTC")!
        let publicPage = HTMLMinutes.render(MinutesDocument(state: state), head: "meeting 1, 71 events, head 3f2a", timeZone: utc)
        expectGolden(publicPage, "elg-october-2019.html")
        #expect(!publicPage.contains("named child") && !publicPage.contains("confidential-page\">"))
        let privatePage = HTMLMinutes.render(MinutesDocument(state: state, includeConfidential: true), head: "meeting 1", timeZone: utc)
        expectGolden(privatePage, "elg-october-2019-private.html")
        #expect(privatePage.contains("<div class=\"confidential-page\">CONFIDENTIAL: the private record (N4)</div>"))
        #expect(!privatePage.contains("position: fixed"), "#25: a fixed banner would be drawn over page 2's first lines")
        // #25 N4: the banner is the header row of a table framing the page, which prints repeated on every page
        // in its own space; all of the minutes are inside that frame.
        let frame = try #require(privatePage.range(of: "<table class=\"print-frame\">\n<thead><tr><td><div class=\"confidential-page\">"))
        let main = try #require(privatePage.range(of: "<tbody><tr><td>\n<main>"))
        #expect(frame.upperBound < main.lowerBound && privatePage.contains("</main>\n</td></tr></tbody>\n</table>"))
        for page in [publicPage, privatePage] {
            #expect(!page.contains("<script") && !page.contains("<link") && !page.contains("src="), "not self-contained")
            #expect(page.contains("@media print"))
            // #25: A4, the UK default; a command never wrapped at its "--"; a paragraph never split across pages.
            #expect(page.contains("@page { size: A4;"))
            #expect(page.contains("code { white-space: nowrap; }") && page.contains("tr, li, p { break-inside: avoid; }"))
            #expect(page.contains("<code>gavel verify --head HASH</code>"))
        }
    }

    @Test("text from the record cannot add markup, scripts, attributes, terminal escapes or reversed text")
    func injection() throws {
        var log = MeetingLog(constitution: ShippedConstitution.hnbELG.constitution)
        let at = Date(timeIntervalSince1970: 1_569_938_400)
        let hostile = "</li><script>alert(1)</script><img src=x onerror=\"y\"> 'q' & \u{1B}[31m \u{202E}desrever"
        try log.perform(.openMeeting(MeetingDetails(title: hostile, date: CalendarDay("2019-10-01")!, place: hostile, clerk: "")), by: .chair, at: at)
        try log.perform(.recordAction(ActionItem(id: "A1.1", item: nil, what: hostile, who: hostile, due: CalendarDay("2019-11-01"))), by: .clerk, at: at)
        let page = HTMLMinutes.render(MinutesDocument(state: log.state), head: "h")
        #expect(!page.contains("<script>") && !page.contains("<img") && !page.contains("</li><"))
        #expect(!page.contains("\u{1B}") && !page.contains("\u{202E}"))
        #expect(page.contains("&lt;/li&gt;&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=&quot;y&quot;&gt; &#39;q&#39; &amp; &lt;U+001B&gt;[31m &lt;U+202E&gt;desrever"))
    }
}
