//! Two nested loops with a data-dependent inner range:
//! `for i in 0..n { for j in i + 1..n { yield_!(i ^ j) } }` (2016 yields for `n = 64`).

use coro_core::{Coroutine, CoroutineState};

use crate::{Inline, Setting};

/// The size the benchmark uses.
pub const N: u64 = 64;

/// Yields `i ^ j` for every pair `i < j < n`, written with the attribute.
#[coro_core::coroutine(yield = u64)]
pub fn generated(n: u64) {
    for i in 0..n {
        for j in i + 1..n {
            yield_!(i ^ j);
        }
    }
}

#[derive(Debug, Clone)]
enum State {
    Unresumed { n: u64 },
    Suspended { i: u64, j: u64, n: u64 },
    Returned,
}

/// Yields `i ^ j` for every pair `i < j < n`, written by hand.
#[derive(Debug, Clone)]
pub struct HandNested(State);

/// Builds a [`HandNested`].
#[must_use]
pub fn hand(n: u64) -> HandNested {
    HandNested(State::Unresumed { n })
}

impl Coroutine for HandNested {
    type Yield = u64;
    type Return = ();

    #[inline]
    fn resume(&mut self, (): ()) -> CoroutineState<u64, ()> {
        if let State::Unresumed { n } = self.0 {
            // `j` is incremented below, so this starts at (0, 1).
            self.0 = State::Suspended { i: 0, j: 0, n };
        }
        match &mut self.0 {
            State::Suspended { i, j, n } => {
                *j += 1;
                loop {
                    if *j < *n {
                        return CoroutineState::Yielded(*i ^ *j);
                    }
                    *i += 1;
                    if *i >= *n {
                        break;
                    }
                    *j = *i + 1;
                }
            }
            State::Unresumed { .. } => unreachable!(),
            State::Returned => panic!("coroutine resumed after completion"),
        }
        self.0 = State::Returned;
        CoroutineState::Complete(())
    }
}

/// Yields `i ^ j` for every pair `i < j < n`, written with `diapause`.
#[diapause::coroutine(yield = u64)]
pub fn diapause_coroutine(n: u64) {
    for i in 0..n {
        for j in i + 1..n {
            yield_!(i ^ j);
        }
    }
}

/// Yields `i ^ j` for every pair `i < j < n`, the body of a `genawaiter` generator.
pub async fn genawaiter_body(co: genawaiter::stack::Co<'_, u64>, n: u64) {
    for i in 0..n {
        for j in i + 1..n {
            co.yield_(i ^ j).await;
        }
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

/// The nested loops in a `corosensei` coroutine, driven to completion.
#[must_use]
#[inline]
pub fn run_corosensei_in<S: Setting>(n: u64) -> (u64, ()) {
    crate::with_stack(|stack| {
        let mut co = corosensei::Coroutine::with_stack(stack, move |y, ()| {
            for i in 0..n {
                for j in i + 1..n {
                    y.suspend(i ^ j);
                }
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
