//! `coro!` with captures: the closure moves `greeting`, `names` and `count` into the
//! coroutine's first state.

use coro_core::Coroutine;

/// Yields a greeting for each name; returns how many there were.
pub fn greeter(
    greeting: String,
    names: Vec<&'static str>,
) -> impl Coroutine<(), Yield = String, Return = usize> {
    let count = names.len();
    coro_core::coro!(yield = String; move || {
        for name in names {
            yield_!(format!("{greeting}, {name}!"));
        }
        count
    })
}
