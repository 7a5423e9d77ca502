#!/usr/bin/env bash
# Differential test of coro against rustc's native coroutines (needs the nightly toolchain).
#   difftest/run.sh --seed S --count N [--batch B] [--no-shrink] [--write-corpus PATH]
# Batch crates and their target directories go to $CARGO_TARGET_DIR/difftest/ (default
# target/difftest/; not committed).
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release --quiet -p difftest
exec "${CARGO_TARGET_DIR:-target}/release/difftest" "$@"
