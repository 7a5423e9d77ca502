//! `yield_from!`: delegating to another coroutine, whose return value is the value of the
//! `yield_from!`.

/// Counts down from `from` to 1.
#[coro_core::coroutine(yield = u32)]
pub fn countdown(from: u32) -> &'static str {
    for n in (1..=from).rev() {
        yield_!(n);
    }
    "liftoff"
}

/// Two countdowns in a row; returns what each returned.
#[coro_core::coroutine(yield = u32)]
pub fn two_countdowns(a: u32, b: u32) -> [&'static str; 2] {
    let first = yield_from!(countdown(a));
    let second = yield_from!(countdown(b));
    [first, second]
}
