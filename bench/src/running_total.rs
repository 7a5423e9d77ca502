//! Resume values flowing in: yields a running sum, adds each resume value into it, and
//! returns the final sum.

use coro_core::{Coroutine, CoroutineState};

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
