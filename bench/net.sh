#!/usr/bin/env bash
# The network benchmarks of BENCHMARKS.md ("Network servers"), in one run:
#   1. redis-benchmark against the `resp_server` example and a real redis-server (its own
#      port, no persistence), at -P 1 and -P 16, requests per second and p99 latency: both
#      servers run side by side, and each test runs against one then the other (which goes
#      first alternates), in several rounds (a -P 16 run lasts a fifth of a second, so one
#      run says little on a shared machine); the table gives the medians, and the range of
#      the rounds' ratios;
#   2. wrk on GET /plaintext against the `http_server` example, the tokio + hyper peer
#      (bench/peers/hyper-server) and the Go net/http peer (bench/peers/go-http,
#      GOMAXPROCS=1);
#   3. 10,000 idle connections to resp_server (and to redis-server and the http_server
#      example): the server's resident memory growth per connection, from VmRSS in
#      /proc/PID/status;
#   4. per request counts, GET at -P 1 (resp_server, redis-server) and wrk (http_server,
#      the hyper peer): system calls by kind, polls and their events, context switches,
#      TCP segments (perf's syscall tracepoints, /proc), and user-space instructions
#      (callgrind); skipped without perf (valgrind: only the instructions are left out).
# Every server runs on CPU 0 and every client on CPU 1 (taskset), all on loopback.
# Installs redis-server, redis-tools, wrk and golang-go with apt-get when missing.
# Writes $CARGO_TARGET_DIR/bench-results/net/ and the table between
# `<!-- BEGIN network -->` and `<!-- END network -->` in BENCHMARKS.md.
# usage: bench/net.sh   (from anywhere; CARGO_TARGET_DIR is respected)
# Takes about 12 minutes with QUIET_WAIT=5 on this 2-CPU machine when it is quiet (the -P 1
# rounds about 1.6 minutes each, the counts about 1.5).
# Environment: SKIP (space-separated steps to leave out: resp http idle counts; a skipped step
# keeps its previous results in the table), WRK_DURATION
# (default 10s), REQUESTS (redis-benchmark -n, default 200000), ROUNDS_P1 and ROUNDS_P16
# (rounds of each RESP test, default 5 and 9; 0 leaves that pipeline depth out), IDLE
# (default 10000),
# QUIET_WAIT (default 0: before each client run, or each RESP test's pair of runs, wait up
# to this many seconds for a moment when the machine is idle, under 5% busy over half a
# second; on a shared machine). Each
# run also records the CPU time of the client and of everything else meanwhile (other
# processes, and interrupt work charged to neither the server nor the client), shown in the
# tables.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/.." && pwd)"
cd "$root"
target="${CARGO_TARGET_DIR:-$root/target}"
export CARGO_TARGET_DIR="$target"
results="$target/bench-results/net"
mkdir -p "$results"
skip=" ${SKIP:-} "
step() { [[ "$skip" != *" $1 "* ]]; }
duration="${WRK_DURATION:-10s}"
requests="${REQUESTS:-200000}"
rounds_p1="${ROUNDS_P1:-5}"
rounds_p16="${ROUNDS_P16:-9}"
idle="${IDLE:-10000}"
quiet_wait="${QUIET_WAIT:-0}"
tests="ping set get incr lpush rpush lpop rpop sadd hset spop zadd zpopmin lrange_100 mset"
resp_port=16379 redis_port=16380 coro_http_port=18080 hyper_port=18081 go_port=18082
server_cpu=0 client_cpu=1

# --- tools -------------------------------------------------------------------------------
missing=()
command -v redis-server > /dev/null || missing+=(redis-server)
command -v redis-benchmark > /dev/null || missing+=(redis-tools)
command -v wrk > /dev/null || missing+=(wrk)
command -v go > /dev/null || missing+=(golang-go)
if [ "${#missing[@]}" -gt 0 ]; then
  echo "installing ${missing[*]}"
  sudo=""
  [ "$(id -u)" = 0 ] || sudo=sudo
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" > /dev/null
fi
ulimit -n "$(ulimit -Hn)"

# --- builds ------------------------------------------------------------------------------
have_resp=0
if (step resp || step idle || step counts) && [ -e examples/resp_server.rs -o -d examples/resp_server ]; then
  cargo build -q --release --example resp_server
  have_resp=1
fi
have_http=0
if (step http || step idle || step counts) && [ -e examples/http_server.rs -o -d examples/http_server ]; then
  cargo build -q --release --example http_server
  have_http=1
fi
if step http || step counts; then
  (cd "$here/peers/hyper-server" && CARGO_TARGET_DIR="$target/peers" cargo build -q --release)
fi
if step http; then
  (cd "$here/peers/go-http" && go build -o "$target/peers/go-http" .)
