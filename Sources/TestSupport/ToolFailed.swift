import Foundation

public struct ToolFailed: Error {
    public let tool: String
    public let status: Int32
}
