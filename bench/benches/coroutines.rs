//! Generated coroutines against hand-written state machines: each benchmark constructs the
//! coroutine and drives it to completion, summing its yields.

use std::hint::black_box;

use coro_bench::{counter, counting_input, drain, large_state, nested, running_total, sum};
use criterion::{Criterion, Throughput, criterion_group, criterion_main};

fn bench_counter(c: &mut Criterion) {
    let mut group = c.benchmark_group("counter");
    group.throughput(Throughput::Elements(counter::N + 1));
    group.bench_function("generated", |b| {
        b.iter(|| black_box(sum(counter::generated(black_box(counter::N)))));
    });
    group.bench_function("hand", |b| {
        b.iter(|| black_box(sum(counter::hand(black_box(counter::N)))));
    });
    group.finish();
}

fn bench_nested(c: &mut Criterion) {
    let mut group = c.benchmark_group("nested");
    group.throughput(Throughput::Elements(nested::N * (nested::N - 1) / 2 + 1));
    group.bench_function("generated", |b| {
        b.iter(|| black_box(sum(nested::generated(black_box(nested::N)))));
    });
    group.bench_function("hand", |b| {
        b.iter(|| black_box(sum(nested::hand(black_box(nested::N)))));
    });
    group.finish();
}

fn bench_running_total(c: &mut Criterion) {
    let mut group = c.benchmark_group("running_total");
    group.throughput(Throughput::Elements(running_total::N + 1));
    group.bench_function("generated", |b| {
        b.iter(|| {
            black_box(drain(
                running_total::generated(black_box(running_total::N)),
                counting_input(),
            ))
        });
    });
    group.bench_function("hand", |b| {
        b.iter(|| {
            black_box(drain(
                running_total::hand(black_box(running_total::N)),
                counting_input(),
            ))
        });
    });
    group.finish();
}

fn bench_large_state(c: &mut Criterion) {
    let mut group = c.benchmark_group("large_state");
    group.throughput(Throughput::Elements(large_state::N + 1));
    group.bench_function("generated", |b| {
        b.iter(|| black_box(sum(large_state::generated(black_box(large_state::N)))));
    });
    group.bench_function("hand", |b| {
        b.iter(|| black_box(sum(large_state::hand(black_box(large_state::N)))));
    });
    group.finish();
}

criterion_group!(
    benches,
    bench_counter,
    bench_nested,
    bench_running_total,
    bench_large_state
);
criterion_main!(benches);