fi

# --- helpers -----------------------------------------------------------------------------
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2> /dev/null || true; done
  wait 2> /dev/null || true
}
trap cleanup EXIT
# start NAME PORT COMMAND...: starts a server on the server CPU, waits until its port
# accepts connections, and sets $server_pid.
start() {
  local name=$1 port=$2
  shift 2
  taskset -c "$server_cpu" "$@" > "$results/$name.log" 2>&1 &
  server_pid=$!
  pids+=("$server_pid")
  for _ in $(seq 100); do
    if (exec 3<> "/dev/tcp/127.0.0.1/$port") 2> /dev/null; then return 0; fi
    sleep 0.1
  done
  echo "$name did not listen on port $port (see $results/$name.log)" >&2
  exit 1
}
stop() {
  kill "$server_pid" 2> /dev/null || true
  wait "$server_pid" 2> /dev/null || true
}
# start_resp coro|redis [REDIS-ARGS...]: starts the resp_server example or redis-server
# (without persistence) and sets $port.
start_resp() {
  if [ "$1" = coro ]; then
    port=$resp_port
    start resp_server "$port" "$target/release/examples/resp_server" --port "$port"
  else
    port=$redis_port
    start redis-server "$port" redis-server --port "$port" --bind 127.0.0.1 \
      --save '' --appendonly no --daemonize no "${@:2}"
  fi
}
rss_kib() { awk '/^VmRSS:/ {print $2}' "/proc/$1/status"; }
# The CPU time of process $1 and all its threads so far (user + system), in clock ticks.
cpu_ticks() { sed 's/.*) //' "/proc/$1/stat" | awk '{print $12 + $13}'; }
ticks_per_second=$(getconf CLK_TCK)
# The busy time of all CPUs so far (user, nice, system, irq, softirq), in clock ticks.
busy_ticks() { awk '/^cpu / {print $2 + $3 + $4 + $7 + $8}' /proc/stat; }
# Sets $children to the CPU time of this shell's reaped children so far, in seconds (`times`
# runs in this shell: in a pipeline or a command substitution it would see no children).
children_seconds() {
  times > "$results/times.txt"
  children=$(awk 'NR == 2 {
    n = split($0, t, /[ ms]+/); s = 0
    for (i = 1; i + 1 <= n; i += 2) s += t[i] * 60 + t[i + 1]
    print s }' "$results/times.txt")
}
# Waits up to $quiet_wait seconds for half a second in which the machine is under 5% busy.
quiet_moment() {
  local deadline=$((SECONDS + quiet_wait)) b0 b1 t0 t1
  while [ "$SECONDS" -lt "$deadline" ]; do
    read -r b0 t0 < <(awk '/^cpu / {print $2 + $3 + $4 + $7 + $8, $2 + $3 + $4 + $5 + $6 + $7 + $8}' /proc/stat)
    sleep 0.5
    read -r b1 t1 < <(awk '/^cpu / {print $2 + $3 + $4 + $7 + $8, $2 + $3 + $4 + $5 + $6 + $7 + $8}' /proc/stat)
    if [ $((t1 - t0)) -gt 0 ] && [ $(((b1 - b0) * 100 / (t1 - t0))) -lt 5 ]; then return 0; fi
  done
}
# measured FILE COMMAND...: runs COMMAND (a client), after a quiet moment unless
# $quiet_first is 0, and appends to FILE the server's CPU time during it, as a line "server
# cpu seconds: S", and that of everything but the server and the client, as "other cpu
# seconds: S".
quiet_first=1
measured() {
  local file=$1 before after busy0 busy1 client0 client1
  shift
  [ "$quiet_first" = 0 ] || quiet_moment
  before=$(cpu_ticks "$server_pid")
  busy0=$(busy_ticks)
  children_seconds
  client0=$children
  "$@"
  after=$(cpu_ticks "$server_pid")
  busy1=$(busy_ticks)
  children_seconds
  client1=$children
  echo "server cpu seconds: $(awk -v t=$((after - before)) -v hz="$ticks_per_second" 'BEGIN {print t / hz}')" >> "$file"
  echo "client cpu seconds: $(awk -v a="$client0" -v b="$client1" 'BEGIN {print b - a}')" >> "$file"
  awk -v b=$((busy1 - busy0)) -v s=$((after - before)) -v c0="$client0" -v c1="$client1" \
    -v hz="$ticks_per_second" 'BEGIN {o = (b - s) / hz - (c1 - c0); print "other cpu seconds: " (o > 0 ? o : 0)}' >> "$file"
}

