#!/usr/bin/env bash
# Runs every benchmark and rewrites the generated tables of BENCHMARKS.md:
#   1. criterion, every coroutine workload and approach in one run (bench `coroutines`);
#   2. the native-coroutine crate bench/native with `cargo +nightly bench`, when a nightly
#      toolchain exists (otherwise the table says so);
#   3. instruction counts under `valgrind --tool=callgrind`, when valgrind exists, with the
#      coroutine inline and in memory (resumed through `black_box(&mut co)` and `&mut dyn`);
#   4. the runtime workloads, each in a process of its own, in RUNTIME_RUNS rounds that run
#      every approach back to back (the table: best of the rounds; the ratios: their range);
#   5. compile cost (bench/compile-cost/measure.sh).
# usage: bench/run.sh   (from anywhere; CARGO_TARGET_DIR is respected)
# Environment: CRITERION_ARGS (default "--warm-up-time 2 --measurement-time 5"),
# RUNTIME_RUNS (default 5), SKIP (space-separated steps to skip: criterion native callgrind
# runtime compile; their tables keep the previous results files if any).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/.." && pwd)"
cd "$root"
target="${CARGO_TARGET_DIR:-$root/target}"
export CARGO_TARGET_DIR="$target"
results="$target/bench-results"
mkdir -p "$results"
criterion_args="${CRITERION_ARGS:---warm-up-time 2 --measurement-time 5}"
skip=" ${SKIP:-} "
runs="${RUNTIME_RUNS:-5}"
step() { [[ "$skip" != *" $1 "* ]]; }
# When each step last ran, kept across runs that skip it.
stamp() {
  touch "$results/steps.txt"
  sed -i "/^$1 /d" "$results/steps.txt"
  echo "$1 $(date -u '+%Y-%m-%d %H:%M')" >> "$results/steps.txt"
}

others=$(ps -eo comm= | grep -cxE 'rustc|cc1|cc1plus|ld|clang' || true)
{
  echo "machine: $(nproc) logical CPUs, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo)"
  echo "toolchain: \`$(rustc -V)\`$(cargo +nightly -V >/dev/null 2>&1 && echo ", native crate: \`$(rustc +nightly -V)\`")"
  echo "profile: \`bench\`/\`release\` (opt-level 3, no LTO)"
  echo "date: $(date -u '+%Y-%m-%d %H:%M UTC')"
  echo "load at start: load average $(cut -d' ' -f1-3 /proc/loadavg), $others compiler processes of others running"
  dirty=$(git -C "$root" status --porcelain -- coro-core coro-macros bench | grep -vc '^??' || true)
  echo "source: commit \`$(git -C "$root" rev-parse --short HEAD)\`$([ "$dirty" != 0 ] && echo " with uncommitted changes to $dirty files of coro-core, coro-macros or bench (a shared work tree)")"
  echo "command: \`bench/run.sh\` (criterion: \`$criterion_args\`, median; runtime: best of $runs rounds)"
} > "$results/env.txt"
cat "$results/env.txt"

if step criterion; then
  rm -rf "$target/criterion"
  # shellcheck disable=SC2086
  cargo bench -p coro-bench --bench coroutines -- $criterion_args 2>&1 | grep -E '^[a-z_]+/|time:' || true
  stamp criterion
fi

if step native; then
  if cargo +nightly -V > /dev/null 2>&1; then
    rm -rf "$target/native/criterion"
    (cd "$here/native" && CARGO_TARGET_DIR="$target/native" \
      cargo +nightly bench --bench native -- $criterion_args 2>&1 | grep -E '^[a-z_]+/|time:' || true)
    rm -f "$results/native.txt"
    stamp native
  else
    echo "no nightly toolchain (\`cargo +nightly\` failed), native coroutines not measured" > "$results/native.txt"
  fi
fi

if step callgrind; then
  if command -v valgrind > /dev/null; then
    cargo build -q --release -p coro-bench --example count_instructions
    : > "$results/callgrind.tsv"
    for w in counter nested running_total large_state yield_resume two_way parser-1 parser-16 parser-4096; do
      for a in coro hand diapause genawaiter corosensei; do
        n=$(valgrind --tool=callgrind --callgrind-out-file=/dev/null \
          "$target/release/examples/count_instructions" "$w" "$a" 2>&1 \
          | sed -n 's/.*refs: *\([0-9,]*\).*/\1/p' | tr -d ,)
        echo "$w $a $n" | tee -a "$results/callgrind.tsv"
      done
    done
    # The coroutine in memory: every resume through black_box(&mut co), or through
    # &mut dyn Coroutine (only the approaches with a coroutine trait).
    : > "$results/callgrind-memory.tsv"
    for s in memory dyn; do
      for w in counter nested running_total large_state yield_resume two_way parser-1 parser-16 parser-4096; do
        for a in coro hand diapause genawaiter corosensei; do
          if [[ "$s" == dyn && ( "$a" == genawaiter || "$a" == corosensei ) ]]; then
            continue
          fi
          n=$(valgrind --tool=callgrind --callgrind-out-file=/dev/null \
            "$target/release/examples/count_instructions" "$w" "$a" "$s" 2>&1 \
            | sed -n 's/.*refs: *\([0-9,]*\).*/\1/p' | tr -d ,)
          echo "$s $w $a $n" | tee -a "$results/callgrind-memory.tsv"
        done
      done
    done
    stamp callgrind
  else
    rm -f "$results/callgrind.tsv" "$results/callgrind-memory.tsv"
  fi
fi

if step runtime; then
  cargo build -q --release -p coro-bench --example runtime
  : > "$results/runtime.tsv"
  : > "$results/runtime-rounds.tsv"
  for w in spawn ping_pong_0 ping_pong_1 skynet thread_ring parked parked_shared; do
    # Rounds outside, approaches inside: the approaches run back to back in each round, so
    # that a slow phase of the machine (they last minutes here) meets all of them.
    declare -A best=()
    for round in $(seq "$runs"); do
      for rt in coro tokio local_pool async_executor; do
        line=$("$target/release/examples/runtime" "$w" "$rt")
        if [[ "$line" == *unsupported ]]; then continue; fi
        echo "$round $line" >> "$results/runtime-rounds.tsv"
        ns=$(sed -n 's/.* ns=\([0-9]*\).*/\1/p' <<< "$line")
        if [ -z "${best[$rt]:-}" ] || [ "$ns" -lt "$(sed -n 's/.* ns=\([0-9]*\).*/\1/p' <<< "${best[$rt]}")" ]; then
          best[$rt]="$line"
        fi
      done
    done
    for rt in coro tokio local_pool async_executor; do
      if [ -n "${best[$rt]:-}" ]; then echo "${best[$rt]}" | tee -a "$results/runtime.tsv"; fi
    done
    unset best
  done
  stamp runtime
fi

if step compile; then
  "$here/compile-cost/measure.sh" "$results/compile.tsv"
  stamp compile
fi

python3 "$here/report.py" "$results" "$target/criterion" "$target/native/criterion" "$root/BENCHMARKS.md"
echo "BENCHMARKS.md updated from $results"
