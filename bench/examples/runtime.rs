//! Runs one runtime workload on one runtime, in this process only, and prints one line:
//! `workload runtime param ns_total ns_per_unit vmhwm_kib [bytes_per_parked_task]`.
//!
//! `cargo run --release -p coro-bench --example runtime -- WORKLOAD RUNTIME [PARAM]`, with
//! WORKLOAD one of `spawn` (PARAM tasks, default 1,000,000), `ping_pong_0` and `ping_pong_1`
//! (channel capacity 0 or 1; PARAM round trips, default 1,000,000), `skynet` (PARAM leaves,
//! default 1,000,000), `thread_ring` (503 tasks; PARAM hops, default 10,000,000), `parked`
//! (PARAM tasks, default 1,000,000), `parked_shared` (the same on one shared channel; `coro`
//! and `async_executor` only, the others print `unsupported`); RUNTIME one of `coro`, `tokio`, `local_pool`,
//! `async_executor`.
//!
//! Across threads (see `coro_bench::runtime::multi`): `skynet_rt` (PARAM leaves, default
//! 1,000,000; every task placed by the runtime) and `skynet_rt_top` (the top two levels
//! placed, each subtree below local) on `coro-rt` (2 schedulers), `coro-rt-nosteal`,
//! `coro-rt-1` (1 scheduler) or `tokio-mt` (2 workers; `skynet_rt` only);
//! `skynet_rt_top` prints how many subtrees each scheduler ran (`subtrees=a/b`). These,
//! `skynet_x2` and `skynet` print each thread's time on a CPU and waiting for one (`cpu_ms=a/b
//! wait_ms=a/b`, from `/proc/thread-self/schedstat`; a worker's includes its spinning).
//! `skynet_x2` (PARAM leaves each, default 1,000,000): independent single-thread skynets,
//! each on a thread and a scheduler of its own, two at once (`coro-x2`) or one (`coro-x1`);
//! `per_unit` is per skynet, so `coro-x1`'s over `coro-x2`'s is what two threads can gain
//! on this machine.
//! `ping_pong_rt_busy` and `ping_pong_rt_blocked` (PARAM round trips, default 100,000) on
//! `coro-rt`, `tokio-mt`, or `crossbeam` (two OS threads; the same for both);
//! `fanout_rt` (PARAM messages, default 1,000,000, 4 workers) on `coro-rt`, `coro-rt-ll`
//! (least-loaded placement), `coro-rt-nosteal` or `tokio-mt`. `bench/run.sh` runs each in a process of its own, so that the peak
//! resident set (`VmHWM`) is that run's.
use std::time::Instant;

use coro_bench::runtime::multi::{self, Mode, coro_rt, threads, tokio_mt};
use coro_bench::runtime::{self, async_executor, coro, local_pool, status_kib, tokio};
use coro_core::rt::Placement;

macro_rules! dispatch {
    ($runtime:expr, $f:ident ( $($arg:expr),* )) => {
        match $runtime {
            "coro" => coro::$f($($arg),*),
            "tokio" => tokio::$f($($arg),*),
            "local_pool" => local_pool::$f($($arg),*),
            "async_executor" => async_executor::$f($($arg),*),
            _ => usage(),
        }
    };
}

fn usage() -> ! {
    eprintln!(
        "usage: runtime <spawn|ping_pong_0|ping_pong_1|skynet|thread_ring|parked|parked_shared> \
         <coro|tokio|local_pool|async_executor> [PARAM]\n       \
         runtime <skynet_rt|skynet_rt_top|skynet_x2|ping_pong_rt_busy|ping_pong_rt_blocked|fanout_rt> \
         <coro-rt|coro-rt-nosteal|coro-rt-ll|coro-rt-1|coro-x1|coro-x2|tokio-mt|crossbeam> [PARAM]"
    );
    std::process::exit(2);
}

