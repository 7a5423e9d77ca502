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
//! peers, with the same [`black_box`] on every yield. The `run_*_in` functions and the drivers
//! take a [`Setting`]: [`Inline`] (the coroutine a local the optimiser sees through),
//! [`Memory`] (every resume through `black_box(&mut co)`) or [`Dyn`] (through `&mut dyn
//! Coroutine`); `run_*` is the inline one, [`memory`] and [`dyn_coroutine`] hold the others.

use core::hint::black_box;

use coro_core::{Coroutine, CoroutineState};

pub mod counter;
pub mod large_state;
pub mod nested;
pub mod parser;
pub mod running_total;
pub mod runtime;
pub mod two_way;
pub mod yield_resume;

/// Where a coroutine sits when its driver resumes it: the benchmarks' settings.
///
/// - [`Inline`]: a local the optimiser sees through (today's numbers): the constructor, the
///   driver loop and `resume` inline into one function and the state can live in registers.
/// - [`Memory`]: every resume goes through `black_box(&mut co)`, a slot the optimiser cannot
///   see through, as for a coroutine in a scheduler's task slot or a struct field: each
///   resume loads the state from memory and stores it back.
/// - [`Dyn`]: every resume goes through `black_box(&mut co as &mut dyn Coroutine<R, ..>)`: an
///   indirect call on memory, as for a `Vec<Box<dyn Coroutine>>`. Of the peers, only
///   `diapause` has a coroutine trait with `resume(&mut self, R)` to make an object of; for
///   `genawaiter` and `corosensei` [`Dyn`] is the same as [`Memory`] and the benchmarks do
///   not report it.
pub trait Setting {
    /// The setting's name in benchmark ids and on the command line.
    const NAME: &'static str;

    /// `co` as the driver reaches it on every resume: itself, or through [`black_box`].
    fn slot<T: ?Sized>(co: &mut T) -> &mut T;

    /// Resumes a coroutine of this project in this setting: through [`slot`](Self::slot),
    /// unless the setting calls it another way.
    #[inline]
    fn resume<R, C: Coroutine<R>>(co: &mut C, arg: R) -> CoroutineState<C::Yield, C::Return> {
        Self::slot(co).resume(arg)
    }

    /// Starts a `diapause` coroutine in this setting.
    #[inline]
    fn start_diapause<R, C: diapause::Coroutine<R>>(
        co: &mut C,
    ) -> diapause::CoroutineState<C::Yield, C::Return> {
        Self::slot(co).start()
    }

    /// Resumes a `diapause` coroutine in this setting.
    #[inline]
    fn resume_diapause<R, C: diapause::Coroutine<R>>(
        co: &mut C,
        arg: R,
    ) -> diapause::CoroutineState<C::Yield, C::Return> {
        Self::slot(co).resume(arg)
    }
}

/// The coroutine is a local the optimiser sees through (see [`Setting`]).
#[derive(Debug, Clone, Copy, Default)]
pub struct Inline;

/// Every resume goes through `black_box(&mut co)` (see [`Setting`]).
#[derive(Debug, Clone, Copy, Default)]
pub struct Memory;

/// Every resume goes through `black_box(&mut dyn Coroutine<R, ..>)` (see [`Setting`]).
#[derive(Debug, Clone, Copy, Default)]
pub struct Dyn;

impl Setting for Inline {
    const NAME: &'static str = "inline";

    #[inline]
    fn slot<T: ?Sized>(co: &mut T) -> &mut T {
        co
    }
}

impl Setting for Memory {
    const NAME: &'static str = "memory";

    #[inline]
    fn slot<T: ?Sized>(co: &mut T) -> &mut T {
        black_box(co)
    }
}

impl Setting for Dyn {
    const NAME: &'static str = "dyn";

    #[inline]
    fn slot<T: ?Sized>(co: &mut T) -> &mut T {
        black_box(co)
    }

    #[inline]
    fn resume<R, C: Coroutine<R>>(co: &mut C, arg: R) -> CoroutineState<C::Yield, C::Return> {
        let co: &mut dyn Coroutine<R, Yield = C::Yield, Return = C::Return> = co;
        black_box(co).resume(arg)
    }

    #[inline]
    fn start_diapause<R, C: diapause::Coroutine<R>>(
        co: &mut C,
    ) -> diapause::CoroutineState<C::Yield, C::Return> {
        let co: &mut dyn diapause::Coroutine<R, Yield = C::Yield, Return = C::Return> = co;
        black_box(co).start()
    }

