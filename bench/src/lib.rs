//! Workloads for comparing `#[coro_core::coroutine]` against hand-written state machines.
//!
//! Each module holds one workload twice: `generated`, written with the attribute, and
//! `hand`, an enum plus `impl Coroutine` written as a careful human would (resuming in
//! place, no moves of the state on the hot path). [`drain`] and [`sum`] drive either to
//! completion, summing what it yields.

use core::hint::black_box;

use coro_core::{Coroutine, CoroutineState};

pub mod counter;
pub mod large_state;
pub mod nested;
pub mod running_total;

/// Resumes `co` until it completes, passing `input()` to every resume (the first included);
/// returns the wrapping sum of its yields and its return value.
///
/// Every yielded value passes through [`black_box`], so that the optimiser has to run each
/// resume rather than fold the whole loop into a closed form (without it, `counter` and
/// `running_total` compile to a few arithmetic instructions in both implementations).
#[inline]
pub fn drain<R, C>(mut co: C, mut input: impl FnMut() -> R) -> (u64, C::Return)
where
    C: Coroutine<R, Yield = u64>,
{
    let mut total = 0u64;
    loop {
        match co.resume(input()) {
            CoroutineState::Yielded(y) => total = total.wrapping_add(black_box(y)),
            CoroutineState::Complete(ret) => return (total, ret),
        }
    }
}

/// [`drain`] for coroutines resumed with `()`.
#[inline]
pub fn sum<C>(co: C) -> (u64, C::Return)
where
    C: Coroutine<Yield = u64>,
{
    drain(co, || ())
}

/// The resume values [`running_total`] is driven with: 1, 2, 3, ...
pub fn counting_input() -> impl FnMut() -> u64 {
    let mut k = 0u64;
    move || {
        k += 1;
        k
    }
}

#[cfg(test)]
mod tests {
    use super::{counter, counting_input, large_state, nested, running_total};
    use core::mem::size_of_val;
    use coro_core::{Coroutine, CoroutineState};

    /// Drives `co` to completion, recording every yield, the return value, and
    /// `size_of_val(&co)` taken after the first resume.
    fn trace<R, C>(mut co: C, mut input: impl FnMut() -> R) -> (Vec<u64>, C::Return, usize)
    where
        C: Coroutine<R, Yield = u64>,
    {
        let mut yields = Vec::new();
        let mut size = None;
        loop {
            let state = co.resume(input());
            size.get_or_insert(size_of_val(&co));
            match state {
                CoroutineState::Yielded(y) => yields.push(y),
                CoroutineState::Complete(ret) => return (yields, ret, size.unwrap()),
            }
        }
    }

    fn report(name: &str, generated: usize, hand: usize) {
        let note = if generated > hand {
            "  (generated is LARGER)"
        } else {
            ""
        };
        println!(
            "size_of_val {name}: generated = {generated} bytes, hand-written = {hand} bytes{note}"
        );
    }

    #[test]
    fn counter_matches() {
        for n in [0, 1, 2, 1024] {
            let (gy, gr, gs) = trace(counter::generated(n), || ());
            let (hy, hr, hs) = trace(counter::hand(n), || ());
            assert_eq!(gy, (0..n).collect::<Vec<_>>());
            assert_eq!((gy, gr), (hy, hr));
            if n == counter::N {
                report("counter", gs, hs);
            }
        }
    }

    #[test]
    fn nested_matches() {
        for n in [0, 1, 2, 3, 64] {
            let (gy, gr, gs) = trace(nested::generated(n), || ());
            let (hy, hr, hs) = trace(nested::hand(n), || ());
            let expected: Vec<u64> = (0..n)
                .flat_map(|i| (i + 1..n).map(move |j| i ^ j))
                .collect();
            assert_eq!(gy, expected);
            assert_eq!((gy, gr), (hy, hr));
            if n == nested::N {
                assert_eq!(expected.len(), 2016);
                report("nested", gs, hs);
            }
        }
    }

    #[test]
    fn running_total_matches() {
        for n in [0, 1, 2, 1024] {
            let (gy, gr, gs) = trace(running_total::generated(n), counting_input());
            let (hy, hr, hs) = trace(running_total::hand(n), counting_input());
            // Yields 0, 2, 2+3, ... (the first resume's 1 is dropped); returns the sum of 2..=n+1.
            let expected: Vec<u64> = (0..n).map(|k| (2..k + 2).sum()).collect();
            assert_eq!(gy, expected);
            assert_eq!(gr, (2..n + 2).sum::<u64>());
            assert_eq!((gy, gr), (hy, hr));
            if n == running_total::N {
                report("running_total", gs, hs);
            }
        }
    }

    #[test]
    fn large_state_matches() {
        for n in [0, 1, 31, 32, 33, 1024] {
            let (gy, gr, gs) = trace(large_state::generated(n), || ());
            let (hy, hr, hs) = trace(large_state::hand(n), || ());
            let mut buf = [0u64; 32];
            let mut expected = Vec::new();
            for i in 0..n {
                let slot = usize::try_from(i % 32).unwrap();
                buf[slot] = buf[(slot + 31) % 32].wrapping_mul(3).wrapping_add(i);
                expected.push(buf[slot]);
            }
            assert_eq!(gy, expected);
            assert_eq!(gr, buf.iter().fold(0, |a: u64, &b| a.wrapping_add(b)));
            assert_eq!((gy, gr), (hy, hr));
            if n == large_state::N {
                report("large_state", gs, hs);
            }
        }
    }
}
