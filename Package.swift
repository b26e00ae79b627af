// swift-tools-version:6.2
import PackageDescription

// Our own targets build with every warning as an error; dependencies are left alone.
let strict: [SwiftSetting] = [.treatAllWarnings(as: .error)]

let package = Package(
    name: "Gavel",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "gavel", targets: ["gavel"]),
        .library(name: "MeetingKit", targets: ["MeetingKit"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/LebJe/TOMLKit", from: "0.6.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.0.0"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.0.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.5.0"),
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.0"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.19"),
    ],
    targets: [
        // The partnership's rules: pure Swift, Foundation only, no I/O.
        .target(name: "MeetingKit", swiftSettings: strict),
        // Which line of a TOML text each key sits on, for errors that name file, line and key.
        .target(name: "TOMLLines", dependencies: ["TOMLKit"], swiftSettings: strict),
        // Constitution files (TOML) to MeetingKit values, with file/line/field errors; the shipped defaults.
        // The shipped constitutions are data files in its Shipped/, packed into it as the themes are.
        .target(
            name: "ConstitutionFile", dependencies: ["MeetingKit", "TOMLKit", "TOMLLines"], exclude: ["Shipped"],
            swiftSettings: strict, plugins: ["EmbedDataFiles"]),
        // OpenSSH public keys (fingerprints) and detached signatures (SSHSIG), read with swift-crypto (RSA with
        // its _CryptoExtras, the only maintained RSA verification in Swift).
        .target(name: "SSHKeys", dependencies: [.product(name: "Crypto", package: "swift-crypto"), .product(name: "_CryptoExtras", package: "swift-crypto")], swiftSettings: strict),
        // The durable journal: SQLite through GRDB, hash-chained events, series, cross-process notice.
        .target(
            name: "MeetingStore",
            dependencies: [
                "MeetingKit", "SSHKeys",
                .product(name: "GRDB", package: "GRDB.swift"),
                // SQLite's own API, for verify's pass over every stored event's bytes.
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
                .product(name: "Crypto", package: "swift-crypto"),
            ],
            swiftSettings: strict),
        // Terminal-free drawing: cells, grid, width, escaping, layout, widgets, keymap, themes.
        // The one classification of characters no output may carry raw; every writer asks it.
        .target(name: "TextHazards", swiftSettings: strict),
        .target(name: "TerminalUI", dependencies: ["TOMLKit", "TOMLLines", "TextHazards"], swiftSettings: strict, plugins: ["EmbedDataFiles"]),
        // Build tool: shipped data files (the themes in Themes/, the constitutions) packed into their targets,
        // so the binary carries them.
        .executableTarget(name: "data-embedder", swiftSettings: strict),
        .plugin(name: "EmbedDataFiles", capability: .buildTool(), dependencies: ["data-embedder"]),
        // ncurses with the wide-character API; exactly one module (NcursesBackend) imports it.
        .systemLibrary(name: "CNcurses", path: "Sources/CNcurses", providers: [.apt(["libncursesw5-dev"])]),
        .target(name: "NcursesBackend", dependencies: ["CNcurses", "TerminalUI"], swiftSettings: strict),
        // The console: its model, keymap and screens, each a function of state into a grid.
        .target(name: "Console", dependencies: ["MeetingKit", "TerminalUI", "CommandLanguage", "MinutesFormats"], swiftSettings: strict),
        // The console's loops over the durable record: the live meeting, followed across processes.
        .target(name: "ConsoleLive", dependencies: ["Console", "TerminalUI", "MeetingStore", .product(name: "Logging", package: "swift-log")], swiftSettings: strict),
        // The minutes rendered for circulation, and the privacy check before a public export (N1–N5).
        .target(name: "MinutesFormats", dependencies: ["MeetingKit", "TextHazards", .product(name: "ZIPFoundation", package: "ZIPFoundation")], swiftSettings: strict),
        // The typed command language: the console's `:` line, `gavel do` and meeting scripts.
        .target(name: "CommandLanguage", dependencies: ["MeetingKit"], swiftSettings: strict),
        .executableTarget(
            name: "gavel",
            dependencies: [
                "MeetingKit", "ConstitutionFile", "MeetingStore", "CommandLanguage", "Console", "ConsoleLive", "TerminalUI", "NcursesBackend", "MinutesFormats", "TextHazards", "SSHKeys", "TOMLKit", "TOMLLines", "AuditLog",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: strict),
        // gavel.log: one whole line per event, from any number of processes at once.
        .target(name: "AuditLog", dependencies: ["TerminalUI", .product(name: "Logging", package: "swift-log")], swiftSettings: strict),
        .executableTarget(name: "gavel-bench", dependencies: ["MeetingKit", "ConstitutionFile", "MeetingStore", "Console", "ConsoleLive", "TerminalUI", "NcursesBackend", "MinutesFormats"], swiftSettings: strict),
        // Test support: a child process that writes to a record and reports each acknowledged commit, so
        // tests can kill it with SIGKILL mid-write or race two of them.
        .executableTarget(name: "journal-writer", dependencies: ["MeetingKit", "ConstitutionFile", "MeetingStore"], swiftSettings: strict),
        // Test support: writes log lines through AuditLog, so a test can run fifty at once.
        .executableTarget(name: "log-writer", dependencies: ["AuditLog", .product(name: "Logging", package: "swift-log")], swiftSettings: strict),
        .testTarget(name: "AuditLogTests", dependencies: ["AuditLog", "log-writer", .product(name: "Logging", package: "swift-log")], swiftSettings: strict),
        .testTarget(
            name: "MeetingKitTests",
            dependencies: ["MeetingKit", "TestSupport", .product(name: "PropertyBased", package: "swift-property-based")],
            swiftSettings: strict),
        .testTarget(name: "ConstitutionFileTests", dependencies: ["ConstitutionFile", "MeetingKit", "TerminalUI", "TestSupport"], swiftSettings: strict),
        .testTarget(name: "MinutesFormatsTests", dependencies: ["MinutesFormats", "MeetingKit", "ConstitutionFile", "CommandLanguage", "TextHazards", "TerminalUI", "TestSupport"], exclude: ["__Golden__"], swiftSettings: strict),
        .testTarget(name: "ConsoleTests", dependencies: ["Console", "ConsoleDoubles", "MeetingKit", "TerminalUI", "ConstitutionFile", "GridSnapshots", "TestSupport", "CommandLanguage"], exclude: ["__Snapshots__"], swiftSettings: strict),
        // Test support: grid snapshots compared with reviewed text files; seeded randomness and fuzz budgets.
        .target(name: "GridSnapshots", dependencies: ["TerminalUI"], path: "Sources/GridSnapshots", swiftSettings: strict),
        .target(name: "TestSupport", swiftSettings: strict),
        // Test doubles of the console's two outside worlds, the terminal and the record: for tests only.
        .target(name: "ConsoleDoubles", dependencies: ["Console", "TerminalUI", "MeetingKit"], swiftSettings: strict),
        // Drives the real binary in tmux (.ci/run installs tmux).
        .testTarget(name: "EndToEndTests", dependencies: ["gavel", "MeetingKit", "MeetingStore", "TerminalUI", "TextHazards", "GridSnapshots", "TestSupport", "SSHKeys"], exclude: ["__Snapshots__"], swiftSettings: strict),
        .testTarget(name: "SSHKeysTests", dependencies: ["SSHKeys", "TestSupport"], swiftSettings: strict),
        .testTarget(name: "NcursesBackendTests", dependencies: ["NcursesBackend", "TerminalUI", "TestSupport"], swiftSettings: strict),
        .testTarget(name: "TerminalUITests", dependencies: ["TerminalUI", "GridSnapshots"], exclude: ["__Snapshots__"], swiftSettings: strict),
        .testTarget(name: "CommandLanguageTests", dependencies: ["CommandLanguage", "MeetingKit", "ConstitutionFile", "TestSupport"], swiftSettings: strict),
        .testTarget(
            name: "MeetingStoreTests",
            dependencies: [
                "MeetingStore", "MeetingKit", "ConstitutionFile", "journal-writer", "MinutesFormats", "SSHKeys", "TestSupport",
                .product(name: "GRDB", package: "GRDB.swift"),
            ],
            exclude: ["Fixtures"],
            swiftSettings: strict),
    ],
    swiftLanguageModes: [.v6]
)
