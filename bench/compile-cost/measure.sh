#!/usr/bin/env bash
# Compile cost of N structurally identical coroutines (generate.py), for coro, diapause and
# hand-written code: warm rebuild time of the generated crate (its dependencies already
# built; only the crate itself recompiles after a touch), dev and release, best of RUNS; and
# the size of its macro expansion per coroutine (rustc -Zunpretty=expanded, nightly).
#
# usage: bench/compile-cost/measure.sh OUT.tsv   (CARGO_TARGET_DIR is respected; RUNS=3)
# Writes lines: `time APPROACH N PROFILE SECONDS` and `expansion APPROACH N LINES TOKENS`.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
out="$1"
runs="${RUNS:-3}"
base="${CARGO_TARGET_DIR:-$root/target}/compile-cost"
export CARGO_TARGET_DIR="$base/target"
mkdir -p "$base"
: > "$out"

now() { date +%s%N; }

for approach in coro diapause hand; do
  for n in 100 500; do
    crate="$base/src/$approach-$n"
    rm -rf "$crate"
    python3 "$here/generate.py" "$approach" "$n" "$crate"
    cp "$root/Cargo.lock" "$crate/Cargo.lock"
    for profile in dev release; do
      flag=""
      [ "$profile" = release ] && flag="--release"
      (cd "$crate" && cargo build --offline -q $flag)
      best=""
      for _ in $(seq "$runs"); do
        touch "$crate/src/lib.rs"
        start=$(now)
        (cd "$crate" && cargo build --offline -q $flag)
        end=$(now)
        t=$(( (end - start) / 1000000 ))
        if [ -z "$best" ] || [ "$t" -lt "$best" ]; then best=$t; fi
      done
      echo "time $approach $n $profile $best" | tee -a "$out"
    done
    if cargo +nightly -V > /dev/null 2>&1; then
      expanded="$base/$approach-$n.expanded.rs"
      (cd "$crate" && CARGO_TARGET_DIR="$base/target-nightly" \
        cargo +nightly rustc --offline -q --lib -- -Zunpretty=expanded > "$expanded")
      lines=$(grep -cv '^\s*$' "$expanded")
      tokens=$(tr -s ' \t\n' '\n' < "$expanded" | grep -c .)
      echo "expansion $approach $n $lines $tokens" | tee -a "$out"
    fi
  done
done
