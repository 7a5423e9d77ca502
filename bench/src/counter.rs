//! `for i in 0..n { yield_!(i) }`: the smallest loop, one `u64` out per resume.

use coro_core::{Coroutine, CoroutineState};

use crate::{Inline, Setting};

/// The size the benchmark uses.
pub const N: u64 = 1024;

/// Yields `0..n`, written with the attribute.
#[coro_core::coroutine(yield = u64)]
pub fn generated(n: u64) {
    for i in 0..n {
        yield_!(i);
    }
}

#[derive(Debug, Clone)]
enum State {
    Unresumed { n: u64 },
    Suspended { i: u64, n: u64 },
    Returned,
}

/// Yields `0..n`, written by hand.
#[derive(Debug, Clone)]
pub struct HandCounter(State);

/// Builds a [`HandCounter`].
#[must_use]
pub fn hand(n: u64) -> HandCounter {
    HandCounter(State::Unresumed { n })
}

impl Coroutine for HandCounter {
    type Yield = u64;
    type Return = ();

    #[inline]
    fn resume(&mut self, (): ()) -> CoroutineState<u64, ()> {
        match &mut self.0 {
            State::Suspended { i, n } => {
                *i += 1;
                if *i < *n {
                    return CoroutineState::Yielded(*i);
                }
            }
            State::Unresumed { n } => {
                let n = *n;
                if n > 0 {
                    self.0 = State::Suspended { i: 0, n };
                    return CoroutineState::Yielded(0);
                }
            }
            State::Returned => panic!("coroutine resumed after completion"),
        }
        self.0 = State::Returned;
        CoroutineState::Complete(())
    }
}

/// Yields `0..n`, written with `diapause`.
#[diapause::coroutine(yield = u64)]
pub fn diapause_coroutine(n: u64) {
    for i in 0..n {
        yield_!(i);
    }
}

/// Yields `0..n`, the body of a `genawaiter` generator.
pub async fn genawaiter_body(co: genawaiter::stack::Co<'_, u64>, n: u64) {
    for i in 0..n {
        co.yield_(i).await;
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

/// Yields `0..n` from a `corosensei` coroutine and drives it to completion in the setting `S`.
#[must_use]
#[inline]
pub fn run_corosensei_in<S: Setting>(n: u64) -> (u64, ()) {
    crate::with_stack(|stack| {
        let mut co = corosensei::Coroutine::with_stack(stack, move |y, ()| {
            for i in 0..n {
                y.suspend(i);
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
