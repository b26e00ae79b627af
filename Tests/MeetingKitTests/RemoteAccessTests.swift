import Foundation
import Testing
@testable import MeetingKit

@Suite("Who may reach the record from their own terminal, and as what (M1, M4, A2, A3, V1)")
struct RemoteAccessTests {
    private func key(_ n: Int, _ holder: KeyHolder) -> AuthorizedKey {
        AuthorizedKey(fingerprint: "SHA256:key\(n)", algorithm: "ssh-ed25519", publicKey: "AAAA\(n)", comment: "", holder: holder)
    }

    private func votingMeeting() throws -> TestMeeting {
        var meeting = TestMeeting()
        try meeting.open()
        try meeting.arriveRepresentatives(5)
        try meeting.move("M1")
        try meeting.run(.openVote("M1"))
        return meeting
    }

    @Test("a key is added once, names someone the constitution knows, and is removed only if held")
    func keyringRules() throws {
        let constitution = Fixture.elg()
        var keyring = Keyring()
        let payload = try keyring.decideAdd(key(1, .person(Fixture.rep("finance"))), in: constitution)
        keyring.apply(AccessEvent(sequence: 1, time: t(0), payload: payload))
        #expect(keyring.key("SHA256:key1")?.holder == .person(Fixture.rep("finance")))
        #expect(throws: Refusal.self) { try keyring.decideAdd(key(1, .projector), in: constitution) }
        #expect(throws: Refusal.self) { try keyring.decideAdd(key(2, .person("nobody")), in: constitution) }
        #expect(throws: Refusal.self) { try keyring.decideRemove("SHA256:other", note: "") }
        keyring.apply(AccessEvent(sequence: 2, time: t(1), payload: try keyring.decideRemove("SHA256:key1", note: "lost laptop")))
        #expect(keyring.keys.isEmpty)
    }

    @Test("M4: the chair in office gets the chair's console; after a handover the new chair does, and the old one a ballot if they hold a seat")
    func chairFollowsTheRecord() throws {
        var meeting = TestMeeting()
        try meeting.open()
        #expect(try meeting.state.remoteView(for: .person(Fixture.chair)) == .console(.chair))
        #expect(try meeting.state.remoteView(for: .person(Fixture.rep("finance"))) == .ballot(Fixture.rep("finance")))
        try meeting.run(.handOverChair(to: Fixture.rep("finance")))
        #expect(try meeting.state.remoteView(for: .person(Fixture.rep("finance"))) == .console(.chair))
        #expect(throws: Refusal.self) { try meeting.state.remoteView(for: .person(Fixture.chair)) }
    }

    @Test("M1: the clerk's key opens the clerk's console, the projector's the projector, a non-voting member a ballot; a guest nothing")
    func otherHolders() throws {
        var meeting = TestMeeting()
        try meeting.open()
        #expect(try meeting.state.remoteView(for: .clerk(name: "Kim Clerk")) == .console(.clerk))
        #expect(try meeting.state.remoteView(for: .projector) == .projector)
        #expect(try meeting.state.remoteView(for: .person(Fixture.officer)) == .ballot(Fixture.officer))
        #expect(throws: Refusal.self) { try meeting.state.remoteView(for: .person("a-guest")) }
    }

    @Test("A2: a present representative may vote for their seat; what they cast shows on their ballot")
    func representativeMayVote() throws {
        var meeting = try votingMeeting()
        let rep = Fixture.rep("early-years")
        #expect(meeting.state.ballotStanding(of: rep) == .mayVote(motion: "M1", seat: "early-years", capacity: .representative, cast: nil))
        let actor = Actor(person: rep, key: "SHA256:key1")
        let events = try meeting.log.perform(.castVote("M1", seat: "early-years", choice: .against, by: rep), by: .member, as: actor, at: t(50))
        #expect(events.map(\.by) == [actor])
        #expect(events.map(\.author) == [.member])
        #expect(meeting.state.ballotStanding(of: rep) == .mayVote(motion: "M1", seat: "early-years", capacity: .representative, cast: .against))
        #expect(meeting.state.motions["M1"]?.castFromOwnTerminal("early-years") == true)
    }

