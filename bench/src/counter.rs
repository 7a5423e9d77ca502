//! `for i in 0..n { yield_!(i) }`: the smallest loop, one `u64` out per resume.

use coro_core::{Coroutine, CoroutineState};

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
