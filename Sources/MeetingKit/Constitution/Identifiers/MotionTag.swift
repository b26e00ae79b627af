public enum MotionTag {}

public typealias MotionID = Identifier<MotionTag>