    @Test("A2: a proxy whose representative is present sees why they cannot vote; once the representative leaves, they may")
    func proxyStanding() throws {
        var meeting = try votingMeeting()
        let proxy = Fixture.proxy("early-years")
        try meeting.arrive(proxy)
        guard case .mayNotVote(_, let reason) = meeting.state.ballotStanding(of: proxy) else { Issue.record("the proxy may not vote"); return }
        #expect(reason.contains("already represented by its representative") && reason.contains("A2"))
        try meeting.depart(Fixture.rep("early-years"))
        #expect(meeting.state.ballotStanding(of: proxy) == .mayVote(motion: "M1", seat: "early-years", capacity: .proxy, cast: nil))
    }

    @Test("M1: a non-voting member's ballot says they do not vote; with no vote open it says so")
    func nonVotingAndNoVote() throws {
        var meeting = TestMeeting()
        try meeting.open()
        #expect(meeting.state.ballotStanding(of: Fixture.officer) == .noVoteOpen)
        meeting = try votingMeeting()
        guard case .mayNotVote(_, let reason) = meeting.state.ballotStanding(of: Fixture.officer) else { Issue.record("expected mayNotVote"); return }
        #expect(reason.contains("M1"))
    }

    @Test("V1: a member's terminal casts only its own member's vote, and nothing else, whatever the command says")
    func memberCastsOnlyOwnVote() throws {
        var meeting = try votingMeeting()
        let rep = Fixture.rep("early-years")
        let actor = Actor(person: rep, key: "SHA256:key1")
        func refusal(_ command: Command, _ actor: Actor?) -> String? {
            do { try meeting.log.perform(command, by: .member, as: actor, at: t(60)); return nil } catch { return error.reason }
        }
        #expect(refusal(.closeVote("M1"), actor)?.contains("not a member's action") == true)
        #expect(refusal(.note(MinuteText(item: nil, text: "x")), actor)?.contains("not a member's action") == true)
        #expect(refusal(.castVote("M1", seat: "primary-schools", choice: .inFavour, by: Fixture.rep("primary-schools")), actor)?.contains("only their own vote") == true)
        #expect(refusal(.castVote("M1", seat: "early-years", choice: .inFavour), actor)?.contains("only their own vote") == true)
        #expect(refusal(.castVote("M1", seat: "early-years", choice: .inFavour, by: rep), nil) == "A member's vote needs to know whose it is.")
        #expect(refusal(.castVote("M1", seat: "primary-schools", choice: .inFavour, by: rep), actor)?.contains("A3") == true)
        #expect(meeting.state.tally(of: "M1")?.notVoted == 5)
    }

    @Test("the chair signs a closed meeting's head with their own key, and only that head")
    func signingRules() throws {
        var meeting = TestMeeting()
        try meeting.open()
        var keyring = Keyring()
        keyring.apply(AccessEvent(sequence: 1, time: t(0), payload: .keyAdded(key(1, .person(Fixture.chair)))))
        keyring.apply(AccessEvent(sequence: 2, time: t(0), payload: .keyAdded(key(2, .person(Fixture.rep("finance"))))))
        let head = (eventCount: meeting.log.events.count, hash: "h")
        let signature = MinutesSignature(meeting: 1, eventCount: head.eventCount, head: "h", fingerprint: "SHA256:key1", signature: "")
        #expect(throws: Refusal.self) { try keyring.decideSign(signature, meeting: meeting.state, head: head) }
        try meeting.run(.closeMeeting)
        let closed = (eventCount: meeting.log.events.count, hash: "h2")
        var good = signature
        good.eventCount = closed.eventCount
        good.head = "h2"
        #expect(try keyring.decideSign(good, meeting: meeting.state, head: closed) == .minutesSigned(good))
        var byMember = good
        byMember.fingerprint = "SHA256:key2"
        #expect(throws: Refusal.self) { try keyring.decideSign(byMember, meeting: meeting.state, head: closed) }
        #expect(throws: Refusal.self) { try keyring.decideSign(signature, meeting: meeting.state, head: closed) }
        #expect(MinutesSignature.message(meeting: 1, eventCount: 3, head: "h") == "gavel minutes\nmeeting 1\nevents 3\nhead h\n")
    }
}