others=$(ps -eo comm= | grep -cxE 'rustc|cc1|cc1plus|ld|clang' || true)
{
  echo "machine: $(nproc) logical CPUs, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
  echo "date: $(date -u '+%Y-%m-%d %H:%M UTC')"
  echo "source: commit \`$(git -C "$root" rev-parse --short HEAD)\`"
  echo "load at start: load average $(cut -d' ' -f1-3 /proc/loadavg), $others compiler processes of others running"
  echo "peers: \`$(redis-server --version | cut -d' ' -f1-3)\`, \`$(wrk --version 2>&1 | head -1 | cut -d' ' -f1-2)\`, \`$(go version | cut -d' ' -f3)\`, hyper $(grep -A1 'name = "hyper"' "$here/peers/hyper-server/Cargo.lock" | sed -n 's/version = "\(.*\)"/\1/p') + tokio $(grep -A1 'name = "tokio"' "$here/peers/hyper-server/Cargo.lock" | sed -n 's/version = "\(.*\)"/\1/p')"
  echo "placement: every server on CPU $server_cpu, every client on CPU $client_cpu (taskset), loopback"
} > "$results/env.txt"
cat "$results/env.txt"

# --- 1. RESP -----------------------------------------------------------------------------
if step resp; then
  rm -f "$results"/resp-*.csv "$results"/resp-*.cpu
  servers=(redis)
  declare -A resp_pid resp_port_of
  [ "$have_resp" = 1 ] && servers=(coro redis)
  for s in "${servers[@]}"; do
    start_resp "$s"
    resp_pid[$s]=$server_pid
    resp_port_of[$s]=$port
  done
  for p in 1 16; do
    rounds=$rounds_p1
    [ "$p" = 16 ] && rounds=$rounds_p16
    for r in $(seq "$rounds"); do
      echo "redis-benchmark -P $p, round $r of $rounds"
      for t in $tests; do
        # One quiet moment for the two runs of a test (QUIET_WAIT is per pair here).
        quiet_moment
        quiet_first=0
        # Which server goes first alternates from round to round.
        order=("${servers[@]}")
        [ $((r % 2)) = 0 ] && [ "${#servers[@]}" = 2 ] && order=("${servers[1]}" "${servers[0]}")
        for s in "${order[@]}"; do
          server_pid=${resp_pid[$s]}
          out="$results/resp-$s-P$p-r$r-$t.csv"
          measured "$results/resp-$s-P$p.cpu" taskset -c "$client_cpu" redis-benchmark \
            -h 127.0.0.1 -p "${resp_port_of[$s]}" -t "$t" -n "$requests" -c 50 -P "$p" --csv > "$out"
        done
      done
    done
    quiet_first=1
    cat "$results"/resp-*-P$p.cpu 2> /dev/null || true
  done
  for s in "${servers[@]}"; do
    server_pid=${resp_pid[$s]}
    stop
  done
fi

# --- 2. HTTP -----------------------------------------------------------------------------
if step http; then
  rm -f "$results"/http-*.txt
  # Each request wrk sends is $depth requests in one write (wrk counts the responses).
  depth=16
  cat > "$results/pipeline.lua" << LUA
init = function(args)
  local requests = {}
  for i = 1, $depth do requests[i] = wrk.format(nil, nil) end
  pipelined = table.concat(requests)
end
request = function() return pipelined end
LUA
  servers=(hyper go)
  [ "$have_http" = 1 ] && servers=(coro hyper go)
  for s in "${servers[@]}"; do
    case $s in
      coro) start http_server "$coro_http_port" "$target/release/examples/http_server" --port "$coro_http_port"
        port=$coro_http_port ;;
      hyper) start hyper-server "$hyper_port" "$target/peers/release/hyper-server" --port "$hyper_port"
        port=$hyper_port ;;
      go) start go-http "$go_port" env GOMAXPROCS=1 "$target/peers/go-http" -port "$go_port"
        port=$go_port ;;
    esac
    echo "wrk against $s"
    out="$results/http-$s.txt"
    measured "$out" taskset -c "$client_cpu" wrk -t1 -c64 -d"$duration" --latency \
      "http://127.0.0.1:$port/plaintext" > "$out"
    cat "$out"
    echo "wrk against $s, $depth requests pipelined"
    out="$results/http-pipelined-$s.txt"
    measured "$out" taskset -c "$client_cpu" wrk -t1 -c64 -d"$duration" --latency \
      -s "$results/pipeline.lua" "http://127.0.0.1:$port/plaintext" > "$out"
    cat "$out"
    stop
  done
fi

