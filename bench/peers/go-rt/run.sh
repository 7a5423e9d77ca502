#!/usr/bin/env bash
# Runs the runtime workloads across threads side by side, in ROUNDS rounds (default 5) that
# run every contender back to back, each in a process of its own, and prints each one's
# median wall time with the load average before and after: coro's Runtime (2 schedulers;
# stealing on and off, round-robin and least-loaded placement), tokio's multi-thread
# runtime (2 workers), crossbeam-channel between two OS threads (ping-pong), Go with
# GOMAXPROCS=2 (this directory's program), and coro's single-thread scheduler (skynet; and
# `skynet_x2`: one and two independent single-thread skynets on threads of their own, the
# most two threads can gain here; its ns/unit is per skynet).
# Installs Debian's golang-go if `go` is missing. CI runs none of this.
# usage: bench/peers/go-rt/run.sh   (from anywhere; CARGO_TARGET_DIR is respected)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../../.." && pwd)"
cd "$root"
target="${CARGO_TARGET_DIR:-$root/target}"
rounds="${ROUNDS:-5}"
if ! command -v go >/dev/null; then
  sudo apt-get install -y golang-go
fi
cargo build --release -q -p coro-bench --example runtime
bin="$target/release/examples/runtime"
go_bin="$target/go-rt"
(cd "$here" && GOFLAGS=-mod=mod go build -o "$go_bin" .)
runs=(
  "skynet coro" "skynet_x2 coro-x1" "skynet_x2 coro-x2"
  "skynet_rt coro-rt" "skynet_rt coro-rt-nosteal" "skynet_rt coro-rt-1" "skynet_rt tokio-mt" "go skynet"
  "skynet_rt_top coro-rt" "skynet_rt_top coro-rt-nosteal" "skynet_rt_top coro-rt-1"
  "ping_pong_rt_busy coro-rt" "ping_pong_rt_busy tokio-mt" "go ping_pong_busy"
  "ping_pong_rt_blocked coro-rt" "ping_pong_rt_blocked tokio-mt" "ping_pong_rt_blocked crossbeam" "go ping_pong_blocked"
  "fanout_rt coro-rt" "fanout_rt coro-rt-ll" "fanout_rt coro-rt-nosteal" "fanout_rt tokio-mt" "go fanout"
)
out="$(mktemp)"
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
for ((r = 0; r < rounds; r++)); do
  for run in "${runs[@]}"; do
    set -- $run
    if [[ "$1" == go ]]; then
      line="$(GOMAXPROCS=2 "$go_bin" "$2")"
    else
      line="$("$bin" "$1" "$2")"
    fi
    echo "$run|$line" >> "$out"
  done
done
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
# The last two columns, where the run prints them (`cpu_ms=a/b wait_ms=a/b`): the median of
# its busiest thread's time on a CPU, and of its longest wait for one (how much of the
# machine the run had).
printf '%-32s %12s %12s %12s %12s\n' "workload runtime" "median ms" "ns/unit" "cpu ms" "wait ms"
median() { sort -n | awk '{v[NR] = $1} END {if (NR) printf "%.1f", v[int((NR + 1) / 2)]; else printf "-"}'; }
max_of() { sed -nE "s/.* $1=([0-9.\/]+).*/\1/p" | awk -F/ '{m = $1; for (i = 2; i <= NF; i++) if ($i > m) m = $i; print m}'; }
for run in "${runs[@]}"; do
  lines="$(grep -F "$run|" "$out")"
  line="$(sed -E 's/.*ns=([0-9]+) per_unit=([0-9.]+).*/\1 \2/' <<< "$lines" | sort -n |
    awk -v run="$run" '{ns[NR] = $1; pu[NR] = $2} END {m = int((NR + 1) / 2); printf "%-32s %12.1f %12.1f", run, ns[m] / 1e6, pu[m]}')"
  printf '%s %12s %12s\n' "$line" "$(max_of cpu_ms <<< "$lines" | median)" "$(max_of wait_ms <<< "$lines" | median)"
done
rm -f "$out"
