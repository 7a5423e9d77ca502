//! Resume values flowing in: yields a running sum, adds each resume value into it, and
//! returns the final sum.

use coro_core::{Coroutine, CoroutineState};

use crate::{Inline, Setting};

use crate::counting_input;

/// The size the benchmark uses.
pub const N: u64 = 1024;

/// Yields the running total `n` times, adding each resume value after it; returns the
/// total. The first resume's argument is dropped. Written with the attribute.
#[coro_core::coroutine(yield = u64, resume = u64)]
pub fn generated(n: u64) -> u64 {
    let mut total = 0u64;
    for _ in 0..n {
        let x = yield_!(total);
        total = total.wrapping_add(x);
    }
    total
}

#[derive(Debug, Clone)]
enum State {
    Unresumed { n: u64 },
    Suspended { total: u64, left: u64 },
    Returned,
}

/// The running total, written by hand.
#[derive(Debug, Clone)]
pub struct HandRunningTotal(State);

/// Builds a [`HandRunningTotal`].
#[must_use]
pub fn hand(n: u64) -> HandRunningTotal {
    HandRunningTotal(State::Unresumed { n })
}

impl Coroutine<u64> for HandRunningTotal {
    type Yield = u64;
    type Return = u64;

    #[inline]
    fn resume(&mut self, x: u64) -> CoroutineState<u64, u64> {
        let total = match &mut self.0 {
            State::Suspended { total, left } => {
                *total = total.wrapping_add(x);
                *left -= 1;
                if *left > 0 {
                    return CoroutineState::Yielded(*total);
                }
                *total
            }
            State::Unresumed { n } => {
                let n = *n;
                if n > 0 {
                    self.0 = State::Suspended { total: 0, left: n };
                    return CoroutineState::Yielded(0);
                }
                0
            }
            State::Returned => panic!("coroutine resumed after completion"),
        };
        self.0 = State::Returned;
        CoroutineState::Complete(total)
    }
}

/// The running total, written with `diapause`.
#[diapause::coroutine(yield = u64, resume = u64)]
pub fn diapause_coroutine(n: u64) -> u64 {
    let mut total: u64 = 0;
    for _ in 0..n {
        let x = yield_!(total);
        total = total.wrapping_add(x);
    }
    total
}

/// The running total, the body of a `genawaiter` generator.
pub async fn genawaiter_body(co: genawaiter::stack::Co<'_, u64, u64>, n: u64) -> u64 {
    let mut total = 0u64;
    for _ in 0..n {
        let x = co.yield_(total).await;
        total = total.wrapping_add(x);
    }
    total
}

/// Constructs [`generated`] and drives it to completion in the setting `S` with [`counting_input`].
#[must_use]
#[inline]
pub fn run_generated_in<S: Setting>(n: u64) -> (u64, u64) {
    crate::drain_in::<S, _, _>(generated(n), counting_input())
}

/// Constructs [`hand`] and drives it to completion in the setting `S` with [`counting_input`].
#[must_use]
#[inline]
pub fn run_hand_in<S: Setting>(n: u64) -> (u64, u64) {
    crate::drain_in::<S, _, _>(hand(n), counting_input())
}

/// Constructs [`diapause_coroutine()`] and drives it to completion in the setting `S` with [`counting_input`].
#[must_use]
#[inline]
pub fn run_diapause_in<S: Setting>(n: u64) -> (u64, u64) {
    crate::drain_diapause::<S, _, _>(diapause_coroutine(n), counting_input())
}

/// Constructs [`genawaiter_body`] and drives it to completion in the setting `S` with [`counting_input`].
#[must_use]
#[inline]
pub fn run_genawaiter_in<S: Setting>(n: u64) -> (u64, u64) {
    genawaiter::stack::let_gen_using!(g, |co| genawaiter_body(co, n));
    crate::drain_genawaiter(|r| S::slot(&mut *g).resume_with(r), counting_input())
}

/// The running total in a `corosensei` coroutine, driven to completion with
/// [`counting_input`]. The closure's argument is the first input, dropped as elsewhere.
#[must_use]
#[inline]
pub fn run_corosensei_in<S: Setting>(n: u64) -> (u64, u64) {
    crate::with_stack(|stack| {
        let mut co = corosensei::Coroutine::with_stack(stack, move |y, _first: u64| {
            let mut total = 0u64;
            for _ in 0..n {
                let x = y.suspend(total);
                total = total.wrapping_add(x);
            }
            total
        });
        let result = crate::drain_corosensei::<S, _, _, _>(&mut co, counting_input());
        (result, co.into_stack())
    })
}

/// [`run_generated_in`] with the coroutine inline (a local the optimiser sees through).
#[must_use]
pub fn run_generated(n: u64) -> (u64, u64) {
    run_generated_in::<Inline>(n)
}

/// [`run_hand_in`] with the coroutine inline (a local the optimiser sees through).
#[must_use]
pub fn run_hand(n: u64) -> (u64, u64) {
    run_hand_in::<Inline>(n)
}

/// [`run_diapause_in`] with the coroutine inline (a local the optimiser sees through).
#[must_use]
pub fn run_diapause(n: u64) -> (u64, u64) {
    run_diapause_in::<Inline>(n)
}

/// [`run_genawaiter_in`] with the coroutine inline (a local the optimiser sees through).
#[must_use]
pub fn run_genawaiter(n: u64) -> (u64, u64) {
    run_genawaiter_in::<Inline>(n)
}

/// [`run_corosensei_in`] with the coroutine inline (a local the optimiser sees through).
#[must_use]
pub fn run_corosensei(n: u64) -> (u64, u64) {
    run_corosensei_in::<Inline>(n)
}
