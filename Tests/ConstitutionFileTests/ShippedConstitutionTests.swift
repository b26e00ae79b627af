@testable import ConstitutionFile
import MeetingKit
import Testing

@Suite("Shipped constitutions (B1, B2, P1, M2, M3, E1, E2)")
struct ShippedConstitutionTests {
    @Test("B1: every shipped constitution loads, and each is of one body", arguments: ShippedConstitution.allCases)
    func loads(shipped: ShippedConstitution) throws {
        let constitution = try ConstitutionLoader.load(text: shipped.text, file: shipped.rawValue)
        #expect(Body.allCases.contains(constitution.body))
    }

    @Test("B1: every file in Shipped/ is a shipped constitution and every shipped constitution has its file")
    func filesAndCases() {
        #expect(Set(EmbeddedConstitutions.files.keys) == Set(ShippedConstitution.allCases.map(\.rawValue)))
        #expect(ShippedConstitution.allCases.allSatisfy { $0.text.hasSuffix("\n") && $0.text.contains("body = ") })
    }

    @Test("B2: the HNB constitutions belong to Work Project 1, May 2019 to September 2020")
    func project() {
        for shipped in [ShippedConstitution.hnbELG, .hnbEOG] {
            let project = shipped.constitution.project
            #expect(project.name.contains("High Needs Block"))
            #expect(project.start == CalendarDay("2019-05-01"))
            #expect(project.end == CalendarDay("2020-09-30"))
        }
    }

    @Test("P1: the framework ELG has Figure 1's twelve seats, roles filled and names left for the clerk")
    func figureOne() {
        let c = ShippedConstitution.frameworkELG.constitution
        #expect(c.seats.count == 12)
        #expect(c.seats.filter { $0.partner == "London Borough of Sutton" }.count == 2)
        #expect(c.seats.map(\.partner).contains("Finance Representative"))
        #expect(c.seats.allSatisfy { !$0.role.isEmpty })
        #expect(c.people.values.allSatisfy { !$0.isNamed })
        #expect(c.quorum(present: []).seatsNeeded == 7)
    }

    @Test("M3, M2: the HNB ELG follows Work Project 1: nine voting seats, the officers non-voting")
    func hnbNineSeats() {
        let c = ShippedConstitution.hnbELG.constitution
        #expect(ShippedConstitution.default == .hnbELG)
        #expect(c.seats.count == 9)
        #expect(c.seats.first?.partner == "Early Years' Settings")
        #expect(c.seats.last?.partner == "Finance Representative")
        #expect(Set(c.members.map(\.role)) == [
            "Consultant Sutton Education Partnership Head Teacher", "Director of People Services",
            "AD Education and SEND", "Cognus Managing Director",
        ])
        #expect(c.members.allSatisfy { c.seats(heldBy: $0.person).isEmpty })
        #expect(c.votesAreIndicative)
    }

    @Test("M2, M1: a non-voting officer of the HNB ELG holds no seat and so no vote")
    func officersHoldNoVote() {
        let c = ShippedConstitution.hnbELG.constitution
        let everyone = Set(c.people.keys)
        let holders = c.voteHolders(present: everyone)
        for member in c.members {
            #expect(!holders.values.contains { $0.holder == member.person })
        }
    }

    @Test("E1, Q1: the HNB EOG has three core members, all needed for quorum")
    func eogCore() {
        let c = ShippedConstitution.hnbEOG.constitution
        #expect(c.corePeople.count == 3)
        #expect(c.quorum == .allCoreMembers)
        let twoOfThree = Set(c.corePeople.prefix(2))
        #expect(!c.quorum(present: twoOfThree).isQuorate)
        #expect(c.quorum(present: Set(c.corePeople)).isQuorate)
    }

    @Test("E2: the Strategic Director (Director of People Services seat) chairs the EOG at first")
    func eogChair() {
        let c = ShippedConstitution.hnbEOG.constitution
        let seat = c.seats.first { c.holders[$0.id]?.representative == c.chair }
        #expect(seat?.role == "Director of People Services")
    }

    @Test("Q2, V2, M4: the local choices are settings of the constitution, with the documented defaults")
    func defaults() {
        let c = ShippedConstitution.hnbELG.constitution
        #expect(c.quorum == .majorityOfSeats)
        #expect(c.decisionRule == .simpleMajority)
        #expect(!c.chairHasCastingVote)
        #expect(c.allowQuorumOverride)
    }
}
