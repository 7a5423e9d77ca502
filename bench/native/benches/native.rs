//! The coroutine workloads on rustc's native coroutines, with this project's generated
//! coroutines and the hand-written state machines in the same run for the ratios:
//! `cargo +nightly bench` in `bench/native`. Ids are `WORKLOAD/APPROACH` as in
//! `coro-bench`'s `coroutines` bench, APPROACH being `native`, `coro` or `hand`.

use std::hint::black_box;

use coro_bench::{counter, large_state, nested, parser, running_total};
use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};

/// A run of a workload of size `n`, by approach.
type Runs<T> = [(&'static str, fn(u64) -> T); 3];

/// A parser run: input and chunk size.
type Parse = fn(&[u8], usize) -> parser::Summary;

fn workload<T>(c: &mut Criterion, name: &str, n: u64, resumes: u64, runs: Runs<T>) {
    let mut group = c.benchmark_group(name);
    group.throughput(Throughput::Elements(resumes));
    for (approach, run) in runs {
        group.bench_function(approach, |b| b.iter(|| black_box(run(black_box(n)))));
    }
    group.finish();
}

fn coroutines(c: &mut Criterion) {
    use coro_bench_native as native;
    let n = counter::N;
    workload(
        c,
        "counter",
        n,
        n + 1,
        [
            ("native", native::run_counter),
            ("coro", counter::run_generated),
            ("hand", counter::run_hand),
        ],
    );
    let n = nested::N;
    workload(
        c,
        "nested",
        n,
        n * (n - 1) / 2 + 1,
        [
            ("native", native::run_nested),
            ("coro", nested::run_generated),
            ("hand", nested::run_hand),
        ],
    );
    let n = running_total::N;
    workload(
        c,
        "running_total",
        n,
        n + 1,
        [
            ("native", native::run_running_total),
            ("coro", running_total::run_generated),
            ("hand", running_total::run_hand),
        ],
    );
    let n = large_state::N;
    workload(
        c,
        "large_state",
        n,
        n + 1,
        [
            ("native", native::run_large_state),
            ("coro", large_state::run_generated),
            ("hand", large_state::run_hand),
        ],
    );
}

fn parsers(c: &mut Criterion) {
    let input = parser::input();
    let runs: [(&str, Parse); 3] = [
        ("native", coro_bench_native::run_parser),
        ("coro", parser::run_generated),
        ("hand", parser::run_hand),
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
