import TerminalUI

extension ConsoleView {
    /// The frame's rows from the top: status bar, rules line, the screen, the message, the footer. The
    /// footer takes the lines it needs rather than drop a key, and a long message (a refusal, say) wraps onto
    /// more lines rather than lose its end (#24); the screen gives them up. Drawing and layout share it.
    struct Frame {
        var keys: [(key: String, label: String)]
        var wrappedMessage: [String]
        var parts: [Rect]

        init(_ model: ConsoleModel, width: Int, height: Int, ascii: Bool) {
            keys = ConsoleKeys.footer(for: model, ascii: ascii)
            let footerLines = min(4, Footer.lines(for: keys, width: width))
            wrappedMessage =
                model.message.map { TextFit.wrap($0.text, to: width - 2, maxLines: maximumMessageLines) } ?? []
            let messageLines = model.mode != .command ? max(1, wrappedMessage.count) : 1
            parts = Rect(x: 0, y: 0, width: width, height: height).split(
                .vertical, [.length(1), .length(1), .fill(1), .length(messageLines), .length(footerLines)])
        }

        /// Where the screen is drawn.
        var screen: Rect { parts[2] }
    }
}
