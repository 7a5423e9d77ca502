//! Suspension points in a `match` guard and in a `while` loop's `let` chain after its first
//! operand. Each coroutine is the same body as a plain function whose `yield_!` is a call
//! that records the question and answers from a list: the questions, the log (drops
//! included) and the result must be equal.

use std::cell::RefCell;

use coro_core::{Coroutine, CoroutineState};

thread_local! {
    static LOG: RefCell<Vec<String>> = const { RefCell::new(Vec::new()) };
}

fn log(entry: impl Into<String>) {
    LOG.with(|l| l.borrow_mut().push(entry.into()));
}

fn take_log() -> Vec<String> {
    LOG.with(|l| std::mem::take(&mut *l.borrow_mut()))
}

/// A value whose drop is logged.
#[derive(Debug)]
struct Tracked(&'static str);

impl Drop for Tracked {
    fn drop(&mut self) {
        log(format!("drop {}", self.0));
    }
}

impl Tracked {
    fn len(&self) -> u32 {
        u32::try_from(self.0.len()).unwrap_or(u32::MAX)
    }
}

/// A scrutinee that is not a place, whose evaluation is logged.
fn lookup(key: u32) -> Option<u32> {
    log(format!("lookup {key}"));
    (!key.is_multiple_of(3)).then_some(key * 10)
}

/// Defines module `$name` with `co`, the body as a coroutine yielding questions and resumed
/// with answers, and `plain`, the same body as a function that takes the answers from a
/// list.
macro_rules! same_body {
    ($name:ident($($arg:ident: $ty:ty),*) -> $ret:ty $body:block) => {
        mod $name {
            #[allow(unused_imports, reason = "not every body uses every helper")]
            use super::{Tracked, log, lookup};

            #[coro_core::coroutine(yield = String, resume = u32)]
            pub(crate) fn co($($arg: $ty),*) -> $ret $body

            pub(crate) fn plain(
                $($arg: $ty,)*
                answers: &mut dyn Iterator<Item = u32>,
                asked: &mut Vec<String>,
            ) -> $ret {
                let mut ask = |question: String| {
                    asked.push(question);
                    answers.next().unwrap_or(0)
                };
                macro_rules! yield_ {
                    ($e:expr) => {
                        ask($e)
                    };
                }
                $body
            }
        }
    };
}

/// Runs `co` answering each question from `answers` (0 once they run out); returns the
/// questions, the log and the result.
fn drive<C: Coroutine<u32, Yield = String>>(
    mut co: C,
    answers: &[u32],
) -> (Vec<String>, Vec<String>, C::Return) {
    let mut asked = Vec::new();
    let mut next = answers.iter().copied();
    let mut answer = 0;
    let result = loop {
        match co.resume(answer) {
            CoroutineState::Yielded(question) => {
                asked.push(question);
                answer = next.next().unwrap_or(0);
            }
            CoroutineState::Complete(result) => break result,
        }
    };
    drop(co);
    (asked, take_log(), result)
}

/// The plain function's questions, log and result, for the same answers.
fn expect<T>(
    plain: impl FnOnce(&mut dyn Iterator<Item = u32>, &mut Vec<String>) -> T,
    answers: &[u32],
) -> (Vec<String>, Vec<String>, T) {
    take_log();
    let mut asked = Vec::new();
    let result = plain(&mut answers.iter().copied(), &mut asked);
    (asked, take_log(), result)
}

same_body!(guard_in_a_loop(keys: Vec<u32>) -> Vec<String> {
    let mut out = Vec::new();
    for key in keys {
        match lookup(key) {
            None if key > 10 => break,
            None => {
                out.push(format!("{key}: none"));
                continue;
            }
            Some(v) if v % 40 == 0 => out.push(format!("{key}: forty")),
            Some(v) if yield_!(format!("big {v}?")) > 0 => {
                out.push(format!("{key}: big {v}"));
            }
            Some(v) if v < 50 && yield_!(format!("small {v}?")) == 2 => {
                out.push(format!("{key}: small {v}"));
            }
            Some(v) => out.push(format!("{key}: other {v}")),
        }
        log(format!("after {key}"));
    }
    out
});

#[test]
fn a_guard_suspends_in_order_with_the_arms_around_it() {
    let keys = vec![1, 2, 3, 4, 5, 7, 8, 12, 4];
    for answers in [&[1, 0, 2, 0, 0, 1][..], &[0, 2, 2, 1, 0, 0], &[]] {
        let expected = expect(
            |answers, asked| guard_in_a_loop::plain(keys.clone(), answers, asked),
            answers,
        );
        assert_eq!(drive(guard_in_a_loop::co(keys.clone()), answers), expected);
        assert!(
            expected.0.len() >= 4,
            "the guards suspended: {:?}",
            expected.0
        );
    }
}

same_body!(guard_on_a_place(values: Vec<Option<Tracked>>) -> u32 {
    let mut total = 0;
    for value in values {
        let bonus = 1;
        match value {
            Some(ref t) if yield_!(format!("take {}?", t.0)) == 1 => {
                total += t.len() + bonus;
                log(format!("took {}", t.0));
            }
            Some(t) => log(format!("left {}", t.0)),
            None => log("none"),
        }
        log("next");
    }
    total
});

#[test]
fn a_guard_on_a_place_keeps_the_value_for_the_arms_after_it() {
    let values = || vec![Some(Tracked("ab")), None, Some(Tracked("cde"))];
    for answers in [&[1, 1][..], &[0, 1], &[0, 0]] {
        let expected = expect(
            |answers, asked| guard_on_a_place::plain(values(), answers, asked),
            answers,
        );
        assert_eq!(drive(guard_on_a_place::co(values()), answers), expected);
        assert!(expected.1.contains(&"drop ab".to_owned()));
    }
}

same_body!(guard_on_a_temporary(n: u32) -> u32 {
    match (Tracked("scrutinee"), lookup(n)) {
        (ref t, Some(v)) if yield_!(format!("{} {v}?", t.0)) > v => v + t.len(),
        (t, Some(v)) if yield_!(format!("again {v}?")) > 0 => {
            log(format!("second guard {}", t.0));
            v
        }
        (_, _) => 0,
    }
});

#[test]
fn a_guard_on_a_temporary_evaluates_it_once_and_drops_it_at_the_end() {
    for (n, answers) in [(1, &[100, 0][..]), (2, &[0, 5]), (2, &[0, 0]), (3, &[])] {
        let expected = expect(
            |answers, asked| guard_on_a_temporary::plain(n, answers, asked),
            answers,
        );
        assert_eq!(drive(guard_on_a_temporary::co(n), answers), expected);
        assert_eq!(
            expected
                .1
                .iter()
                .filter(|e| e.starts_with("lookup"))
                .count(),
            1
        );
    }
}

same_body!(while_chain(keys: Vec<u32>) -> Vec<String> {
    let mut out = Vec::new();
    let mut it = keys.into_iter();
    'outer: while let Some(key) = it.next()
        && yield_!(format!("go on at {key}?")) > 0
        && let Some(v) = lookup(key)
    {
        if v > 60 {
            break;
        }
        let mut inner = v;
        while inner > 0 && let Some(w) = lookup(inner / 10) && yield_!(format!("inner {w}?")) == 1 {
            inner = w / 20;
            if inner == 1 {
                continue 'outer;
            }
        }
        out.push(format!("{key}: {v}"));
    }
    out.push(format!("rest {:?}", it.collect::<Vec<_>>()));
    out
});

#[test]
fn a_while_let_chain_suspends_after_its_first_operand() {
    let keys = vec![1, 2, 4, 3, 5, 7, 8];
    for answers in [
        &[1, 1, 0, 1, 1, 1, 1, 1, 0, 1, 0][..],
        &[1, 0, 1, 1, 1, 1, 1, 1, 1, 1],
        &[1, 1, 1, 1],
    ] {
        let expected = expect(
            |answers, asked| while_chain::plain(keys.clone(), answers, asked),
            answers,
        );
        assert_eq!(drive(while_chain::co(keys.clone()), answers), expected);
        assert!(expected.0.iter().any(|q| q.starts_with("inner")));
    }
}
