//! The expansions kept as code: `examples/counter-expanded.rs`, and the golden expansions of
//! `coro-macros/tests/expand/` (each `<name>.rs` beside its `<name>.expanded.rs`; both files
//! are checked against the macro by `cargo test -p coro-macros golden`). Here every input
//! compiles with the macro, every expansion compiles as plain code, and the two behave the
//! same.

#[allow(
    dead_code,
    unused_braces,
    unused_parens,
    dropping_copy_types,
    clippy::all,
    clippy::pedantic
)]
#[path = "../examples/counter-expanded.rs"]
pub mod expanded;

// The golden inputs, expanded by the macro when this file is compiled.
#[path = "../coro-macros/tests/expand/channels.rs"]
pub mod channels;
#[path = "../coro-macros/tests/expand/coro_captures.rs"]
pub mod coro_captures;
#[path = "../coro-macros/tests/expand/early_return.rs"]
pub mod early_return;
#[path = "../coro-macros/tests/expand/in_place.rs"]
pub mod in_place;
#[path = "../coro-macros/tests/expand/label_break.rs"]
pub mod label_break;
#[path = "../coro-macros/tests/expand/loop_local.rs"]
pub mod loop_local;
#[path = "../coro-macros/tests/expand/match_arms.rs"]
pub mod match_arms;
#[path = "../coro-macros/tests/expand/nested_loops.rs"]
pub mod nested_loops;
#[path = "../coro-macros/tests/expand/resume_param.rs"]
pub mod resume_param;
#[path = "../coro-macros/tests/expand/select.rs"]
pub mod select;
#[path = "../coro-macros/tests/expand/shadowing.rs"]
pub mod shadowing;
#[path = "../coro-macros/tests/expand/yield_from.rs"]
pub mod yield_from;

// Their expansions, formatted by prettyplease (which rustfmt would lay out its own way):
// generated code, which the lints of hand-written code do not apply to (the expansion
// allows them on its own items only, so that the user's code in it is linted).
#[rustfmt::skip]
#[allow(unused_braces, unused_parens, dropping_copy_types, clippy::all, clippy::pedantic)]
#[path = "../coro-macros/tests/expand/channels.expanded.rs"]
pub mod channels_expanded;
#[rustfmt::skip]
#[allow(unused_braces, unused_parens, dropping_copy_types, clippy::all, clippy::pedantic)]
#[path = "../coro-macros/tests/expand/coro_captures.expanded.rs"]
pub mod coro_captures_expanded;
#[rustfmt::skip]
#[allow(unused_braces, unused_parens, dropping_copy_types, clippy::all, clippy::pedantic)]
#[path = "../coro-macros/tests/expand/early_return.expanded.rs"]
pub mod early_return_expanded;
#[rustfmt::skip]
#[allow(unused_braces, unused_parens, dropping_copy_types, clippy::all, clippy::pedantic)]
#[path = "../coro-macros/tests/expand/in_place.expanded.rs"]
pub mod in_place_expanded;
#[rustfmt::skip]
#[allow(unused_braces, unused_parens, dropping_copy_types, clippy::all, clippy::pedantic)]
#[path = "../coro-macros/tests/expand/label_break.expanded.rs"]
pub mod label_break_expanded;
#[rustfmt::skip]
#[allow(unused_braces, unused_parens, dropping_copy_types, clippy::all, clippy::pedantic)]
#[path = "../coro-macros/tests/expand/loop_local.expanded.rs"]
pub mod loop_local_expanded;
#[rustfmt::skip]
#[allow(unused_braces, unused_parens, dropping_copy_types, clippy::all, clippy::pedantic)]
#[path = "../coro-macros/tests/expand/match_arms.expanded.rs"]
pub mod match_arms_expanded;
#[rustfmt::skip]
#[allow(unused_braces, unused_parens, dropping_copy_types, clippy::all, clippy::pedantic)]
#[path = "../coro-macros/tests/expand/nested_loops.expanded.rs"]
pub mod nested_loops_expanded;
#[rustfmt::skip]
#[allow(unused_braces, unused_parens, dropping_copy_types, clippy::all, clippy::pedantic)]
#[path = "../coro-macros/tests/expand/resume_param.expanded.rs"]
pub mod resume_param_expanded;
#[rustfmt::skip]
#[allow(unused_braces, unused_parens, dropping_copy_types, clippy::all, clippy::pedantic)]
#[path = "../coro-macros/tests/expand/select.expanded.rs"]
pub mod select_expanded;
#[rustfmt::skip]
#[allow(unused_braces, unused_parens, dropping_copy_types, clippy::all, clippy::pedantic)]
#[path = "../coro-macros/tests/expand/shadowing.expanded.rs"]
pub mod shadowing_expanded;
#[rustfmt::skip]
#[allow(unused_braces, unused_parens, dropping_copy_types, clippy::all, clippy::pedantic)]
#[path = "../coro-macros/tests/expand/yield_from.expanded.rs"]
pub mod yield_from_expanded;

