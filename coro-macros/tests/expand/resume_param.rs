//! Values both ways: a `#[resume]` parameter receives the first resume argument, and each
//! `yield_!` evaluates to the next one.

/// Adds up what it is resumed with, yielding the running total, until it reaches `limit`.
#[coro_core::coroutine(yield = i64, resume = i64)]
pub fn accumulator(#[resume] first: i64, limit: i64) -> i64 {
    let mut total = first;
    while total < limit {
        let delta = yield_!(total);
        total += delta;
    }
    total
}
