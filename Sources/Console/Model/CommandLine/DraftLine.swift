/// A draft command line, and where its cursor starts (in characters).
struct DraftLine: Equatable {
    var text: String
    var cursor: Int

    init(_ text: String, cursor: Int? = nil) {
        self.text = text
        self.cursor = cursor ?? text.count
    }
}
