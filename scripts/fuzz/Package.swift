// swift-tools-version:6.0
import PackageDescription

/// The libFuzzer target over "parse, resolve and run" of the ppid language.
///
/// A separate package because a fuzz target is an executable without its own `main`: it
/// must not be part of the main package's normal build. The library modules are the main
/// package's own sources, reached through the relative symlinks in `Sources/`.
/// Build and run with `scripts/fuzz/run.sh [SECONDS]` (it holds the one build
/// command libFuzzer works with on this toolchain).
let package = Package(
    name: "ppid-fuzz",
    platforms: [.macOS(.v15)],
    dependencies: [
        .package(url: "https://github.com/apple/swift-crypto", from: "4.0.0"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
    ],
    targets: [
        // The same targets and dependencies as the main package's Package.swift (kept in step
        // by FuzzPackageTests).
        .target(name: "PPIDText", path: "Sources/PPIDText"),
        .target(name: "PPIDSyntax", dependencies: ["PPIDText"], path: "Sources/PPIDSyntax"),
        .target(name: "PPIDModel", dependencies: [
            "PPIDText",
            .product(name: "Crypto", package: "swift-crypto"),
        ], path: "Sources/PPIDModel"),
        .target(name: "PPIDSheets", dependencies: [
            .product(name: "ZIPFoundation", package: "ZIPFoundation"),
        ], path: "Sources/PPIDSheets"),
        .target(name: "PPIDDatabase", dependencies: [
            .product(name: "GRDB", package: "GRDB.swift"),
        ], path: "Sources/PPIDDatabase"),
        .target(name: "PPIDRender", dependencies: ["PPIDText"], path: "Sources/PPIDRender"),
        .target(name: "PPIDRuntime", dependencies: [
            "PPIDText", "PPIDSyntax", "PPIDModel", "PPIDRender", "PPIDSheets", "PPIDDatabase",
        ], path: "Sources/PPIDRuntime"),
        .executableTarget(name: "PPIDFuzz", dependencies: ["PPIDText", "PPIDSyntax", "PPIDModel", "PPIDRuntime"], path: "Sources/PPIDFuzz"),
    ]
)
