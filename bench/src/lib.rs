//! Workloads for comparing `#[coro_core::coroutine]` against hand-written state machines
//! and against other coroutine implementations.
//!
//! Each module holds one workload once per approach, with identical observable behaviour:
//!
//! - `generated`: written with `#[coro_core::coroutine]` (this project);
//! - `hand`: an enum plus `impl Coroutine` written as a careful human would (resuming in
//!   place, no moves of the state on the hot path): the limit;
//! - `diapause`: the `diapause` crate's `#[diapause::coroutine]`, which also rewrites the body
//!   into an enum state machine;
//! - `genawaiter`: the `genawaiter` crate's stack-pinned generators (an `async fn` driven as
//!   a generator);
//! - `corosensei`: the `corosensei` crate's stackful coroutines (a separate machine stack,
//!   switched to and from on every resume).
//!
//! Each module's `run_*` functions construct the coroutine and drive it to completion,
//! returning the wrapping sum of its yields and its return value; unit tests assert that every
//! approach returns the same. [`drain`] and [`sum`] drive a [`Coroutine`] of this project;
//! [`drain_diapause`], [`drain_genawaiter`] and [`drain_corosensei`] do the same for the
//! peers, with the same [`black_box`] on every yield.

use core::hint::black_box;

use coro_core::{Coroutine, CoroutineState};

pub mod counter;
pub mod large_state;
pub mod nested;
pub mod parser;
pub mod running_total;
pub mod runtime;

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

/// [`drain`] for a `diapause` coroutine, with the same sequence of inputs: `diapause` starts
/// with `start()`, which takes no argument, so the first `input()` is drawn and dropped, as
/// the first resume argument is dropped by a coroutine of this project that has no
/// `#[resume]` parameter.
#[inline]
pub fn drain_diapause<R, C>(mut co: C, mut input: impl FnMut() -> R) -> (u64, C::Return)
where
    C: diapause::Coroutine<R, Yield = u64>,
{
    let mut total = 0u64;
    drop(input());
    let mut state = co.start();
    loop {
        match state {
            diapause::CoroutineState::Yielded(y) => total = total.wrapping_add(black_box(y)),
            diapause::CoroutineState::Complete(ret) => return (total, ret),
        }
        state = co.resume(input());
    }
}

/// [`drain`] for a `genawaiter` generator (any flavour: it takes the resume function). The
/// first resume argument reaches no `yield_` and is dropped by `genawaiter`, as here.
#[inline]
pub fn drain_genawaiter<R, T>(
    mut resume: impl FnMut(R) -> genawaiter::GeneratorState<u64, T>,
    mut input: impl FnMut() -> R,
) -> (u64, T) {
    let mut total = 0u64;
    loop {
        match resume(input()) {
            genawaiter::GeneratorState::Yielded(y) => total = total.wrapping_add(black_box(y)),
            genawaiter::GeneratorState::Complete(ret) => return (total, ret),
        }
    }
}

/// [`drain`] for a `corosensei` coroutine. Its body receives the first input as the argument
/// of its closure, like a `#[resume]` parameter.
#[inline]
pub fn drain_corosensei<R, T, S>(
    co: &mut corosensei::Coroutine<R, u64, T, S>,
    mut input: impl FnMut() -> R,
) -> (u64, T)
where
    S: corosensei::stack::Stack,
{
    let mut total = 0u64;
    loop {
        match co.resume(input()) {
            corosensei::CoroutineResult::Yield(y) => total = total.wrapping_add(black_box(y)),
            corosensei::CoroutineResult::Return(ret) => return (total, ret),
        }
    }
}

thread_local! {
    static STACK: core::cell::Cell<Option<corosensei::stack::DefaultStack>> =
        const { core::cell::Cell::new(None) };
}

/// Runs `f` with a machine stack for a `corosensei` coroutine, reusing one stack per thread
/// (as a stackful runtime pools its stacks), so that a benchmark run measures the coroutine,
/// not `mmap` and `munmap` of a fresh stack.
///
/// # Panics
///
/// If no stack can be allocated.
pub fn with_stack<T>(
    f: impl FnOnce(corosensei::stack::DefaultStack) -> (T, corosensei::stack::DefaultStack),
) -> T {
    let stack = STACK
        .take()
        .unwrap_or_else(|| corosensei::stack::DefaultStack::new(64 * 1024).expect("a stack"));
    let (result, stack) = f(stack);
    STACK.set(Some(stack));
    result
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
    use super::{counter, counting_input, large_state, nested, parser, running_total};
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

    /// Every approach of every workload returns the same sum of yields and return value.
    #[test]
    fn approaches_agree() {
        macro_rules! agree {
            ($module:ident, $($n:expr),*) => {
                for n in [$($n),*] {
                    let expected = $module::run_hand(n);
                    assert_eq!($module::run_generated(n), expected, "generated, n = {n}");
                    assert_eq!($module::run_diapause(n), expected, "diapause, n = {n}");
                    assert_eq!($module::run_genawaiter(n), expected, "genawaiter, n = {n}");
                    assert_eq!($module::run_corosensei(n), expected, "corosensei, n = {n}");
                }
            };
        }
        agree!(counter, 0, 1, 2, counter::N);
        agree!(nested, 0, 1, 2, 3, nested::N);
        agree!(running_total, 0, 1, 2, running_total::N);
        agree!(large_state, 0, 1, 31, 32, 33, large_state::N);
    }

    fn parse_all(input: &[u8], chunk: usize) -> parser::Summary {
        let expected = parser::run_hand(input, chunk);
        assert_eq!(
            parser::run_generated(input, chunk),
            expected,
            "generated, {chunk}"
        );
        assert_eq!(
            parser::run_diapause(input, chunk),
            expected,
            "diapause, {chunk}"
        );
        assert_eq!(
            parser::run_genawaiter(input, chunk),
            expected,
            "genawaiter, {chunk}"
        );
        assert_eq!(
            parser::run_corosensei(input, chunk),
            expected,
            "corosensei, {chunk}"
        );
        expected
    }

    #[test]
    fn parsers_agree() {
        let input = parser::input();
        assert!(input.len() <= parser::INPUT_LEN && input.len() > parser::INPUT_LEN - 200);
        let requests = input.windows(4).filter(|w| w == b"\r\n\r\n").count() as u64;
        for chunk in [1, 2, 3, 7, 16, 100, 4096, 1 << 20] {
            let summary = parse_all(&input, chunk);
            assert_eq!(summary.requests, requests);
            assert_eq!(summary.headers, 5 * requests);
            assert_eq!(summary.errors, 0);
            // Every chunk is fed either on `NeedInput` or to start a head.
            assert!(summary.need_input + summary.requests >= (input.len() / chunk) as u64);
        }
        // An error stops the stream, at the same place for every approach.
        let mut bad = input[..500].to_vec();
        bad.extend_from_slice(b"GET / HTTP/1.1\r\nHost example\r\n\r\n");
        bad.extend_from_slice(&input[..500]);
        for chunk in [1, 16, 4096] {
            let summary = parse_all(&bad, chunk);
            assert_eq!(summary.errors, 1);
            assert_eq!(summary.requests, 3);
        }
        // The input ends inside a head.
        assert_eq!(parse_all(&input[..100], 16).errors, 1);
    }
}
