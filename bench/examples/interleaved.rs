//! Times every workload in the `memory` and `dyn` settings for `coro`, `hand` and
//! `diapause`, in interleaved rounds: each round runs every case 100 times in a row, and a
//! case's figure is its fastest round (and its median round), in nanoseconds per run. A
//! load from other processes slows some rounds of every case alike, so that the fastest
//! round of each case still compares with the others' on a shared machine, where a
//! criterion run of one case after the other does not.
//! `cargo run --release -p coro-bench --example interleaved [ROUNDS]` (default 300).
use std::hint::black_box;
use std::time::Instant;

use coro_bench::{dyn_coroutine, memory};

type Case = (String, fn(u64) -> u64, u64);

macro_rules! cases {
    ($($w:ident),*) => {{
        let mut cases: Vec<Case> = Vec::new();
        $(
            let n = coro_bench::$w::N;
            let w = stringify!($w);
            cases.push((format!("memory/{w}/coro"), |n| memory::$w::run_generated(n).0, n));
            cases.push((format!("memory/{w}/hand"), |n| memory::$w::run_hand(n).0, n));
            cases.push((format!("memory/{w}/diapause"), |n| memory::$w::run_diapause(n).0, n));
            cases.push((format!("dyn/{w}/coro"), |n| dyn_coroutine::$w::run_generated(n).0, n));
            cases.push((format!("dyn/{w}/hand"), |n| dyn_coroutine::$w::run_hand(n).0, n));
            cases.push((format!("dyn/{w}/diapause"), |n| dyn_coroutine::$w::run_diapause(n).0, n));
        )*
        cases
    }};
}

fn main() {
    let cases = cases!(
        counter,
        nested,
        running_total,
        large_state,
        yield_resume,
        two_way
    );
    let rounds: usize = std::env::args()
        .nth(1)
        .and_then(|rounds| rounds.parse().ok())
        .unwrap_or(300);
    let runs = 100u32;
    let mut times: Vec<Vec<f64>> = vec![Vec::with_capacity(rounds); cases.len()];
    for _ in 0..rounds {
        for ((_, run, n), times) in cases.iter().zip(&mut times) {
            let start = Instant::now();
            for _ in 0..runs {
                black_box(run(black_box(*n)));
            }
            times.push(start.elapsed().as_secs_f64() * 1e9 / f64::from(runs));
        }
    }
    println!("case fastest median");
    for ((name, _, _), times) in cases.iter().zip(&mut times) {
        times.sort_by(f64::total_cmp);
        let (fastest, median) = (times[0], times[times.len() / 2]);
        println!("{name} {fastest:.0} {median:.0}");
    }
}
