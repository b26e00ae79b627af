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
    ],
    targets: [
        // The partnership's rules: pure Swift, Foundation only, no I/O.
        .target(name: "MeetingKit", swiftSettings: strict),
        // Constitution files (TOML) to MeetingKit values, with file/line/field errors; the shipped defaults.
        .target(name: "ConstitutionFile", dependencies: ["MeetingKit", "TOMLKit"], swiftSettings: strict),
        .executableTarget(
            name: "gavel",
            dependencies: [
                "MeetingKit", "ConstitutionFile",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: strict),
        .executableTarget(name: "gavel-bench", dependencies: ["MeetingKit", "ConstitutionFile"], swiftSettings: strict),
        .testTarget(name: "MeetingKitTests", dependencies: ["MeetingKit"], swiftSettings: strict),
        .testTarget(name: "ConstitutionFileTests", dependencies: ["ConstitutionFile", "MeetingKit"], swiftSettings: strict),
    ],
    swiftLanguageModes: [.v6]
)
