//! The hand-written expansion in `examples/counter-expanded.rs` behaves like the macro's.

#[allow(dead_code)]
#[path = "../examples/counter-expanded.rs"]
mod expanded;

use coro_core::{Coroutine, CoroutineState};

#[coro_core::coroutine(yield = u64)]
fn counter(n: u64) -> u64 {
    let mut total = 0;
    for i in 0..n {
        total += i;
        yield_!(i);
    }
    total
}

fn trace<C: Coroutine<(), Yield = u64, Return = u64>>(mut co: C) -> (Vec<u64>, u64) {
    let mut yields = Vec::new();
    loop {
        match co.resume(()) {
            CoroutineState::Yielded(y) => yields.push(y),
            CoroutineState::Complete(total) => return (yields, total),
        }
    }
}

#[test]
fn smoke() {
    assert_eq!(trace(counter(5)), trace(expanded::counter(5)));
    assert_eq!(trace(counter(5)), (vec![0, 1, 2, 3, 4], 10));
}

#[test]
fn the_expansion_has_the_same_size() {
    let (mut a, mut b) = (counter(3), expanded::counter(3));
    a.resume(());
    b.resume(());
    assert_eq!(std::mem::size_of_val(&a), std::mem::size_of_val(&b));
}

/// Both panic "coroutine resumed after completion" on every resume after the end.
#[test]
fn resumes_after_completion_panic_alike() {
    fn after_end<C: Coroutine<(), Yield = u64, Return = u64>>(mut co: C) -> Vec<String> {
        while let CoroutineState::Yielded(_) = co.resume(()) {}
        let mut co = std::panic::AssertUnwindSafe(co);
        (0..2)
            .map(|_| {
                let payload = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                    co.resume(());
                }))
                .unwrap_err();
                payload
                    .downcast_ref::<&str>()
                    .map(ToString::to_string)
                    .or_else(|| payload.downcast_ref::<String>().cloned())
                    .unwrap_or_default()
            })
            .collect()
    }
    let expected = ["coroutine resumed after completion"; 2];
    assert_eq!(after_end(counter(3)), expected);
    assert_eq!(after_end(expanded::counter(3)), expected);
}
