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
    ],
    targets: [
        .target(name: "PPIDSyntax", path: "Sources/PPIDSyntax"),
        .target(name: "PPIDModel", dependencies: [
            .product(name: "Crypto", package: "swift-crypto"),
        ], path: "Sources/PPIDModel"),
        .target(name: "PPIDRender", dependencies: ["PPIDModel"], path: "Sources/PPIDRender"),
        .target(name: "PPIDRuntime", dependencies: ["PPIDSyntax", "PPIDModel", "PPIDRender"], path: "Sources/PPIDRuntime"),
        .executableTarget(name: "PPIDFuzz", dependencies: ["PPIDSyntax", "PPIDModel", "PPIDRuntime"], path: "Sources/PPIDFuzz"),
    ]
)
