//! Runs one workload many times, for instruction counting under
//! `valgrind --tool=callgrind` (deterministic, unlike wall-clock time):
//! `cargo build --release -p coro-bench --example count_instructions` then
//! `valgrind --tool=callgrind target/release/examples/count_instructions counter generated`.
use std::hint::black_box;

use coro_bench::{counter, counting_input, drain, large_state, nested, running_total, sum};

fn main() {
    let mut args = std::env::args().skip(1);
    let workload = args.next().unwrap_or_default();
    let approach = args.next().unwrap_or_default();
    let runs = 1000;
    let mut total = 0u64;
    for _ in 0..runs {
        total = total.wrapping_add(match (workload.as_str(), approach.as_str()) {
            ("counter", "generated") => sum(counter::generated(black_box(counter::N))).0,
            ("counter", "hand") => sum(counter::hand(black_box(counter::N))).0,
            ("nested", "generated") => sum(nested::generated(black_box(nested::N))).0,
            ("nested", "hand") => sum(nested::hand(black_box(nested::N))).0,
            ("running_total", "generated") => {
                drain(running_total::generated(black_box(running_total::N)), counting_input()).0
            }
            ("running_total", "hand") => {
                drain(running_total::hand(black_box(running_total::N)), counting_input()).0
            }
            ("large_state", "generated") => {
                sum(large_state::generated(black_box(large_state::N))).0
            }
            ("large_state", "hand") => sum(large_state::hand(black_box(large_state::N))).0,
            _ => {
                eprintln!("usage: count_instructions <counter|nested|running_total|large_state> <generated|hand>");
                std::process::exit(2);
            }
        });
    }
    println!("{total}");
}