# --- 3. idle connections -----------------------------------------------------------------
# idle_client PORT FIFO REQUEST REPLY-END: opens $idle connections, sends REQUEST on each and
# reads until the reply ends with REPLY-END (so that the server has accepted and served every
# one), then holds them open and idle; says "one" on FIFO after the first, "all" after the
# last, and closes them all 3 s later.
idle_client() {
  taskset -c "$client_cpu" python3 - "$1" "$idle" "$2" "$3" "$4" << 'EOF'
import socket, sys, time
port, count, fifo = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
request, reply_end = sys.argv[4].encode(), sys.argv[5].encode()
def ask(s):
    s.sendall(request)
    reply = b""
    while not reply.endswith(reply_end):
        chunk = s.recv(256)
        if not chunk:
            raise SystemExit("connection closed")
        reply += chunk
conns = []
first = socket.create_connection(("127.0.0.1", port))
ask(first)
conns.append(first)
with open(fifo, "w") as f:
    f.write("one\n")
time.sleep(1)
for _ in range(count - 1):
    s = socket.create_connection(("127.0.0.1", port))
    ask(s)
    conns.append(s)
with open(fifo, "w") as f:
    f.write("all\n")
time.sleep(3)
EOF
}
if step idle; then
  : > "$results/idle.tsv"
  servers=(redis)
  [ "$have_resp" = 1 ] && servers=(coro "${servers[@]}")
  [ "$have_http" = 1 ] && servers+=(http)
  for s in "${servers[@]}"; do
    if [ "$s" = http ]; then
      # A timeout longer than the measurement, so that idle connections stay open.
      port=$coro_http_port
      start http_server "$port" "$target/release/examples/http_server" --port "$port" --timeout 600
      request=$'GET /plaintext HTTP/1.1\r\nHost: bench\r\n\r\n'
      reply_end="Hello, World!"
    else
      start_resp "$s" --maxclients $((idle + 100))
      request=$'PING\r\n'
      reply_end=$'\r\n'
    fi
    fifo="$results/idle.fifo"
    rm -f "$fifo"
    mkfifo "$fifo"
    idle_client "$port" "$fifo" "$request" "$reply_end" &
    client=$!
    read -r _ < "$fifo"
    sleep 0.5
    before=$(rss_kib "$server_pid")
    read -r _ < "$fifo"
    sleep 1
    after=$(rss_kib "$server_pid")
    wait "$client"
    rm -f "$fifo"
    echo "$s $idle $before $after" | tee -a "$results/idle.tsv"
    stop
  done
fi

