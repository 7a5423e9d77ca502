//! Runs one runtime workload on one runtime, in this process only, and prints one line:
//! `workload runtime param ns_total ns_per_unit vmhwm_kib [bytes_per_parked_task]`.
//!
//! `cargo run --release -p coro-bench --example runtime -- WORKLOAD RUNTIME [PARAM]`, with
//! WORKLOAD one of `spawn` (PARAM tasks, default 1,000,000), `ping_pong_0` and `ping_pong_1`
//! (channel capacity 0 or 1; PARAM round trips, default 1,000,000), `skynet` (PARAM leaves,
//! default 1,000,000), `thread_ring` (503 tasks; PARAM hops, default 10,000,000), `parked`
//! (PARAM tasks, default 1,000,000), `parked_shared` (the same on one shared channel; `coro`
//! and `async_executor` only, the others print `unsupported`); RUNTIME one of `coro`, `tokio`, `local_pool`,
//! `async_executor`. `bench/run.sh` runs each in a process of its own, so that the peak
//! resident set (`VmHWM`) is that run's.
use std::time::Instant;

use coro_bench::runtime::{self, async_executor, coro, local_pool, status_kib, tokio};

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
         <coro|tokio|local_pool|async_executor> [PARAM]"
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
            (1, String::new())
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
        _ => usage(),
    };
    let elapsed = start.elapsed().as_nanos();
    println!(
        "{workload} {rt} ns={elapsed} per_unit={:.1} vmhwm_kib={}{extra}",
        elapsed as f64 / units as f64,
        status_kib("VmHWM")
    );
}
