//! Runs one workload with one approach many times, for instruction counting under
//! `valgrind --tool=callgrind` (deterministic, unlike wall-clock time):
//! `cargo build --release -p coro-bench --example count_instructions` then
//! `valgrind --tool=callgrind $CARGO_TARGET_DIR/release/examples/count_instructions counter coro`.
//!
//! Workloads: `counter`, `nested`, `running_total`, `large_state` (1000 runs each) and
//! `parser-1`, `parser-16`, `parser-4096` (10 runs each: 64 KiB in chunks of that size).
//! Approaches: `coro`, `hand`, `diapause`, `genawaiter`, `corosensei`.
use std::hint::black_box;

use coro_bench::{counter, large_state, nested, parser, running_total};

macro_rules! pick {
    ($module:ident, $approach:expr) => {
        match $approach {
            "coro" => |n| $module::run_generated(n).0,
            "hand" => |n| $module::run_hand(n).0,
            "diapause" => |n| $module::run_diapause(n).0,
            "genawaiter" => |n| $module::run_genawaiter(n).0,
            "corosensei" => |n| $module::run_corosensei(n).0,
            _ => usage(),
        }
    };
}

fn usage() -> ! {
    eprintln!(
        "usage: count_instructions \
         <counter|nested|running_total|large_state|parser-1|parser-16|parser-4096> \
         <coro|hand|diapause|genawaiter|corosensei>"
    );
    std::process::exit(2);
}

fn main() {
    let mut args = std::env::args().skip(1);
    let workload = args.next().unwrap_or_default();
    let approach = args.next().unwrap_or_default();
    let (run, n): (fn(u64) -> u64, u64) = match workload.as_str() {
        "counter" => (pick!(counter, approach.as_str()), counter::N),
        "nested" => (pick!(nested, approach.as_str()), nested::N),
        "running_total" => (pick!(running_total, approach.as_str()), running_total::N),
        "large_state" => (pick!(large_state, approach.as_str()), large_state::N),
        parse if parse.starts_with("parser-") => {
            let chunk: usize = parse["parser-".len()..].parse().unwrap_or_else(|_| usage());
            let parse: fn(&[u8], usize) -> parser::Summary = match approach.as_str() {
                "coro" => parser::run_generated,
                "hand" => parser::run_hand,
                "diapause" => parser::run_diapause,
                "genawaiter" => parser::run_genawaiter,
                "corosensei" => parser::run_corosensei,
                _ => usage(),
            };
            let input = parser::input();
            let mut total = 0;
            for _ in 0..10 {
                total += black_box(parse(black_box(&input), chunk)).text;
            }
            println!("{total}");
            return;
        }
        _ => usage(),
    };
    let mut total = 0u64;
    for _ in 0..1000 {
        total = total.wrapping_add(black_box(run(black_box(n))));
    }
    println!("{total}");
}
