// swift-tools-version:6.1
import PackageDescription

// The house in seven rooms (see DESIGN.md). Arrows point down only:
//
//   gongji (executable: argument parsing only)
//     └── GongjiApp (wiring: performs effects, terminal session, headless replay)
//           ├── KioskTerminal (ncursesw only) ── CNcursesw
//           ├── KioskUI       (pure: state, update, view, screens, key scripts)
//           ├── KioskStore    (GRDB/SQLite only)
//           ├── KioskFrame    (pure: the Frame grid and the display-width function)
//           └── FamilyAid     (pure domain: identifiers, policy, rules, money)
let package = Package(
    name: "gongji",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "gongji", targets: ["gongji"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
        .package(url: "https://github.com/yaslab/CSV.swift", from: "2.5.2"),
    ],
    targets: [
        .target(
            name: "FamilyAid",
            dependencies: [.product(name: "Yams", package: "Yams")]
        ),
        .target(name: "KioskFrame"),
        .systemLibrary(name: "CNcursesw"),
        .target(
            name: "KioskTerminal",
            dependencies: ["CNcursesw", "KioskFrame"]
        ),
        .target(
            name: "KioskUI",
            dependencies: ["FamilyAid", "KioskFrame", .product(name: "Yams", package: "Yams")]
        ),
        .target(
            name: "KioskStore",
            dependencies: [
                "FamilyAid",
                .product(name: "GRDB", package: "GRDB.swift"),
                // SQLite's C interface, for seeding's bulk inserts (see SeedRowStatement).
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "_CryptoExtras", package: "swift-crypto"),
            ]
        ),
        .target(
            name: "GongjiApp",
            dependencies: [
                "FamilyAid", "KioskFrame", "KioskTerminal", "KioskUI", "KioskStore",
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
                .product(name: "CSV", package: "CSV.swift"),
            ]
        ),
        .executableTarget(
            name: "gongji",
            dependencies: [
                "GongjiApp",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // What several test targets share: a seeded generator for property tests.
        .target(name: "TestSupport", dependencies: ["FamilyAid"], path: "Tests/TestSupport"),
        .testTarget(name: "FamilyAidTests", dependencies: ["FamilyAid", "TestSupport"]),
        .testTarget(name: "KioskFrameTests", dependencies: ["KioskFrame", "TestSupport"]),
        // Goldens and key scripts are read by path, beside the tests that own them.
        .testTarget(name: "KioskUITests", dependencies: ["KioskUI", "FamilyAid", "KioskFrame", "TestSupport"], exclude: ["Goldens"]),
        .testTarget(
            name: "KioskStoreTests",
            dependencies: [
                "KioskStore", "FamilyAid",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),
        .testTarget(
            name: "GongjiAppTests",
            dependencies: [
                "GongjiApp", "KioskUI", "KioskStore", "KioskFrame", .product(name: "ZIPFoundation", package: "ZIPFoundation"),
                // The hostile-input catalogue reads every table to show a store was left unchanged, and the
                // store-trouble tests make a store full or read-only under the effect performer.
                .product(name: "GRDB", package: "GRDB.swift"),
            ],
            exclude: ["Scripts", "Goldens"]
        ),
        .testTarget(name: "EndToEndTests"),
    ],
    swiftLanguageModes: [.v6]
)
