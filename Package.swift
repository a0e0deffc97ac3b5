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
        .target(name: "PMPRBKit", resources: [.embedInCode("Messages/pesan.tsv")]),

        // Command-line tool: arguments, streams, files and exit codes only.
        .executableTarget(name: "pmprb", dependencies: ["PMPRBKit"]),

        // Fuzzing
        .executableTarget(name: "PMPRBFuzz", dependencies: ["PMPRBKit"]),

        // Generates the built-in instruments from worksheets/instrumen/*.csv.
        .executableTarget(name: "PMPRBInstrumentGen"),

        // Tests
        .testTarget(
            name: "PMPRBKitTests",
            dependencies: ["PMPRBKit", "PMPRBInstrumentGen"],
            exclude: ["Snapshots"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(name: "pmprbTests", dependencies: ["pmprb", "PMPRBKit"], exclude: ["Snapshots"]),
        // The library's public API only (no @testable): the main flows, computed by hand.
        .testTarget(name: "PMPRBKitAPITests", dependencies: ["PMPRBKit"]),
    ]
)

for target in package.targets {
    target.swiftSettings = (target.swiftSettings ?? []) + [
        .enableUpcomingFeature("ExistentialAny"),
        .enableUpcomingFeature("MemberImportVisibility"),
        .treatAllWarnings(as: .error),
    ]
}