#[allow(clippy::cast_precision_loss, reason = "figures for a table")]
fn main() {
    let mut args = std::env::args().skip(1);
    let workload = args.next().unwrap_or_default();
    let rt = args.next().unwrap_or_default();
    let param: Option<u64> = args.next().map(|p| p.parse().unwrap_or_else(|_| usage()));
    let rt = rt.as_str();
    let start = Instant::now();
    let (units, extra) = match workload.as_str() {
        "spawn" => {
            let n = param.unwrap_or(1_000_000);
            dispatch!(rt, spawn(n));
            (n, String::new())
        }
        capacity @ ("ping_pong_0" | "ping_pong_1") => {
            let n = param.unwrap_or(1_000_000);
            let capacity = usize::from(capacity == "ping_pong_1");
            let sum = dispatch!(rt, ping_pong(n, capacity));
            assert_eq!(sum, n * (n + 1) / 2);
            (2 * n, String::new())
        }
        "skynet" => {
            let leaves = param.unwrap_or(1_000_000);
            let sum = dispatch!(rt, skynet(leaves));
            assert_eq!(sum, runtime::skynet_expected(leaves));
            // This thread's times, beside the runtime's skynets' (all four run here).
            (1, multi::format_times(&[multi::thread_times()]))
        }
        "thread_ring" => {
            let hops = param.unwrap_or(10_000_000);
            let winner = dispatch!(rt, thread_ring(503, hops));
            assert_eq!(winner, runtime::thread_ring_expected(503, hops));
            (hops, String::new())
        }
        "parked" => {
            let n = param.unwrap_or(1_000_000);
            let memory = dispatch!(rt, parked(n));
            let state = if rt == "coro" {
                format!(" state={}", coro::parked_task_size())
            } else {
                String::new()
            };
            (
                n,
                format!(" bytes_per_task={:.1}{state}", memory.bytes_per_task(n)),
            )
        }
        "parked_shared" => {
            let n = param.unwrap_or(1_000_000);
            let memory = match rt {
                "coro" => coro::parked_shared(n),
                "async_executor" => async_executor::parked_shared(n),
                _ => {
                    println!("{workload} {rt} unsupported");
                    return;
                }
            };
            (
                n,
                format!(" bytes_per_task={:.1}", memory.bytes_per_task(n)),
            )
        }
        "skynet_rt" | "skynet_rt_top" => {
            let leaves = param.unwrap_or(1_000_000);
            let mode = if workload == "skynet_rt" {
                Mode::Placed
            } else {
                Mode::TopTwo
            };
            let ((sum, times), schedulers) = match rt {
                "coro-rt" => (coro_rt::skynet_timed(leaves, 2, mode, true), 2),
                "coro-rt-nosteal" => (coro_rt::skynet_timed(leaves, 2, mode, false), 2),
                "coro-rt-1" => (coro_rt::skynet_timed(leaves, 1, mode, true), 1),
                "tokio-mt" if mode == Mode::Placed => ((tokio_mt::skynet(leaves, 2), vec![]), 0),
                _ => usage(),
            };
            assert_eq!(sum, runtime::skynet_expected(leaves));
            let times = if times.is_empty() {
                String::new()
            } else {
                multi::format_times(&times)
            };
            let extra = if mode == Mode::TopTwo {
                // Where the local subtrees ran: the balance stealing reached.
                let counts: Vec<String> = coro_rt::subtrees_per_scheduler(schedulers)
                    .iter()
                    .map(u64::to_string)
                    .collect();
                format!(" subtrees={}{times}", counts.join("/"))
            } else {
                times
            };
            (1, extra)
        }
        "skynet_x2" => {
            let leaves = param.unwrap_or(1_000_000);
            let threads = match rt {
                "coro-x2" => 2,
                "coro-x1" => 1,
                _ => usage(),
            };
            let (sum, times) = threads::skynets(leaves, threads);
            assert_eq!(sum, threads * runtime::skynet_expected(leaves));
            // Per skynet: `coro-x1`'s over `coro-x2`'s is the gain of two threads.
            (threads, multi::format_times(&times))
        }
        busy @ ("ping_pong_rt_busy" | "ping_pong_rt_blocked") => {
            let n = param.unwrap_or(100_000);
            let busy = busy == "ping_pong_rt_busy";
            let sum = match rt {
                "coro-rt" => coro_rt::ping_pong(n, busy),
                "tokio-mt" => tokio_mt::ping_pong(n, busy),
                "crossbeam" => threads::ping_pong(n),
                _ => usage(),
            };
            assert_eq!(sum, n * (n + 1) / 2);
            (2 * n, String::new())
        }
        "fanout_rt" => {
            let n = param.unwrap_or(1_000_000);
            let sum = match rt {
                "coro-rt" => {
                    coro_rt::fanout_on(&coro_rt::runtime(2, true, Placement::RoundRobin), n, 4)
                }
                "coro-rt-ll" => {
                    coro_rt::fanout_on(&coro_rt::runtime(2, true, Placement::LeastLoaded), n, 4)
                }
                "coro-rt-nosteal" => {
                    coro_rt::fanout_on(&coro_rt::runtime(2, false, Placement::RoundRobin), n, 4)
                }
                "tokio-mt" => tokio_mt::fanout(n, 4),
                _ => usage(),
            };
            assert_eq!(sum, multi::fanout_expected(n));
            (n, String::new())
        }
        _ => usage(),
    };
    let elapsed = start.elapsed().as_nanos();
    println!(
        "{workload} {rt} ns={elapsed} per_unit={:.1} vmhwm_kib={}{extra}",
        elapsed as f64 / units as f64,
        status_kib("VmHWM")
    );
}
