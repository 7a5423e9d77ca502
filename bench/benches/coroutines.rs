//! Every coroutine workload once per approach, in one run: each benchmark constructs the
//! coroutine and drives it to completion, summing its yields (`parser`: parses 64 KiB of
//! pipelined request heads, fed in chunks).
//!
//! Benchmark ids are `WORKLOAD/APPROACH` (`parser/CHUNK/APPROACH`), where APPROACH is
//! `coro` (this project's `#[coroutine]`), `hand`, `diapause`, `genawaiter` or `corosensei`.

use std::hint::black_box;

use coro_bench::{counter, large_state, nested, parser, running_total};
use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};

/// A parser run: input and chunk size.
type Parse = fn(&[u8], usize) -> parser::Summary;

/// The approaches of a workload whose `run_*` functions take `n`.
type Runs<T> = [(&'static str, fn(u64) -> T); 5];

macro_rules! runs {
    ($module:ident) => {
        [
            ("coro", $module::run_generated),
            ("hand", $module::run_hand),
            ("diapause", $module::run_diapause),
            ("genawaiter", $module::run_genawaiter),
            ("corosensei", $module::run_corosensei),
        ]
    };
}

fn workload<T>(c: &mut Criterion, name: &str, n: u64, resumes: u64, runs: Runs<T>) {
    let mut group = c.benchmark_group(name);
    group.throughput(Throughput::Elements(resumes));
    for (approach, run) in runs {
        group.bench_function(approach, |b| b.iter(|| black_box(run(black_box(n)))));
    }
    group.finish();
}

fn coroutines(c: &mut Criterion) {
    workload(c, "counter", counter::N, counter::N + 1, runs!(counter));
    let pairs = nested::N * (nested::N - 1) / 2;
    workload(c, "nested", nested::N, pairs + 1, runs!(nested));
    let n = running_total::N;
    workload(c, "running_total", n, n + 1, runs!(running_total));
    workload(
        c,
        "large_state",
        large_state::N,
        large_state::N + 1,
        runs!(large_state),
    );
}

fn parsers(c: &mut Criterion) {
    let input = parser::input();
    let runs: [(&str, Parse); 5] = [
        ("coro", parser::run_generated),
        ("hand", parser::run_hand),
        ("diapause", parser::run_diapause),
        ("genawaiter", parser::run_genawaiter),
        ("corosensei", parser::run_corosensei),
    ];
    let mut group = c.benchmark_group("parser");
    group.throughput(Throughput::Bytes(input.len() as u64));
    group.sample_size(20);
    for chunk in parser::CHUNKS {
        for (approach, run) in runs {
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

criterion_group!(benches, coroutines, parsers);
criterion_main!(benches);