use coro_core::channel::{Sender, channel};
use coro_core::sched::Scheduler;
use coro_core::{Coroutine, CoroutineState, coro};

/// Runs the same check on a golden input (`$input`, expanded by the macro) and on its
/// expansion (`$expanded`), each as the module `$m`.
macro_rules! both {
    ($input:ident, $expanded:ident, |$m:ident| $check:block) => {{
        {
            use $input as $m;
            $check
        }
        {
            use $expanded as $m;
            $check
        }
    }};
}

/// Resumes `co` with `inputs` until it completes: what it yielded and what it returned.
fn run<R, C: Coroutine<R>>(
    mut co: C,
    inputs: impl IntoIterator<Item = R>,
) -> (Vec<C::Yield>, C::Return) {
    let mut yields = Vec::new();
    for input in inputs {
        match co.resume(input) {
            CoroutineState::Yielded(y) => yields.push(y),
            CoroutineState::Complete(ret) => return (yields, ret),
        }
    }
    panic!("the coroutine did not complete")
}

/// [`run`] with `()` as every resume argument.
fn drain<C: Coroutine<()>>(co: C) -> (Vec<C::Yield>, C::Return) {
    run(co, std::iter::repeat(()))
}

/// Spawns a task that sends `values` on `tx`, then closes the channel (drops `tx`).
fn spawn_sender<T: 'static, I>(sched: &Scheduler, tx: Sender<T>, values: I)
where
    I: IntoIterator<Item = T, IntoIter: 'static>,
{
    let values = values.into_iter();
    sched.spawn(coro!(move || {
        for v in values {
            send!(tx, v).expect("the receiver receives until the channel is closed");
        }
    }));
}

#[test]
fn loop_local() {
    both!(loop_local, loop_local_expanded, |m| {
        assert_eq!(drain(m::powers(100)), (vec![1, 2, 4, 8, 16, 32, 64], 128));
    });
}

#[test]
fn nested_loops() {
    both!(nested_loops, nested_loops_expanded, |m| {
        let pairs = vec![(0, 1), (0, 2), (0, 3), (1, 2), (1, 3), (2, 3)];
        assert_eq!(drain(m::pairs(4)), (pairs, 6));
    });
}

#[test]
fn shadowing() {
    both!(shadowing, shadowing_expanded, |m| {
        assert_eq!(
            drain(m::shadowing("hello")),
            (vec![5, 6], "hello!".to_owned())
        );
    });
}

#[test]
fn select() {
    both!(select, select_expanded, |m| {
        let sched = Scheduler::new();
        let (numbers_tx, numbers) = channel(0);
        let (words_tx, words) = channel(0);
        spawn_sender(&sched, numbers_tx, 1..=3);
        spawn_sender(&sched, words_tx, ["a", "b"]);
        let merged = sched.spawn(m::merge(numbers, words));
        sched.run().expect("no deadlock");
        let seen = merged.try_join().expect("finished").expect("no panic");
        // Each channel's values in order, interleaved as the scheduler chose.
        let from = |prefix: &str| -> Vec<&str> {
            let seen = seen.iter().filter(|s| s.starts_with(prefix));
            seen.map(String::as_str).collect()
        };
        assert_eq!(from("number"), ["number 1", "number 2", "number 3"]);
        assert_eq!(from("word"), ["word a", "word b"]);
        assert_eq!(seen.len(), 5);
    });
}

#[test]
fn yield_from() {
    both!(yield_from, yield_from_expanded, |m| {
        let expected = (vec![2, 1, 3, 2, 1], ["liftoff"; 2]);
        assert_eq!(drain(m::two_countdowns(2, 3)), expected);
    });
}

#[test]
fn in_place() {
    both!(in_place, in_place_expanded, |m| {
        let expected = (vec![1, 3, 6, 9, 12], vec![3, 4, 5]);
        assert_eq!(drain(m::window_sums(vec![1, 2, 3, 4, 5])), expected);
        assert_eq!(run(m::echo(3), [10, 20, 30, 40]), (vec![0, 20, 30], 40));
        assert_eq!(run(m::echo(0), [10]), (vec![], 0));
    });
}

