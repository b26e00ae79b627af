public enum ActionTag {}

public typealias ActionID = Identifier<ActionTag>
