/// What a key does on the projector: it only chooses what the room is shown.
public enum ProjectorAction: Hashable, Sendable { case quit, cycleVoteDisplay, toggleAttendance, toggleHelp, closeHelp }
