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

    /// `frame` draws the model at a size; `handle` acts on a key, false to end. The model is passed to each
    /// rather than captured, so it is never copied out of a closure's box.
    func run<Model: LoopModel>(
        _ model: inout Model,
        frame: (Model, _ size: (width: Int, height: Int)) -> (grid: Grid, cursor: (x: Int, y: Int)?),
        handle: (Key, inout Model) -> Bool
    ) {
        var gate = RedrawGate()
        var acted = true
        while true {
            let recordChanged = source.follow()
            let now = clock()
            let size = terminal.size
            Self.bringUpToDate(&model, from: source, recordChanged: recordChanged, now: now, size: size)
            if gate.needsDraw(
                now: now, width: size.width, height: size.height, status: model.notFollowing,
                changed: acted || recordChanged)
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
                } else {
                    // The size now, not at the last frame: a key pressed just after the window shrank must see it.
                    model.take(.resized(width: terminal.size.width, height: terminal.size.height))
                    guard handle(next, &model) else { return }
                }
                handled += 1
                key = handled < 500 ? terminal.readKey(timeout: 0) : nil
            }
        }
    }

    /// Tells the model the time, the record's news (another terminal's change, or another meeting), the
    /// window's size when known, and whether the record is followed: at every turn of the loop.
    static func bringUpToDate<Model: LoopModel>(
        _ model: inout Model, from source: any MeetingSource, recordChanged: Bool, now: Date,
        size: (width: Int, height: Int)?
    ) {
        model.take(.tick(now))
        if recordChanged || source.number != model.meetingNumber {
            model.take(.recordChanged(source.recordView(lookingForNewest: Model.goesToNewestMeeting)))
        }
        if let size { model.take(.resized(width: size.width, height: size.height)) }
        model.take(.following(lostSince: source.notFollowingSince))
    }
}
