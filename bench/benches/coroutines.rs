//! Every coroutine workload once per approach, in one run: each benchmark constructs the
//! coroutine and drives it to completion, summing its yields (`parser`: parses 64 KiB of
//! pipelined request heads, fed in chunks). The parser runs in every setting too
//! (`memory/parser/CHUNK/APPROACH`, `dyn/parser/CHUNK/APPROACH`).
//!
//! Benchmark ids are `WORKLOAD/APPROACH` (`parser/CHUNK/APPROACH`), where APPROACH is
//! `coro` (this project's `#[coroutine]`), `hand`, `diapause`, `genawaiter` or `corosensei`:
//! the coroutine a local the optimiser sees through. `memory/WORKLOAD/APPROACH` resumes it
//! through `black_box(&mut co)` every time, `dyn/WORKLOAD/APPROACH` through
//! `black_box(&mut dyn Coroutine)` (`coro`, `hand` and `diapause`: the peers with a trait);
//! see `coro_bench::Setting`.

use std::hint::black_box;

use coro_bench::{
    counter, dyn_coroutine, large_state, memory, nested, parser, running_total, two_way,
    yield_resume,
};
use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};

/// A parser run: input and chunk size.
type Parse = fn(&[u8], usize) -> parser::Summary;

/// The approaches of a workload whose `run_*` functions take `n`.
type Runs<'a, T> = &'a [(&'static str, fn(u64) -> T)];

/// The approaches of a workload in a setting (`$path`: the module of its `run_*` functions);
/// `dyn` has only those with a coroutine trait.
macro_rules! runs {
    ($($path:ident)::+) => {
        [
            ("coro", $($path)::+::run_generated as fn(u64) -> _),
            ("hand", $($path)::+::run_hand),
            ("diapause", $($path)::+::run_diapause),
            ("genawaiter", $($path)::+::run_genawaiter),
            ("corosensei", $($path)::+::run_corosensei),
        ]
    };
    (dyn $($path:ident)::+) => {
        [
            ("coro", $($path)::+::run_generated as fn(u64) -> _),
            ("hand", $($path)::+::run_hand),
            ("diapause", $($path)::+::run_diapause),
        ]
    };
}

fn workload<T>(c: &mut Criterion, name: &str, n: u64, resumes: u64, runs: Runs<'_, T>) {
    let mut group = c.benchmark_group(name);
    group.throughput(Throughput::Elements(resumes));
    for &(approach, run) in runs {
        group.bench_function(approach, |b| b.iter(|| black_box(run(black_box(n)))));
    }
    group.finish();
}

/// Every workload in one setting, in groups named `{prefix}WORKLOAD`.
macro_rules! coroutines_in {
    ($c:expr, $prefix:expr, [$($setting:tt)*]) => {{
        let group = |name: &str| format!("{}{name}", $prefix);
        let n = counter::N;
        workload($c, &group("counter"), n, n + 1, &runs!($($setting)* counter));
        let pairs = nested::N * (nested::N - 1) / 2;
        let runs = runs!($($setting)* nested);
        workload($c, &group("nested"), nested::N, pairs + 1, &runs);
        let n = running_total::N;
        let runs = runs!($($setting)* running_total);
        workload($c, &group("running_total"), n, n + 1, &runs);
        let n = large_state::N;
        let runs = runs!($($setting)* large_state);
        workload($c, &group("large_state"), n, n + 1, &runs);
        let n = yield_resume::N;
        let runs = runs!($($setting)* yield_resume);
        workload($c, &group("yield_resume"), n, n + 1, &runs);
        let n = two_way::N;
        workload($c, &group("two_way"), n, n + 1, &runs!($($setting)* two_way));
    }};
}

/// The coroutine a local the optimiser sees through.
fn coroutines(c: &mut Criterion) {
    coroutines_in!(c, "", []);
}

/// The coroutine in memory: every resume through `black_box(&mut co)`.
fn in_memory(c: &mut Criterion) {
    coroutines_in!(c, "memory/", [memory::]);
}

/// Every resume through `black_box(&mut dyn Coroutine)`.
fn through_dyn(c: &mut Criterion) {
    coroutines_in!(c, "dyn/", [dyn dyn_coroutine::]);
}

/// The parser in every setting, in groups `parser`, `memory/parser` and `dyn/parser`
/// (`dyn`: the approaches with a coroutine trait).
fn parsers(c: &mut Criterion) {
    let input = parser::input();
    let inline: [(&str, Parse); 5] = [
        ("coro", parser::run_generated),
        ("hand", parser::run_hand),
        ("diapause", parser::run_diapause),
        ("genawaiter", parser::run_genawaiter),
        ("corosensei", parser::run_corosensei),
    ];
    let in_memory: [(&str, Parse); 5] = [
        ("coro", memory::parser::run_generated),
        ("hand", memory::parser::run_hand),
        ("diapause", memory::parser::run_diapause),
        ("genawaiter", memory::parser::run_genawaiter),
        ("corosensei", memory::parser::run_corosensei),
    ];
    let through_dyn: [(&str, Parse); 3] = [
        ("coro", dyn_coroutine::parser::run_generated),
        ("hand", dyn_coroutine::parser::run_hand),
        ("diapause", dyn_coroutine::parser::run_diapause),
    ];
    let settings: [(&str, &[(&str, Parse)]); 3] = [
        ("parser", &inline),
        ("memory/parser", &in_memory),
        ("dyn/parser", &through_dyn),
    ];
    for (name, runs) in settings {
        let mut group = c.benchmark_group(name);
        group.throughput(Throughput::Bytes(input.len() as u64));
        group.sample_size(20);
        for chunk in parser::CHUNKS {
            for &(approach, run) in runs {
                group.bench_with_input(
                    BenchmarkId::new(chunk.to_string(), approach),
                    &chunk,
                    |b, &chunk| {
                        b.iter(|| black_box(run(black_box(&input), chunk)));
                    },
                );
            }
        }
        group.finish();
    }
}

criterion_group!(benches, coroutines, in_memory, through_dyn, parsers);
criterion_main!(benches);