# --- 4. per request counts ---------------------------------------------------------------
# What each server does per request, in counts that other processes' load moves little:
# `redis-benchmark -t get -P 1 -c 50` against resp_server and redis-server, `wrk -t1 -c64`
# against http_server and the hyper peer. System calls by kind (perf's syscall tracepoints,
# server and client apart), reads that found nothing (EAGAIN), polls that returned no event
# and the events per poll (perf record of epoll_wait's return), the server's context
# switches (/proc/PID/status), TCP segments (/proc/net/snmp, the whole machine), CPU time per
# request (server and client: times, which load does move), and the server's user-space
# instructions per request (callgrind, a run of its own).
# counted NAME PORT CLIENT...: counts of the server $server_pid while CLIENT runs, into
# $results/counts-NAME.txt as "key value" lines (totals; the report divides by requests).
counted() {
  local name=$1 file="$results/counts-$1.txt" events so co rec pp rp s0 s1 c0 c1 t0 t1 g0 g1 n
  shift 2
  events=raw_syscalls:sys_enter
  for call in epoll_wait read recvfrom write sendto writev sched_yield epoll_ctl; do
    [ -e "/sys/kernel/tracing/events/syscalls/sys_enter_$call" ] \
      || [ -e "/sys/kernel/debug/tracing/events/syscalls/sys_enter_$call" ] \
      && events="$events,syscalls:sys_enter_$call"
  done
  so="$results/counts-$name.server.perf" co="$results/counts-$name.client.perf"
  rec="$results/counts-$name.epoll.data"
  quiet_moment
  perf stat -x, -o "$so" -e "$events" \
    -e syscalls:sys_exit_read --filter 'ret == -11' \
    -e syscalls:sys_exit_recvfrom --filter 'ret == -11' -p "$server_pid" &
  pp=$!
  perf record -q -o "$rec" -e syscalls:sys_exit_epoll_wait -p "$server_pid" > /dev/null 2>&1 &
  rp=$!
  sleep 0.5
  children_seconds
  s0=$(cpu_split "$server_pid") c0=$children
  t0=$(awk '/voluntary_ctxt_switches/ {printf "%s ", $2}' "/proc/$server_pid/status")
  g0=$(awk '/^Tcp:/ {n++; if (n == 2) print $12}' /proc/net/snmp)
  perf stat -x, -o "$co" -e "$events" -e syscalls:sys_exit_read --filter 'ret == -11' \
    -e syscalls:sys_exit_recvfrom --filter 'ret == -11' -- "$@" > "$results/counts-$name.client.txt" 2>&1
  children_seconds
  s1=$(cpu_split "$server_pid") c1=$children
  t1=$(awk '/voluntary_ctxt_switches/ {printf "%s ", $2}' "/proc/$server_pid/status")
  g1=$(awk '/^Tcp:/ {n++; if (n == 2) print $12}' /proc/net/snmp)
  kill -INT "$pp" "$rp" 2> /dev/null || true
  wait "$pp" "$rp" 2> /dev/null || true
  {
    awk -F, '$1 ~ /^[0-9]+$/ {sub(/^(raw_)?syscalls:/, "", $3); print "server " $3, $1}' "$so"
    awk -F, '$1 ~ /^[0-9]+$/ {sub(/^(raw_)?syscalls:/, "", $3); print "client " $3, $1}' "$co"
    perf script -i "$rec" 2> /dev/null | awk '
      { v = $NF; if (v !~ /^0x/) next; n++; x = 0
        for (i = 3; i <= length(v); i++) x = x * 16 + index("0123456789abcdef", substr(v, i, 1)) - 1
        events += x; if (x == 0) empty++ }
      END { print "server polls", n + 0; print "server empty_polls", empty + 0; print "server poll_events", events + 0 }'
    echo "$s0 $s1" | awk -v hz="$ticks_per_second" '{print "server user_seconds", ($3 - $1) / hz; print "server system_seconds", ($4 - $2) / hz}'
    echo "client cpu_seconds $(awk -v a="$c0" -v b="$c1" 'BEGIN {print b - a}')"
    echo "$t0 $t1" | awk '{print "server voluntary_switches", $3 - $1; print "server involuntary_switches", $4 - $2}'
    echo "machine tcp_segments_out $((g1 - g0))"
    # wrk says how many requests it made; redis-benchmark made $counts_requests.
    n=$(awk '/requests in/ {print $1}' "$results/counts-$name.client.txt")
    echo "machine requests ${n:-$counts_requests}"
  } > "$file"
  rm -f "$so" "$co" "$rec"
}
# cpu_split PID: its user and system time so far, in clock ticks.
cpu_split() { sed 's/.*) //' "/proc/$1/stat" | awk '{print $12, $13}'; }
# callgrind_count NAME PORT CLIENT...: the instructions the server (started under callgrind
# by the caller, $server_pid) runs while CLIENT runs, appended to counts-NAME.txt.
callgrind_count() {
  local name=$1 out="$results/counts-$1.callgrind" n
  shift 2
  callgrind_control -z "$server_pid" > /dev/null
  "$@" > "$results/counts-$name.callgrind-client.txt" 2>&1
  callgrind_control -d "$server_pid" > /dev/null
  sleep 0.5
  n=$(awk '/requests in/ {print $1}' "$results/counts-$name.callgrind-client.txt")
  {
    echo "server instructions $(cat "$out".* 2> /dev/null | awk '/^(summary|totals):/ {print $2; exit}')"
    echo "machine callgrind_requests ${n:-$counts_callgrind}"
  } >> "$results/counts-$name.txt"
  stop
  rm -f "$out" "$out".*
}
if step counts; then
  rm -f "$results"/counts-*
  if ! perf stat -e raw_syscalls:sys_enter -- true > /dev/null 2>&1; then
    echo "per request counts: skipped (perf with syscall tracepoints is needed: linux-perf, as root)"
  else
    counts_requests=200000 counts_callgrind=20000
    get=(taskset -c "$client_cpu" redis-benchmark -h 127.0.0.1 -t get -c 50 -P 1 --csv)
    if [ "$have_resp" = 1 ]; then
      start_resp coro
      counted resp-coro "$port" "${get[@]}" -p "$port" -n "$counts_requests"
      stop
    fi
    start_resp redis
    counted resp-redis "$port" "${get[@]}" -p "$port" -n "$counts_requests"
    stop
    http=(taskset -c "$client_cpu" wrk -t1 -c64 -d5s)
    if [ "$have_http" = 1 ]; then
      start http_server "$coro_http_port" "$target/release/examples/http_server" --port "$coro_http_port"
      counted http-coro "$coro_http_port" "${http[@]}" "http://127.0.0.1:$coro_http_port/plaintext"
      stop
    fi
    if [ -x "$target/peers/release/hyper-server" ]; then
      start hyper-server "$hyper_port" "$target/peers/release/hyper-server" --port "$hyper_port"
      counted http-hyper "$hyper_port" "${http[@]}" "http://127.0.0.1:$hyper_port/plaintext"
      stop
    fi
    if command -v valgrind > /dev/null; then
      vg=(valgrind --tool=callgrind)
      if [ "$have_resp" = 1 ]; then
        port=$resp_port
        start resp_server "$port" "${vg[@]}" --callgrind-out-file="$results/counts-resp-coro.callgrind" \
          "$target/release/examples/resp_server" --port "$port"
        callgrind_count resp-coro "$port" "${get[@]}" -p "$port" -n "$counts_callgrind"
      fi
      port=$redis_port
      start redis-server "$port" "${vg[@]}" --callgrind-out-file="$results/counts-resp-redis.callgrind" \
        redis-server --port "$port" --bind 127.0.0.1 --save '' --appendonly no --daemonize no
      callgrind_count resp-redis "$port" "${get[@]}" -p "$port" -n "$counts_callgrind"
      if [ "$have_http" = 1 ]; then
        start http_server "$coro_http_port" "${vg[@]}" --callgrind-out-file="$results/counts-http-coro.callgrind" \
          "$target/release/examples/http_server" --port "$coro_http_port"
        callgrind_count http-coro "$coro_http_port" "${http[@]}" "http://127.0.0.1:$coro_http_port/plaintext"
      fi
      if [ -x "$target/peers/release/hyper-server" ]; then
        start hyper-server "$hyper_port" "${vg[@]}" --callgrind-out-file="$results/counts-http-hyper.callgrind" \
          "$target/peers/release/hyper-server" --port "$hyper_port"
        callgrind_count http-hyper "$hyper_port" "${http[@]}" "http://127.0.0.1:$hyper_port/plaintext"
      fi
    fi
    cat "$results"/counts-*.txt
  fi
