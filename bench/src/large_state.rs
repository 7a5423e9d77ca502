//! A `[u64; 32]` buffer live across every yield; each step updates one slot from its
//! neighbour and yields it. Returns the wrapping sum of the buffer.

use coro_core::{Coroutine, CoroutineState};

use crate::{Inline, Setting};

/// The size the benchmark uses.
pub const N: u64 = 1024;

const LEN: usize = 32;

/// The large-state workload, written with the attribute.
#[coro_core::coroutine(yield = u64)]
pub fn generated(n: u64) -> u64 {
    let mut buf = [0u64; LEN];
    let mut slot = 0usize;
    for i in 0..n {
        buf[slot] = buf[(slot + LEN - 1) % LEN].wrapping_mul(3).wrapping_add(i);
        yield_!(buf[slot]);
        slot = (slot + 1) % LEN;
    }
    buf.iter().fold(0u64, |a, &b| a.wrapping_add(b))
}

// The buffer lives inline on purpose: this is what the generated coroutine does, and what
// the workload measures.
#[allow(clippy::large_enum_variant)]
#[derive(Debug, Clone)]
enum State {
    Unresumed {
        n: u64,
    },
    Suspended {
        buf: [u64; LEN],
        slot: usize,
        i: u64,
        n: u64,
    },
    Returned,
}

/// The large-state workload, written by hand.
#[derive(Debug, Clone)]
pub struct HandLargeState(State);

/// Builds a [`HandLargeState`].
#[must_use]
pub fn hand(n: u64) -> HandLargeState {
    HandLargeState(State::Unresumed { n })
}

#[inline]
fn step(buf: &mut [u64; LEN], slot: usize, i: u64) -> u64 {
    buf[slot] = buf[(slot + LEN - 1) % LEN].wrapping_mul(3).wrapping_add(i);
    buf[slot]
}

impl Coroutine for HandLargeState {
    type Yield = u64;
    type Return = u64;

    #[inline]
    fn resume(&mut self, (): ()) -> CoroutineState<u64, u64> {
        let total = match &mut self.0 {
            State::Suspended { buf, slot, i, n } => {
                *slot = (*slot + 1) % LEN;
                *i += 1;
                if *i < *n {
                    return CoroutineState::Yielded(step(buf, *slot, *i));
                }
                buf.iter().fold(0u64, |a, &b| a.wrapping_add(b))
            }
            State::Unresumed { n } => {
                let n = *n;
                if n > 0 {
                    self.0 = State::Suspended {
                        buf: [0; LEN],
                        slot: 0,
                        i: 0,
                        n,
                    };
                    if let State::Suspended { buf, .. } = &mut self.0 {
                        return CoroutineState::Yielded(step(buf, 0, 0));
                    }
                }
                0
            }
            State::Returned => panic!("coroutine resumed after completion"),
        };
        self.0 = State::Returned;
        CoroutineState::Complete(total)
    }
}

/// The large-state workload, written with `diapause`.
#[diapause::coroutine(yield = u64)]
pub fn diapause_coroutine(n: u64) -> u64 {
    let mut buf: [u64; LEN] = [0u64; LEN];
    let mut slot: usize = 0;
    for i in 0..n {
        buf[slot] = buf[(slot + LEN - 1) % LEN].wrapping_mul(3).wrapping_add(i);
        yield_!(buf[slot]);
        slot = (slot + 1) % LEN;
    }
    buf.iter().fold(0u64, |a, &b| a.wrapping_add(b))
}

/// The large-state workload, the body of a `genawaiter` generator.
pub async fn genawaiter_body(co: genawaiter::stack::Co<'_, u64>, n: u64) -> u64 {
    let mut buf = [0u64; LEN];
    let mut slot = 0usize;
    for i in 0..n {
        buf[slot] = buf[(slot + LEN - 1) % LEN].wrapping_mul(3).wrapping_add(i);
        co.yield_(buf[slot]).await;
        slot = (slot + 1) % LEN;
    }
    buf.iter().fold(0u64, |a, &b| a.wrapping_add(b))
}

/// Constructs [`generated`] and drives it to completion in the setting `S`.
#[must_use]
#[inline]
pub fn run_generated_in<S: Setting>(n: u64) -> (u64, u64) {
    crate::sum_in::<S, _>(generated(n))
}

/// Constructs [`hand`] and drives it to completion in the setting `S`.
#[must_use]
#[inline]
pub fn run_hand_in<S: Setting>(n: u64) -> (u64, u64) {
    crate::sum_in::<S, _>(hand(n))
}

/// Constructs [`diapause_coroutine()`] and drives it to completion in the setting `S`.
#[must_use]
#[inline]
pub fn run_diapause_in<S: Setting>(n: u64) -> (u64, u64) {
    crate::drain_diapause::<S, _, _>(diapause_coroutine(n), || ())
}

/// Constructs [`genawaiter_body`] and drives it to completion in the setting `S`.
#[must_use]
#[inline]
pub fn run_genawaiter_in<S: Setting>(n: u64) -> (u64, u64) {
    genawaiter::stack::let_gen_using!(g, |co| genawaiter_body(co, n));
    crate::drain_genawaiter(|r| S::slot(&mut *g).resume_with(r), || ())
}

/// The large-state workload in a `corosensei` coroutine, driven to completion.
#[must_use]
#[inline]
pub fn run_corosensei_in<S: Setting>(n: u64) -> (u64, u64) {
    crate::with_stack(|stack| {
        let mut co = corosensei::Coroutine::with_stack(stack, move |y, ()| {
            let mut buf = [0u64; LEN];
            let mut slot = 0usize;
            for i in 0..n {
                buf[slot] = buf[(slot + LEN - 1) % LEN].wrapping_mul(3).wrapping_add(i);
                y.suspend(buf[slot]);
                slot = (slot + 1) % LEN;
            }
            buf.iter().fold(0u64, |a, &b| a.wrapping_add(b))
        });
        let result = crate::drain_corosensei::<S, _, _, _>(&mut co, || ());
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
