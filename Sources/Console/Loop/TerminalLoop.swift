import Foundation
import MeetingKit
import TerminalUI

/// The loop the console, the projector and the ballot share: follow the record; draw when something
/// changed (a key, the record, the minute, the window, whether the record is followed); sleep until the
/// next key, news from the record or a resize; then act on every key already waiting before drawing again,
/// so a paste or a fast typist costs one frame, not one a key (a flood still gets a frame every 500 keys,
/// to show it is alive).
struct TerminalLoop {
    let terminal: any TerminalDevice
    let source: any MeetingSource
    let clock: () -> Date

    /// `update` brings the model up to the moment (told whether the record changed) and returns the
    /// following status it shows; `frame` draws it at a size; `handle` acts on a key, false to end. The
    /// model is passed to each rather than captured, so it is never copied out of a closure's box.
    func run<Model>(
        _ model: inout Model,
        update: (inout Model, _ recordChanged: Bool, _ now: Date, _ size: (width: Int, height: Int)) -> String?,
        frame: (Model, _ size: (width: Int, height: Int)) -> (grid: Grid, cursor: (x: Int, y: Int)?),
        handle: (Key, inout Model) -> Bool
    ) {
        var gate = RedrawGate()
        var acted = true
        while true {
            let recordChanged = source.follow()
            let now = clock()
            let size = terminal.size
            let status = update(&model, recordChanged, now, size)
            if gate.needsDraw(
                now: now, width: size.width, height: size.height, status: status, changed: acted || recordChanged)
            {
                let drawn = frame(model, size)
                terminal.draw(drawn.grid, cursor: drawn.cursor)
            }
            var key = source.nextKey(from: terminal, now: clock())
            acted = key != nil
            var handled = 0
            while let next = key {
                if next == .resize {
                    terminal.invalidate()
                } else if !handle(next, &model) {
                    return
                }
                handled += 1
                key = handled < 500 ? terminal.readKey(timeout: 0) : nil
            }
        }
    }
}
