//! Values both ways, `resume(x)`: yields back each resume value as it comes in
//! (`x = yield_!(x)`), and returns the last one. The `n` yields are counted down in every
//! approach, as in the hand-written machine, so that what differs is the suspension.

use coro_core::{Coroutine, CoroutineState};

use crate::{Inline, Setting, counting_input};

/// The size the benchmark uses.
pub const N: u64 = 1024;

/// Yields `n` times, each time the value the previous resume passed in (`0` first: the first
/// resume's argument is dropped); returns the last resume value. Written with the attribute.
#[coro_core::coroutine(yield = u64, resume = u64)]
pub fn generated(n: u64) -> u64 {
    let mut x = 0u64;
    let mut left = n;
    while left > 0 {
        x = yield_!(x);
        left -= 1;
    }
    x
}

#[derive(Debug, Clone)]
enum State {
    Unresumed { n: u64 },
    Suspended { left: u64 },
    Returned,
}

/// The echo, written by hand: the value in is the value out, so the state keeps only the
/// yields left.
#[derive(Debug, Clone)]
pub struct HandTwoWay(State);

/// Builds a [`HandTwoWay`].
#[must_use]
pub fn hand(n: u64) -> HandTwoWay {
    HandTwoWay(State::Unresumed { n })
}

impl Coroutine<u64> for HandTwoWay {
    type Yield = u64;
    type Return = u64;

    #[inline]
    fn resume(&mut self, x: u64) -> CoroutineState<u64, u64> {
        let last = match &mut self.0 {
            State::Suspended { left } => {
                *left -= 1;
                if *left > 0 {
                    return CoroutineState::Yielded(x);
                }
                x
            }
            State::Unresumed { n } => {
                let n = *n;
                if n > 0 {
                    self.0 = State::Suspended { left: n };
                    return CoroutineState::Yielded(0);
                }
                0
            }
            State::Returned => panic!("coroutine resumed after completion"),
        };
        self.0 = State::Returned;
        CoroutineState::Complete(last)
    }
}

/// The echo, written with `diapause`.
#[diapause::coroutine(yield = u64, resume = u64)]
pub fn diapause_coroutine(n: u64) -> u64 {
    let mut x: u64 = 0;
    let mut left: u64 = n;
    while left > 0 {
        x = yield_!(x);
        left -= 1;
    }
    x
}

/// The echo, the body of a `genawaiter` generator.
pub async fn genawaiter_body(co: genawaiter::stack::Co<'_, u64, u64>, n: u64) -> u64 {
    let mut x = 0u64;
    let mut left = n;
    while left > 0 {
        x = co.yield_(x).await;
        left -= 1;
    }
    x
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

/// The echo in a `corosensei` coroutine, driven to completion with [`counting_input`]. The
/// closure's argument is the first input, dropped as elsewhere.
#[must_use]
#[inline]
pub fn run_corosensei_in<S: Setting>(n: u64) -> (u64, u64) {
    crate::with_stack(|stack| {
        let mut co = corosensei::Coroutine::with_stack(stack, move |y, _first: u64| {
            let mut x = 0u64;
            let mut left = n;
            while left > 0 {
                x = y.suspend(x);
                left -= 1;
            }
            x
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