fi

# --- report ------------------------------------------------------------------------------
python3 - "$results" "$root/BENCHMARKS.md" "$requests" "$duration" << 'EOF'
import csv, os, re, sys
results, doc, requests, duration = sys.argv[1:5]

def read(name):
    try:
        with open(os.path.join(results, name)) as f:
            return f.read()
    except OSError:
        return None

def cpu_seconds(text, who="server"):
    found = re.search(who + r" cpu seconds: ([\d.]+)", text or "")
    return float(found.group(1)) if found and float(found.group(1)) > 0 else None

def resp(server, p):
    """{test: [(rps, p99) per round]} of `server` at -P p, or None if it did not run."""
    runs = {}
    # In the order they ran: the tests' order.
    for name in sorted(os.listdir(results), key=lambda n: os.path.getmtime(os.path.join(results, n))):
        found = re.fullmatch(rf"resp-{server}-P{p}-r(\d+)-\w+\.csv", name)
        if not found:
            continue
        for row in csv.DictReader(read(name).splitlines()):
            runs.setdefault(row["test"], {})[int(found.group(1))] = (
                float(row["rps"]), float(row["p99_latency_ms"]))
    return runs or None

def median(values):
    values = sorted(values)
    n = len(values)
    return values[n // 2] if n % 2 else (values[n // 2 - 1] + values[n // 2]) / 2

def cpu_total(text, who="server"):
    """The sum of the `who cpu seconds` lines of `text` (a server's runs, one line each)."""
    found = [float(x) for x in re.findall(who + r" cpu seconds: ([\d.]+)", text or "")]
    return sum(found) if found and sum(found) > 0 else None

out = ["| | |", "| --- | --- |"]
for line in (read("env.txt") or "").splitlines():
    key, _, value = line.partition(": ")
    out.append(f"| {key} | {value} |")
out.append("")

out.append(f"**RESP** (`redis-benchmark -t TEST -n {requests} -c 50 -P P --csv`, each test against "
           "one server then the other, in rounds): the median over the rounds of requests per "
           "second, of the ratio of the two servers' in one round (and its lowest and highest), "
           "and of the p99 latency (ms); `resp_server` example against `redis-server`")
out.append("")
any_resp = False
for p in (1, 16):
    coro, redis = resp("coro", p), resp("redis", p)
    if redis is None:
        continue
    any_resp = True
    rounds = max(len(r) for r in redis.values())
    out.append(f"| `-P {p}` ({rounds} rounds) | coro req/s | redis req/s | coro / redis | "
               "lowest, highest | coro p99 | redis p99 |")
    out.append("| --- | ---: | ---: | ---: | ---: | ---: | ---: |")
    for test, by_round in redis.items():
        rps = median(v[0] for v in by_round.values())
        p99 = median(v[1] for v in by_round.values())
        if coro and test in coro:
            mine = coro[test]
            ratios = [mine[r][0] / by_round[r][0] for r in by_round if r in mine]
            c_rps = median(v[0] for v in mine.values())
            c_p99 = median(v[1] for v in mine.values())
            out.append(f"| {test} | {c_rps:,.0f} | {rps:,.0f} | {median(ratios):.2f}x | "
                       f"{min(ratios):.2f}, {max(ratios):.2f} | {c_p99:.3f} | {p99:.3f} |")
        else:
            out.append(f"| {test} | not run | {rps:,.0f} | | | | {p99:.3f} |")
    cpu = {s: cpu_total(read(f"resp-{s}-P{p}.cpu")) for s in ("coro", "redis")}
    total = sum(len(r) for r in redis.values()) * int(requests)
    per = {s: total / c for s, c in cpu.items() if c}
    line = f"Server CPU time for all the `-P {p}` runs ({total:,} requests to each server): " + ", ".join(
        f"{s} {c:.1f} s ({per[s]:,.0f} requests per CPU-second)" for s, c in cpu.items() if c)
    if "coro" in per and "redis" in per:
        line += f"; coro / redis {per['coro'] / per['redis']:.2f}x"
    clients = {s: cpu_total(read(f"resp-{s}-P{p}.cpu"), "client") for s in ("coro", "redis")}
    if all(clients.values()):
        line += ". The client's CPU time: " + ", ".join(
            f"{clients[s]:.1f} s against {s} ({clients[s] * 1e6 / total:.2f} µs per request)"
            for s in ("coro", "redis"))
    others = {s: cpu_total(read(f"resp-{s}-P{p}.cpu"), "other") for s in ("coro", "redis")}
    line += ". CPU time of everything else meanwhile: " + ", ".join(
        f"{others[s] or 0:.1f} s during {s}'s runs" for s in ("coro", "redis"))
    out += ["", line + ".", ""]
if not any_resp:
    out += ["(not run)", ""]

out.append(f"**HTTP** (`wrk -t1 -c64 -d{duration} --latency`, `GET /plaintext`; pipelined: "
           "the same with a script that sends 16 requests per write)")
out.append("")
def wrk(name):
    text = read(name)
    if text is None:
        return None
    rps = re.search(r"Requests/sec:\s*([\d.]+)", text)
    p99 = re.search(r"^\s*99%\s+(\S+)", text, re.M)
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)|Socket errors: (.*)", text)
    done = re.search(r"(\d+) requests in", text)
    if not rps:
        return None
    cpu = cpu_seconds(text)
    per_cpu = int(done.group(1)) / cpu if done and cpu else None
    return (float(rps.group(1)), p99.group(1) if p99 else "?", errors.group(0) if errors else "",
            cpu, per_cpu, cpu_seconds(text, "other"), cpu_seconds(text, "client"))

