//! Runs one workload with one approach many times, for instruction counting under
//! `valgrind --tool=callgrind` (deterministic, unlike wall-clock time):
//! `cargo build --release -p coro-bench --example count_instructions` then
//! `valgrind --tool=callgrind $CARGO_TARGET_DIR/release/examples/count_instructions counter coro`.
//!
//! Workloads: `counter`, `nested`, `running_total`, `large_state`, `yield_resume`, `two_way`
//! (1000 runs each) and `parser-1`, `parser-16`, `parser-4096` (10 runs each: 64 KiB in
//! chunks of that size).
//! Approaches: `coro`, `hand`, `diapause`, `genawaiter`, `corosensei`.
//! Settings (an optional third argument, see `coro_bench::Setting`): `inline` (the default),
//! `memory` (every resume through `black_box(&mut co)`) and `dyn` (through `&mut dyn`; for
//! `coro`, `hand` and `diapause` only), the parser workloads included.
use std::hint::black_box;

use coro_bench::{
    counter, dyn_coroutine, large_state, memory, nested, parser, running_total, two_way,
    yield_resume,
};

macro_rules! pick {
    ($module:ident, $approach:expr, $setting:expr) => {
        match ($approach, $setting) {
            ("coro", "inline") => |n| $module::run_generated(n).0,
            ("coro", "memory") => |n| memory::$module::run_generated(n).0,
            ("coro", "dyn") => |n| dyn_coroutine::$module::run_generated(n).0,
            ("hand", "inline") => |n| $module::run_hand(n).0,
            ("hand", "memory") => |n| memory::$module::run_hand(n).0,
            ("hand", "dyn") => |n| dyn_coroutine::$module::run_hand(n).0,
            ("diapause", "inline") => |n| $module::run_diapause(n).0,
            ("diapause", "memory") => |n| memory::$module::run_diapause(n).0,
            ("diapause", "dyn") => |n| dyn_coroutine::$module::run_diapause(n).0,
            ("genawaiter", "inline") => |n| $module::run_genawaiter(n).0,
            ("genawaiter", "memory") => |n| memory::$module::run_genawaiter(n).0,
            ("corosensei", "inline") => |n| $module::run_corosensei(n).0,
            ("corosensei", "memory") => |n| memory::$module::run_corosensei(n).0,
            _ => usage(),
        }
    };
}

fn usage() -> ! {
    eprintln!(
        "usage: count_instructions \
         <counter|nested|running_total|large_state|yield_resume|two_way|parser-1|parser-16|parser-4096> \
         <coro|hand|diapause|genawaiter|corosensei> [inline|memory|dyn]"
    );
    std::process::exit(2);
}

fn main() {
    let mut args = std::env::args().skip(1);
    let workload = args.next().unwrap_or_default();
    let approach = args.next().unwrap_or_default();
    let setting = args.next().unwrap_or_else(|| "inline".to_owned());
    let (approach, setting) = (approach.as_str(), setting.as_str());
    let (run, n): (fn(u64) -> u64, u64) = match workload.as_str() {
        "counter" => (pick!(counter, approach, setting), counter::N),
        "nested" => (pick!(nested, approach, setting), nested::N),
        "running_total" => (pick!(running_total, approach, setting), running_total::N),
        "large_state" => (pick!(large_state, approach, setting), large_state::N),
        "yield_resume" => (pick!(yield_resume, approach, setting), yield_resume::N),
        "two_way" => (pick!(two_way, approach, setting), two_way::N),
        parse if parse.starts_with("parser-") => {
            let chunk: usize = parse["parser-".len()..].parse().unwrap_or_else(|_| usage());
            let parse: fn(&[u8], usize) -> parser::Summary = match (approach, setting) {
                ("coro", "inline") => parser::run_generated,
                ("coro", "memory") => memory::parser::run_generated,
                ("coro", "dyn") => dyn_coroutine::parser::run_generated,
                ("hand", "inline") => parser::run_hand,
                ("hand", "memory") => memory::parser::run_hand,
                ("hand", "dyn") => dyn_coroutine::parser::run_hand,
                ("diapause", "inline") => parser::run_diapause,
                ("diapause", "memory") => memory::parser::run_diapause,
                ("diapause", "dyn") => dyn_coroutine::parser::run_diapause,
                ("genawaiter", "inline") => parser::run_genawaiter,
                ("genawaiter", "memory") => memory::parser::run_genawaiter,
                ("corosensei", "inline") => parser::run_corosensei,
                ("corosensei", "memory") => memory::parser::run_corosensei,
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
