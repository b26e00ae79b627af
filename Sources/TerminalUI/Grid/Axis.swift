public enum Axis: Sendable { case horizontal, vertical }
