// swift-tools-version:6.0
import PackageDescription

// The release build of the layers a replay runs through checks exclusive access at compile
// time only: the run-time checks (swift_beginAccess on every class property and global
// touched) cost 4% of a replay. Debug builds, which the tests run, keep them.
let releaseSpeed: [SwiftSetting] = [.unsafeFlags(["-enforce-exclusivity=unchecked"], .when(configuration: .release))]

/// ppid: the language, its registers and its REPL for PPID offices.
/// Dependencies run one way: Syntax → Runtime → REPL/CLI; the Model knows no syntax.
let package = Package(
    name: "ppid",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "ppid", targets: ["ppid"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/apple/swift-crypto", from: "4.0.0"),
        // XLSX is a ZIP of XML parts: ZIPFoundation reads and writes the container; the few XML
        // parts of a sheet are read and written by PPIDSheets itself (no FoundationXML, whose
        // libxml2 would not link into the static release binary).
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
        // `export registers to "kantor.sqlite"`: SQLite through GRDB (system libsqlite3).
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CEditLine",
            pkgConfig: "libedit",
            providers: [.apt(["libedit-dev"])]
        ),
        // The messages' two languages: below everything, so every layer speaks both.
        .target(name: "PPIDText"),
        .target(name: "PPIDSyntax", dependencies: ["PPIDText"], swiftSettings: releaseSpeed),
        .target(name: "PPIDModel", dependencies: [
            "PPIDText",
            .product(name: "Crypto", package: "swift-crypto"),
        ], swiftSettings: releaseSpeed),
        // Spreadsheets in and out (CSV, XLSX) as plain rows of text cells: no syntax, no model.
        .target(name: "PPIDSheets", dependencies: [
            .product(name: "ZIPFoundation", package: "ZIPFoundation"),
        ]),
        // SQLite files from plain table descriptions (typed columns, keys): no syntax, no model.
        .target(name: "PPIDDatabase", dependencies: [
            .product(name: "GRDB", package: "GRDB.swift"),
        ]),
        // Render writes tables and documents from plain cells: it knows neither syntax nor the model.
        .target(name: "PPIDRender", dependencies: ["PPIDText"]),
        .target(name: "PPIDRuntime", dependencies: [
            "PPIDText", "PPIDSyntax", "PPIDModel", "PPIDRender", "PPIDSheets", "PPIDDatabase",
        ], swiftSettings: releaseSpeed),
        .target(name: "PPIDREPL", dependencies: ["PPIDText", "PPIDSyntax", "PPIDModel", "PPIDRender", "PPIDRuntime", "CEditLine"]),
        .executableTarget(
            name: "ppid",
            dependencies: [
                "PPIDText", "PPIDSyntax", "PPIDModel", "PPIDRuntime", "PPIDREPL",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            // The release binary is linked fully static: with no shared libraries to load and
            // relocate, `ppid -e` starts in about 2 ms instead of 6.5 (scripts/bench/README.md).
            // libedit's own dependencies must then be named (pkg-config --static --libs libedit).
            linkerSettings: [
                .unsafeFlags(["-static-executable"], .when(platforms: [.linux], configuration: .release)),
                .linkedLibrary("tinfo", .when(platforms: [.linux], configuration: .release)),
                .linkedLibrary("bsd", .when(platforms: [.linux], configuration: .release)),
                .linkedLibrary("md", .when(platforms: [.linux], configuration: .release)),
                // ZIPFoundation and GRDB import Foundation, whose static archives SwiftPM does
                // not name in the autolink list as swiftc does: CoreFoundation and its ICU and
                // collections, then the C++ runtime ICU needs, after them.
                .linkedLibrary("CoreFoundation", .when(platforms: [.linux], configuration: .release)),
                .linkedLibrary("_FoundationICU", .when(platforms: [.linux], configuration: .release)),
                .linkedLibrary("_FoundationCollections", .when(platforms: [.linux], configuration: .release)),
                .linkedLibrary("_FoundationCShims", .when(platforms: [.linux], configuration: .release)),
                .linkedLibrary("stdc++", .when(platforms: [.linux], configuration: .release)),
            ]
        ),
        .testTarget(name: "PPIDTextTests", dependencies: ["PPIDText"]),
        .testTarget(name: "PPIDSyntaxTests", dependencies: ["PPIDText", "PPIDSyntax"]),
        .testTarget(name: "PPIDModelTests", dependencies: ["PPIDModel"]),
        .testTarget(name: "PPIDRenderTests", dependencies: ["PPIDRender"]),
        .testTarget(name: "PPIDSheetsTests", dependencies: [
            "PPIDSheets", .product(name: "ZIPFoundation", package: "ZIPFoundation"),
        ]),
        // The tests read the written files back with GRDB.
        .testTarget(name: "PPIDDatabaseTests", dependencies: ["PPIDDatabase", .product(name: "GRDB", package: "GRDB.swift")]),
        .testTarget(name: "PPIDRuntimeTests", dependencies: ["PPIDText", "PPIDSyntax", "PPIDModel", "PPIDDatabase", "PPIDRuntime"], exclude: ["golden"]),
        .testTarget(name: "PPIDREPLTests", dependencies: ["PPIDText", "PPIDSyntax", "PPIDModel", "PPIDRuntime", "PPIDREPL"]),
        .testTarget(name: "ppidTests", dependencies: ["ppid"]),
    ]
)
