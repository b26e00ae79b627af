extension Constitution {
    /// V4: how every screen heads a motion: "INDICATIVE VOTE · Motion M1" where the body's votes are
    /// indicative, so no screen presents one as binding.
    public func motionHeading(_ id: MotionID) -> String {
        (votesAreIndicative ? "INDICATIVE VOTE · " : "") + "Motion \(id)"
    }

    /// How every screen and draft names meeting `number` of this body: "ELG meeting 3".
    public func meetingName(_ number: Int) -> String { "\(body.rawValue) meeting \(number)" }
}
