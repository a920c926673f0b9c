#!/usr/bin/env bash
# Runs every test: the Swift test suites (golden files, unit tests, the binary), then the
# prompt driven in tmux as a person would. Used by the README and by .ci/run.
set -euo pipefail
cd "$(dirname "$0")/../.."
swift build
swift test 2>&1 | tee /tmp/ppid-swift-test.log | grep -E "✘|↳ .*(Expectation|Issue|expected)|error:|Test run|Executed|passed after|failed after" | grep -v "^✔ Test .* passed after" || true
# swift test's own exit code decides (pipefail covers tee; grep's code is ignored above).
grep -q "Test run with .* passed" /tmp/ppid-swift-test.log
if [ -f Tests/tmux/run.sh ]; then bash Tests/tmux/run.sh .build/debug/ppid; fi
