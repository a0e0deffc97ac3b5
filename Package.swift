// swift-tools-version: 6.3
import PackageDescription

let package = Package(
    name: "pmprb",
    products: [
        .library(name: "PMPRBKit", targets: ["PMPRBKit"]),
        .executable(name: "pmprb", targets: ["pmprb"]),
    ],
    dependencies: [],
    targets: [
        // Library: every rule of the methodology, no I/O beyond what callers hand it.
        // The built-in instruments are generated at build time from worksheets/instrumen/*.csv
        // (decision 0043). `Instruments/instrumen` is a link to that folder, never compiled: it
        // puts the folder in the package's structure, so that a CSV file added or removed there
        // makes SwiftPM run the plugin again and compile the new set of instruments.
        // The Foundation the package links, chosen in one place (decision 0044).
        .target(name: "PMPRBPlatform"),
        // The CRC-32 of ZIP entries folded with the x86-64 carry-less multiply, in C because
        // Swift cannot express that instruction; elsewhere it reports itself unavailable
        // (decision 0051).
        .target(name: "PMPRBCRC32"),

        .target(
            name: "PMPRBKit",
            dependencies: ["PMPRBPlatform", "PMPRBCRC32"],
            exclude: ["Instruments/instrumen"],
            resources: [
                .embedInCode("Messages/pesan.tsv"), .embedInCode("Messages/bantuan.tsv"),
                .embedInCode("Messages/label.tsv"),
            ],
            plugins: ["PMPRBInstrumentPlugin"]),

        // Command-line tool: arguments, streams, files and exit codes only.
        .executableTarget(name: "pmprb", dependencies: ["PMPRBKit", "PMPRBPlatform"]),

        // Fuzzing
        .executableTarget(name: "PMPRBFuzz", dependencies: ["PMPRBKit"]),

        // Generates the built-in instruments from worksheets/instrumen/*.csv, run at build time
        // by the plugin (decision 0043).
        .executableTarget(name: "PMPRBInstrumentGen"),
        .plugin(
            name: "PMPRBInstrumentPlugin", capability: .buildTool(),
            dependencies: ["PMPRBInstrumentGen"], path: "Sources/PMPRBInstrumentPlugin"),

        // Tests
        // Shared by the test targets: each test's temporary folders, removed when it ends.
        .target(name: "PMPRBTestSupport", path: "Tests/PMPRBTestSupport"),
        .testTarget(
            name: "PMPRBKitTests",
            dependencies: ["PMPRBKit", "PMPRBInstrumentGen", "PMPRBTestSupport"],
            exclude: ["Snapshots"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "pmprbTests", dependencies: ["pmprb", "PMPRBKit", "PMPRBTestSupport"],
            exclude: ["Snapshots"]),
        // The library's public API only (no @testable): the main flows, computed by hand.
        .testTarget(name: "PMPRBKitAPITests", dependencies: ["PMPRBKit"]),
    ]
)

// Swift settings for the Swift targets (a C target takes none).
for target in package.targets where target.type != .plugin && target.name != "PMPRBCRC32" {
    target.swiftSettings = (target.swiftSettings ?? []) + [
        .enableUpcomingFeature("ExistentialAny"),
        .enableUpcomingFeature("MemberImportVisibility"),
        .treatAllWarnings(as: .error),
    ]
}