    #[inline]
    fn resume_diapause<R, C: diapause::Coroutine<R>>(
        co: &mut C,
        arg: R,
    ) -> diapause::CoroutineState<C::Yield, C::Return> {
        let co: &mut dyn diapause::Coroutine<R, Yield = C::Yield, Return = C::Return> = co;
        black_box(co).resume(arg)
    }
}

/// Resumes `co` until it completes, passing `input()` to every resume (the first included);
/// returns the wrapping sum of its yields and its return value.
///
/// Every yielded value passes through [`black_box`], so that the optimiser has to run each
/// resume rather than fold the whole loop into a closed form (without it, `counter` and
/// `running_total` compile to a few arithmetic instructions in both implementations).
#[inline]
pub fn drain<R, C>(co: C, input: impl FnMut() -> R) -> (u64, C::Return)
where
    C: Coroutine<R, Yield = u64>,
{
    drain_in::<Inline, R, C>(co, input)
}

/// [`drain`] in the [`Setting`] `S`.
#[inline]
pub fn drain_in<S, R, C>(mut co: C, mut input: impl FnMut() -> R) -> (u64, C::Return)
where
    S: Setting,
    C: Coroutine<R, Yield = u64>,
{
    let mut total = 0u64;
    loop {
        match S::resume(&mut co, input()) {
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

/// [`sum`] in the [`Setting`] `S`.
#[inline]
pub fn sum_in<S: Setting, C>(co: C) -> (u64, C::Return)
where
    C: Coroutine<Yield = u64>,
{
    drain_in::<S, (), C>(co, || ())
}

/// [`drain_in`] for a `diapause` coroutine, with the same sequence of inputs: `diapause`
/// starts with `start()`, which takes no argument, so the first `input()` is drawn and
/// dropped, as the first resume argument is dropped by a coroutine of this project that has
/// no `#[resume]` parameter.
#[inline]
pub fn drain_diapause<S, R, C>(mut co: C, mut input: impl FnMut() -> R) -> (u64, C::Return)
where
    S: Setting,
    C: diapause::Coroutine<R, Yield = u64>,
{
    let mut total = 0u64;
    drop(input());
    let mut state = S::start_diapause(&mut co);
    loop {
        match state {
            diapause::CoroutineState::Yielded(y) => total = total.wrapping_add(black_box(y)),
            diapause::CoroutineState::Complete(ret) => return (total, ret),
        }
        state = S::resume_diapause(&mut co, input());
    }
}

/// [`drain`] for a `genawaiter` generator (any flavour: it takes the resume function, which
/// reaches the generator through [`Setting::slot`]). The first resume argument reaches no
/// `yield_` and is dropped by `genawaiter`, as here.
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

/// [`drain_in`] for a `corosensei` coroutine, reached through [`Setting::slot`] on every
/// resume. Its body receives the first input as the argument of its closure, like a
/// `#[resume]` parameter.
#[inline]
pub fn drain_corosensei<S, R, T, St>(
    co: &mut corosensei::Coroutine<R, u64, T, St>,
    mut input: impl FnMut() -> R,
) -> (u64, T)
where
    S: Setting,
    St: corosensei::stack::Stack,
{
    let mut total = 0u64;
    loop {
        match S::slot(&mut *co).resume(input()) {
            corosensei::CoroutineResult::Yield(y) => total = total.wrapping_add(black_box(y)),
            corosensei::CoroutineResult::Return(ret) => return (total, ret),
        }
    }
}

/// Non-generic `run_*` functions of every workload in one setting.
///
/// Those marked `#[inline]` are compiled only in the crate that calls them (a benchmark
/// binary), apart from this crate's [`Inline`] drivers: a coroutine's `#[inline]` `resume`
/// (this project's, the hand-written ones, `genawaiter`'s generic one) that had a second
/// caller in the same code unit would no longer be inlined into the [`Inline`] driver as when
/// that is its only caller, and the inline numbers would change. `diapause`'s `resume` is not
/// `#[inline]`, so it can be inlined only in this crate: its drivers are compiled here.
macro_rules! setting_runs {
    ($setting:ty, $runs:tt, $($module:ident: $ret:ty),*) => {$(
        setting_runs!(@module $setting, $runs, $module, $ret);
    )*};
    (@module $setting:ty, [$($(#[$attr:meta])* $run:ident = $run_in:ident),*], $module:ident, $ret:ty) => {
        #[doc = concat!("`", stringify!($module), "` in this setting.")]
        pub mod $module {
            $(
                #[doc = concat!(
                    "[`crate::", stringify!($module), "::", stringify!($run_in),
                    "`] in this setting."
                )]
                #[must_use]
                $(#[$attr])*
                pub fn $run(n: u64) -> (u64, $ret) {
                    crate::$module::$run_in::<$setting>(n)
                }
            )*
        }
    };
}

/// [`setting_runs`] for the parser: `run_*(input, chunk)`.
macro_rules! parser_runs {
    ($setting:ty, [$($(#[$attr:meta])* $run:ident = $run_in:ident),*]) => {
        /// `parser` in this setting.
        pub mod parser {
            $(
                #[doc = concat!("[`crate::parser::", stringify!($run_in), "`] in this setting.")]
                #[must_use]
                $(#[$attr])*
                pub fn $run(input: &[u8], chunk: usize) -> crate::parser::Summary {
                    crate::parser::$run_in::<$setting>(input, chunk)
                }
            )*
        }
    };
}

/// The workloads with every resume through `black_box(&mut co)` ([`Memory`]).
pub mod memory {
    setting_runs!(
        crate::Memory,
        [
            #[inline]
            run_generated = run_generated_in,
            #[inline]
            run_hand = run_hand_in,
            run_diapause = run_diapause_in,
            #[inline]
            run_genawaiter = run_genawaiter_in,
            #[inline]
            run_corosensei = run_corosensei_in
        ],
        counter: (),
        nested: (),
        running_total: u64,
        large_state: u64,
        yield_resume: (),
        two_way: u64
    );
    parser_runs!(
        crate::Memory,
        [
            #[inline]
            run_generated = run_generated_in,
            #[inline]
            run_hand = run_hand_in,
            run_diapause = run_diapause_in,
            #[inline]
            run_genawaiter = run_genawaiter_in,
            #[inline]
            run_corosensei = run_corosensei_in
        ]
    );
}

/// The workloads with every resume through `black_box(&mut dyn Coroutine)` ([`Dyn`]), for
/// the approaches with a coroutine trait.
pub mod dyn_coroutine {
    setting_runs!(
        crate::Dyn,
        [
            #[inline]
            run_generated = run_generated_in,
            #[inline]
            run_hand = run_hand_in,
            run_diapause = run_diapause_in
        ],
        counter: (),
        nested: (),
        running_total: u64,
        large_state: u64,
        yield_resume: (),
        two_way: u64
    );
    parser_runs!(
        crate::Dyn,
        [
            #[inline]
            run_generated = run_generated_in,
            #[inline]
            run_hand = run_hand_in,
            run_diapause = run_diapause_in
        ]
    );
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

/// The resume values [`running_total`] and [`two_way`] are driven with: 1, 2, 3, ...
pub fn counting_input() -> impl FnMut() -> u64 {
    let mut k = 0u64;
    move || {
        k += 1;
        k
    }
}

#[cfg(test)]
mod tests {
    use super::{
        Dyn, Inline, Memory, Setting, counter, counting_input, large_state, nested, parser,
        running_total, two_way, yield_resume,
    };
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

    #[test]
    fn yield_resume_matches() {
        for n in [0, 1, 2, 1024] {
            let (gy, gr, gs) = trace(yield_resume::generated(n), || ());
            let (hy, hr, hs) = trace(yield_resume::hand(n), || ());
            assert_eq!(gy, vec![1; usize::try_from(n).unwrap()]);
            assert_eq!((gy, gr), (hy, hr));
            if n == yield_resume::N {
                report("yield_resume", gs, hs);
            }
        }
    }

    #[test]
    fn two_way_matches() {
        for n in [0, 1, 2, 1024] {
            let (gy, gr, gs) = trace(two_way::generated(n), counting_input());
            let (hy, hr, hs) = trace(two_way::hand(n), counting_input());
            // Yields 0, 2, 3, ..., n (the first resume's 1 is dropped); returns the last input.
            let expected: Vec<u64> = (0..n).map(|k| if k == 0 { 0 } else { k + 1 }).collect();
            assert_eq!(gy, expected);
            assert_eq!(gr, if n == 0 { 0 } else { n + 1 });
            assert_eq!((gy, gr), (hy, hr));
            if n == two_way::N {
                report("two_way", gs, hs);
            }
        }
    }

    /// Every approach of every workload returns the same sum of yields and return value, in
    /// every setting (the coroutine inline, behind `black_box`, behind `&mut dyn`).
    #[test]
    fn approaches_agree() {
        macro_rules! agree {
            ($module:ident, $($n:expr),*) => {
                for n in [$($n),*] {
                    let expected = $module::run_hand(n);
                    assert_eq!($module::run_generated(n), expected, "generated, n = {n}");
                    assert_eq!(super::memory::$module::run_generated(n), expected);
                    assert_eq!(super::memory::$module::run_corosensei(n), expected);
                    assert_eq!(super::dyn_coroutine::$module::run_generated(n), expected);
                    assert_eq!(super::dyn_coroutine::$module::run_diapause(n), expected);
                    agree!(@in $module, n, expected, Inline, Memory, Dyn);
                }
            };
            (@in $module:ident, $n:expr, $expected:expr, $($setting:ident),*) => {$(
                let (n, expected, setting) = ($n, $expected, $setting::NAME);
                assert_eq!($module::run_hand_in::<$setting>(n), expected, "hand, {setting}, n = {n}");
                assert_eq!(
                    $module::run_generated_in::<$setting>(n),
                    expected,
                    "generated, {setting}, n = {n}"
                );
                assert_eq!(
                    $module::run_diapause_in::<$setting>(n),
                    expected,
                    "diapause, {setting}, n = {n}"
                );
                assert_eq!(
                    $module::run_genawaiter_in::<$setting>(n),
                    expected,
                    "genawaiter, {setting}, n = {n}"
                );
                assert_eq!(
                    $module::run_corosensei_in::<$setting>(n),
                    expected,
                    "corosensei, {setting}, n = {n}"
                );
            )*};
        }
        agree!(counter, 0, 1, 2, counter::N);
        agree!(nested, 0, 1, 2, 3, nested::N);
        agree!(running_total, 0, 1, 2, running_total::N);
        agree!(large_state, 0, 1, 31, 32, 33, large_state::N);
        agree!(yield_resume, 0, 1, 2, yield_resume::N);
        agree!(two_way, 0, 1, 2, two_way::N);
    }

    /// Resumed through the settings' own entry points, a coroutine of this project yields the
    /// same sequence as when resumed directly, and a `diapause` coroutine starts and resumes
    /// the same through `&mut dyn` as directly.
    #[test]
    fn settings_resume_the_same() {
        fn yields<S: Setting>() -> Vec<u64> {
            let mut co = running_total::generated(4);
            let mut out = Vec::new();
            let mut x = 0;
            while let CoroutineState::Yielded(y) = S::resume(&mut co, x) {
                out.push(y);
                x += 10;
            }
            out
        }
        assert_eq!(yields::<Inline>(), vec![0, 10, 30, 60]);
        assert_eq!(yields::<Memory>(), yields::<Inline>());
        assert_eq!(yields::<Dyn>(), yields::<Inline>());
        let mut co = counter::diapause_coroutine(2);
        assert!(matches!(
            Dyn::start_diapause(&mut co),
            diapause::CoroutineState::Yielded(0)
        ));
        assert!(matches!(
            Dyn::resume_diapause(&mut co, ()),
            diapause::CoroutineState::Yielded(1)
        ));
        assert!(matches!(
            Dyn::resume_diapause(&mut co, ()),
            diapause::CoroutineState::Complete(())
        ));
    }

    fn parse_all(input: &[u8], chunk: usize) -> parser::Summary {
        let expected = parser::run_hand(input, chunk);
        let memory: [fn(&[u8], usize) -> parser::Summary; 8] = [
            super::memory::parser::run_generated,
            super::memory::parser::run_hand,
            super::memory::parser::run_diapause,
            super::memory::parser::run_genawaiter,
            super::memory::parser::run_corosensei,
            super::dyn_coroutine::parser::run_generated,
            super::dyn_coroutine::parser::run_hand,
            super::dyn_coroutine::parser::run_diapause,
        ];
        for (k, run) in memory.into_iter().enumerate() {
            assert_eq!(
                run(input, chunk),
                expected,
                "in memory, approach {k}, {chunk}"
            );
        }
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
