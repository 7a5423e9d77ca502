#![forbid(unsafe_code)]
#![deny(warnings)]

use coro_core::{Coroutine, CoroutineState};

/// Yields the numbers below `n`, then their sum.
#[coro_core::coroutine(yield = u64, resume = u64)]
fn accumulate(n: u64) -> u64 {
    let mut total = 0;
    for i in 0..n {
        let extra = yield_!(i);
        total += i + extra;
    }
    total
}

fn main() {
    let mut co = accumulate(3);
    assert_eq!(co.resume(100), CoroutineState::Yielded(0));
    assert_eq!(co.resume(1), CoroutineState::Yielded(1));
    assert_eq!(co.resume(2), CoroutineState::Yielded(2));
    assert_eq!(co.resume(3), CoroutineState::Complete(0 + 1 + 1 + 2 + 2 + 3));
}
