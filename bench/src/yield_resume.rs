//! A bare suspension and resumption, `resume(())`, the same constant out each time: `n`
//! yields counted down (`while left > 0 { yield_!(1); left -= 1 }`) in every approach, so
//! that the loop is the hand-written machine's and what differs is the suspension.

use coro_core::{Coroutine, CoroutineState};

use crate::{Inline, Setting};

/// The size the benchmark uses.
pub const N: u64 = 1024;

/// Yields `1` `n` times, written with the attribute.
#[coro_core::coroutine(yield = u64)]
pub fn generated(n: u64) {
    let mut left = n;
    while left > 0 {
        yield_!(1);
        left -= 1;
    }
}

#[derive(Debug, Clone)]
enum State {
    Unresumed { n: u64 },
    Suspended { left: u64 },
    Returned,
}

/// Yields `1` `n` times, written by hand (counting down the yields left).
#[derive(Debug, Clone)]
pub struct HandYieldResume(State);

/// Builds a [`HandYieldResume`].
#[must_use]
pub fn hand(n: u64) -> HandYieldResume {
    HandYieldResume(State::Unresumed { n })
}

impl Coroutine for HandYieldResume {
    type Yield = u64;
    type Return = ();

    #[inline]
    fn resume(&mut self, (): ()) -> CoroutineState<u64, ()> {
        match &mut self.0 {
            State::Suspended { left } => {
                *left -= 1;
                if *left > 0 {
                    return CoroutineState::Yielded(1);
                }
            }
            State::Unresumed { n } => {
                let n = *n;
                if n > 0 {
                    self.0 = State::Suspended { left: n };
                    return CoroutineState::Yielded(1);
                }
            }
            State::Returned => panic!("coroutine resumed after completion"),
        }
        self.0 = State::Returned;
        CoroutineState::Complete(())
    }
}

/// Yields `1` `n` times, written with `diapause`.
#[diapause::coroutine(yield = u64)]
pub fn diapause_coroutine(n: u64) {
    let mut left: u64 = n;
    while left > 0 {
        yield_!(1);
        left -= 1;
    }
}

/// Yields `1` `n` times, the body of a `genawaiter` generator.
pub async fn genawaiter_body(co: genawaiter::stack::Co<'_, u64>, n: u64) {
    let mut left = n;
    while left > 0 {
        co.yield_(1).await;
        left -= 1;
    }
}

/// Constructs [`generated`] and drives it to completion in the setting `S`.
#[must_use]
#[inline]
pub fn run_generated_in<S: Setting>(n: u64) -> (u64, ()) {
    crate::sum_in::<S, _>(generated(n))
}

/// Constructs [`hand`] and drives it to completion in the setting `S`.
#[must_use]
#[inline]
pub fn run_hand_in<S: Setting>(n: u64) -> (u64, ()) {
    crate::sum_in::<S, _>(hand(n))
}

/// Constructs [`diapause_coroutine()`] and drives it to completion in the setting `S`.
#[must_use]
#[inline]
pub fn run_diapause_in<S: Setting>(n: u64) -> (u64, ()) {
    crate::drain_diapause::<S, _, _>(diapause_coroutine(n), || ())
}

/// Constructs [`genawaiter_body`] and drives it to completion in the setting `S`.
#[must_use]
#[inline]
pub fn run_genawaiter_in<S: Setting>(n: u64) -> (u64, ()) {
    genawaiter::stack::let_gen_using!(g, |co| genawaiter_body(co, n));
    crate::drain_genawaiter(|r| S::slot(&mut *g).resume_with(r), || ())
}

/// Yields `1` `n` times from a `corosensei` coroutine and drives it to completion in the
/// setting `S`.
#[must_use]
#[inline]
pub fn run_corosensei_in<S: Setting>(n: u64) -> (u64, ()) {
    crate::with_stack(|stack| {
        let mut co = corosensei::Coroutine::with_stack(stack, move |y, ()| {
            let mut left = n;
            while left > 0 {
                y.suspend(1);
                left -= 1;
            }
        });
        let result = crate::drain_corosensei::<S, _, _, _>(&mut co, || ());
        (result, co.into_stack())
    })
}

/// [`run_generated_in`] with the coroutine inline (a local the optimiser sees through).
#[must_use]
pub fn run_generated(n: u64) -> (u64, ()) {
    run_generated_in::<Inline>(n)
}

/// [`run_hand_in`] with the coroutine inline (a local the optimiser sees through).
#[must_use]
pub fn run_hand(n: u64) -> (u64, ()) {
    run_hand_in::<Inline>(n)
}

/// [`run_diapause_in`] with the coroutine inline (a local the optimiser sees through).
#[must_use]
pub fn run_diapause(n: u64) -> (u64, ()) {
    run_diapause_in::<Inline>(n)
}

/// [`run_genawaiter_in`] with the coroutine inline (a local the optimiser sees through).
#[must_use]
pub fn run_genawaiter(n: u64) -> (u64, ()) {
    run_genawaiter_in::<Inline>(n)
}

/// [`run_corosensei_in`] with the coroutine inline (a local the optimiser sees through).
#[must_use]
pub fn run_corosensei(n: u64) -> (u64, ()) {
    run_corosensei_in::<Inline>(n)
}