#[test]
fn coro_captures() {
    both!(coro_captures, coro_captures_expanded, |m| {
        let greetings = vec!["Hello, Ann!".to_owned(), "Hello, Bob!".to_owned()];
        let co = m::greeter("Hello".to_owned(), vec!["Ann", "Bob"]);
        assert_eq!(drain(co), (greetings, 2));
    });
}

#[test]
fn early_return() {
    both!(early_return, early_return_expanded, |m| {
        assert_eq!(
            drain(m::parse_all(vec!["1", "2", "stop", "4"])),
            (vec![1, 2], Ok(3))
        );
        assert_eq!(drain(m::parse_all(vec!["7"])), (vec![7], Ok(7)));
        let (yields, result) = drain(m::parse_all(vec!["5", "x", "6"]));
        assert_eq!(yields, [5]);
        assert!(result.is_err());
    });
}

#[test]
fn match_arms() {
    both!(match_arms, match_arms_expanded, |m| {
        let commands = vec![
            m::Command::Say("hi".to_owned()),
            m::Command::Repeat("ho".to_owned(), 2),
            m::Command::Quit,
            m::Command::Say("never".to_owned()),
        ];
        let (said, count) = drain(m::interpret(commands));
        assert_eq!(said, ["hi", "ho", "ho"]);
        assert_eq!(count, 3);
    });
}

#[test]
fn channels() {
    both!(channels, channels_expanded, |m| {
        let sched = Scheduler::new();
        let (in_tx, in_rx) = channel(1);
        let (out_tx, out_rx) = channel(0);
        let doubler = sched.spawn(m::doubler(in_rx, out_tx));
        spawn_sender(&sched, in_tx, 1..=3);
        let collector = sched.spawn(coro!(move || {
            let mut got = Vec::new();
            while let Some(v) = recv!(out_rx) {
                got.push(v);
            }
            got
        }));
        sched.run().expect("no deadlock");
        assert_eq!(doubler.try_join(), Some(Ok(3)));
        assert_eq!(collector.try_join(), Some(Ok(vec![2, 4, 6])));
    });
}

#[test]
fn resume_param() {
    both!(resume_param, resume_param_expanded, |m| {
        // The first resume argument is `first` (a `#[resume]` parameter is no parameter of
        // the constructor); each later one is the value of a `yield_!`.
        assert_eq!(run(m::accumulator(20), [5, 10, 10]), (vec![5, 15], 25));
    });
}

#[test]
fn label_break() {
    both!(label_break, label_break_expanded, |m| {
        let grid = vec![vec![1, 2, 0, 9], vec![3, 4], vec![5, 6]];
        let looked_at = vec![(0, 0), (0, 1), (1, 0), (1, 1)];
        assert_eq!(drain(m::find(grid, 4)), (looked_at, Some((1, 1))));
        assert_eq!(drain(m::find(vec![vec![1]], 7)), (vec![(0, 0)], None));
    });
}

#[coro_core::coroutine(yield = u64)]
fn counter(n: u64) -> u64 {
    let mut total = 0;
    for i in 0..n {
        total += i;
        yield_!(i);
    }
    total
}

#[test]
fn counter_expanded() {
    assert_eq!(drain(counter(5)), drain(expanded::counter(5)));
    assert_eq!(drain(counter(5)), (vec![0, 1, 2, 3, 4], 10));
}

#[test]
fn the_expansion_has_the_same_size() {
    let (mut a, mut b) = (counter(3), expanded::counter(3));
    a.resume(());
    b.resume(());
    assert_eq!(std::mem::size_of_val(&a), std::mem::size_of_val(&b));
}

/// Both panic "coroutine resumed after completion" on every resume after the end.
#[test]
fn resumes_after_completion_panic_alike() {
    fn after_end<C: Coroutine<(), Yield = u64, Return = u64>>(mut co: C) -> Vec<String> {
        while let CoroutineState::Yielded(_) = co.resume(()) {}
        let mut co = std::panic::AssertUnwindSafe(co);
        (0..2)
            .map(|_| {
                let payload = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                    co.resume(());
                }))
                .unwrap_err();
                payload
                    .downcast_ref::<&str>()
                    .map(ToString::to_string)
                    .or_else(|| payload.downcast_ref::<String>().cloned())
                    .unwrap_or_default()
            })
            .collect()
    }
    let expected = ["coroutine resumed after completion"; 2];
    assert_eq!(after_end(counter(3)), expected);
    assert_eq!(after_end(expanded::counter(3)), expected);
}