names = {"coro": "`http_server` example (coro)", "hyper": "tokio current-thread + hyper",
         "go": "Go net/http, `GOMAXPROCS=1`"}
runs = {(s, piped): wrk(f"http-{'pipelined-' if piped else ''}{s}.txt")
        for s in names for piped in (False, True)}
if any(runs.values()):
    out.append("| server | pipelined | requests/s | p99 latency | coro / this | server CPU | "
               "requests per CPU-second | coro / this | client CPU | everything else's CPU | errors |")
    out.append("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |")
    for (s, piped), run in runs.items():
        if not run:
            continue
        rps, p99, errors, cpu, per_cpu, others, client = run
        coro = runs.get(("coro", piped))
        ratio = f"{coro[0] / rps:.2f}x" if coro else ""
        cpu_ratio = f"{coro[4] / per_cpu:.2f}x" if coro and coro[4] and per_cpu else ""
        cells = [names[s], "16" if piped else "no", f"{rps:,.0f}", p99, ratio,
                 f"{cpu:.2f} s" if cpu else "?", f"{per_cpu:,.0f}" if per_cpu else "?",
                 cpu_ratio, f"{client:.2f} s" if client else "?", f"{others or 0:.2f} s", errors]
        out.append("| " + " | ".join(cells) + " |")
else:
    out.append("(not run)")
out.append("")

def counts(name):
    """The `counts-NAME.txt` totals, as {(side, key): value}, or None."""
    text = read(f"counts-{name}.txt")
    if not text:
        return None
    found = {}
    for line in text.splitlines():
        parts = line.split()
        if len(parts) == 3:
            try:
                found[(parts[0], parts[1])] = float(parts[2])
            except ValueError:
                pass
    return found if found.get(("machine", "requests")) else None

