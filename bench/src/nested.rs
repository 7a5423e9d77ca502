//! Two nested loops with a data-dependent inner range:
//! `for i in 0..n { for j in i + 1..n { yield_!(i ^ j) } }` (2016 yields for `n = 64`).

use coro_core::{Coroutine, CoroutineState};

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
