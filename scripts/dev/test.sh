#!/usr/bin/env bash
# Runs every test: the Swift test suites (golden files, unit tests, the binary), then the
# prompt driven in tmux as a person would. Used by the README and by .ci/run.
set -euo pipefail
cd "$(dirname "$0")/../.."
swift build
# XCTest reports "Executed 0 tests" (there are none); Swift Testing's summary follows it.
swift test
bash Tests/tmux/run.sh .build/debug/ppid
