/// Problems gathered while reading, each at a field path; lines are added when they are reported.
final class ProblemList {
    private(set) var items: [(field: String?, message: String)] = []
    func add(_ field: String?, _ message: String) { items.append((field, message)) }
    var isEmpty: Bool { items.isEmpty }
}
