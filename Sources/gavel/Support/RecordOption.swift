import ArgumentParser
import Foundation
import MeetingStore

/// Where a command finds its record: `--db`, else the default series' file in the user's data folder.
struct RecordOption: ParsableArguments {
    @Option(
        name: .customLong("db"),
        help:
            """
            The record (one file per meeting series). Default: the HNB ELG record in $XDG_DATA_HOME/gavel or \
            ~/.local/share/gavel.
            """
    )
    var path: String?

    var resolved: String { path ?? RecordLocation.defaultRecord(series: "hnb-elg") }
}