columns = [(n, counts(n)) for n in ("resp-coro", "resp-redis", "http-coro", "http-hyper")]
columns = [(n, c) for n, c in columns if c]
if columns:
    heads = {"resp-coro": "GET -P 1: coro", "resp-redis": "GET -P 1: redis",
             "http-coro": "HTTP: coro", "http-hyper": "HTTP: hyper"}
    out.append("**Per request**: what each server does per request — GET at `-P 1` "
               f"(`redis-benchmark -t get -c 50 -P 1 -n {200000:,}`) and HTTP (`wrk -t1 -c64 -d5s` on "
               "`/plaintext`), each server alone; system calls from perf's syscall tracepoints "
               "(`perf stat -e 'syscalls:sys_enter_*' -p PID`; for the client, around it), polls and "
               "their events from `perf record -e syscalls:sys_exit_epoll_wait`, context switches "
               "from `/proc/PID/status`, user-space instructions from a run of its own under "
               "callgrind (`-n 20,000`; HTTP: `-d5s`), divided by the requests. Counts move little "
               "with other processes' load; the CPU times (from `/proc/PID/stat` and `times`) do.")
    out.append("")
    out.append("| per request | " + " | ".join(heads[n] for n, _ in columns) + " |")
    out.append("| --- |" + " ---: |" * len(columns))
    def row(label, value, fmt="{:.3f}"):
        cells = []
        for _, c in columns:
            v = value(c)
            cells.append(fmt.format(v) if v is not None else "")
        out.append(f"| {label} | " + " | ".join(cells) + " |")
    def per(side, *keys, base="requests"):
        def value(c):
            n = c.get(("machine", base))
            present = [c[(side, k)] for k in keys if (side, k) in c]
            return sum(present) / n if n and present else None
        return value
    row("server: system calls", per("server", "sys_enter"))
    row("server: reads (`read`, `recvfrom`)", per("server", "sys_enter_read", "sys_enter_recvfrom"))
    row("server: reads that found nothing (`EAGAIN`)", per("server", "sys_exit_read", "sys_exit_recvfrom"))
    row("server: writes (`write`, `sendto`, `writev`)",
        per("server", "sys_enter_write", "sys_enter_sendto", "sys_enter_writev"))
    row("server: `epoll_wait`", per("server", "sys_enter_epoll_wait"))
    row("server: `epoll_wait` that returned no event", per("server", "empty_polls"))
    def events_per_poll(c):
        polls = c.get(("server", "polls"), 0) - c.get(("server", "empty_polls"), 0)
        return c[("server", "poll_events")] / polls if polls > 0 and ("server", "poll_events") in c else None
    row("server: events per `epoll_wait` that returned some", events_per_poll, "{:.1f}")
    row("server: `sched_yield`", per("server", "sys_enter_sched_yield"))
    row("server: `epoll_ctl`", per("server", "sys_enter_epoll_ctl"))
    row("server: voluntary context switches", per("server", "voluntary_switches"))
    row("server: involuntary context switches", per("server", "involuntary_switches"))
    row("server: user-space instructions (callgrind)",
        per("server", "instructions", base="callgrind_requests"), "{:,.0f}")
    row("server: user CPU (µs)", lambda c: per("server", "user_seconds")(c) * 1e6
        if per("server", "user_seconds")(c) is not None else None, "{:.2f}")
    row("server: system CPU (µs)", lambda c: per("server", "system_seconds")(c) * 1e6
        if per("server", "system_seconds")(c) is not None else None, "{:.2f}")
    row("client: system calls", per("client", "sys_enter"))
    row("client: `epoll_wait`", per("client", "sys_enter_epoll_wait"))
    row("client: CPU (µs, user and system)", lambda c: per("client", "cpu_seconds")(c) * 1e6
        if per("client", "cpu_seconds")(c) is not None else None, "{:.2f}")
    row("TCP segments sent (the whole machine)", per("machine", "tcp_segments_out"))
    out.append("")
out.append("**Idle connections**: resident memory (`VmRSS`) of the server after one served "
           "connection and after all of them, each having answered one `PING` (the HTTP server: "
           "one `GET /plaintext`)")
out.append("")
idle = [l.split() for l in (read("idle.tsv") or "").splitlines() if l.strip()]
if idle:
    out.append("| server | connections | RSS after one (KiB) | RSS after all (KiB) | per connection |")
    out.append("| --- | ---: | ---: | ---: | ---: |")
    for s, n, before, after in idle:
        per = (int(after) - int(before)) * 1024 / (int(n) - 1)
        name = {"coro": "`resp_server` example (coro)", "redis": "redis-server",
                "http": "`http_server` example (coro)"}[s]
        out.append(f"| {name} | {int(n):,} | {int(before):,} | {int(after):,} | {per:,.0f} B |")
else:
    out.append("(not run)")

with open(doc) as f:
    text = f.read()
begin, end = "<!-- BEGIN network -->", "<!-- END network -->"
if begin not in text or end not in text:
    sys.exit(f"{doc} has no {begin} / {end} markers")
head, rest = text.split(begin, 1)
_, tail = rest.split(end, 1)
with open(doc, "w") as f:
    f.write(head + begin + "\n" + "\n".join(out) + "\n" + end + tail)
print(f"{doc}: network section rewritten from {results}")
EOF
