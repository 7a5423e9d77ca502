//! A local that may have been moved before a suspension point (moved on some paths only),
//! and is still in scope there, is kept to the end of its scope if it was not moved, as a
//! plain function's drop flag keeps it: each test runs one body as a coroutine and as a
//! plain function (where `yield_!` only logs) and compares the traces of drops. So do the
//! last tests, for the temporaries of a `for` loop's integer range, which live to the end of
//! the loop, and for a local declared without a value and assigned in every branch of an
//! `if` or `match` after a suspension point, which is then definitely assigned.

use std::cell::RefCell;

use coro_core::{Coroutine, CoroutineState, coro};

thread_local! {
    static LOG: RefCell<Vec<String>> = const { RefCell::new(Vec::new()) };
}

fn log(event: String) {
    LOG.with(|log| log.borrow_mut().push(event));
}

fn take_log() -> Vec<String> {
    LOG.with(|log| std::mem::take(&mut *log.borrow_mut()))
}

/// A value whose drop is logged.
#[derive(Debug)]
struct T(&'static str);

impl Drop for T {
    fn drop(&mut self) {
        log(format!("drop {}", self.0));
    }
}

impl T {
    /// On the rewrite's list of methods that move their receiver.
    fn into_name(self) -> &'static str {
        self.0
    }
    fn name(&self) -> &'static str {
        self.0
    }
}

fn consume(t: T) {
    log(format!("consume {}", t.0));
    drop(t);
}

/// `Copy`, which the rewrite cannot see.
#[derive(Debug, Clone, Copy)]
struct Num(u32);

fn add(n: Num) -> u32 {
    n.0 + 1
}

/// In a plain function, a suspension point only logs.
macro_rules! yield_ {
    ($value:expr) => {
        log(format!("Y {:?}", $value))
    };
}

/// Runs `co` to completion, logging its yields as the plain function does; the trace.
fn drive<C: Coroutine<(), Return = ()>>(mut co: C) -> Vec<String>
where
    C::Yield: std::fmt::Debug,
{
    while let CoroutineState::Yielded(value) = co.resume(()) {
        log(format!("Y {value:?}"));
    }
    drop(co);
    take_log()
}

/// The same body, run as a plain block and as a `coro!` (which captures `$input`s), gives
/// the same trace, for each value of the flag `$c`.
macro_rules! same_as_plain {
    (|$c:ident $(, $input:ident = $value:expr)*; $body:block) => {
        for $c in [false, true] {
            {
                $(let $input = $value;)*
                $body
            }
            let plain = take_log();
            $(let $input = $value;)*
            let co = coro!(move || $body);
            let coroutine = drive(co);
            assert_eq!(coroutine, plain, "c = {}", $c);
            assert!(plain.iter().any(|e| e.starts_with("drop")), "{plain:?}");
        }
    };
}

#[test]
fn a_capture_moved_in_a_branch_is_dropped_where_its_scope_ends() {
    same_as_plain!(|c, cap = T("cap"); {
        if c {
            consume(cap);
        }
        yield_!(1);
        log("end".to_string());
    });
}

#[test]
fn a_local_moved_in_a_match_arm() {
    same_as_plain!(|c; {
        let x = T("x");
        let n = match u8::from(c) {
            1 => {
                consume(x);
                1
            }
            _ => 2,
        };
        yield_!(n);
        log("end".to_string());
    });
}

#[test]
fn a_local_moved_by_a_method_on_the_list_in_a_branch() {
    same_as_plain!(|c; {
        let x = T("x");
        let name = if c { x.into_name() } else { "kept" };
        yield_!(name);
        yield_!("two");
    });
}

#[test]
fn a_local_moved_in_one_branch_and_used_in_the_other() {
    same_as_plain!(|c; {
        let x = T("x");
        let name = if c { x.into_name() } else { x.name() };
        yield_!(name);
        log("end".to_string());
    });
}

#[test]
fn a_local_moved_into_another_local_or_an_option() {
    same_as_plain!(|c; {
        let x = T("x");
        let y = T("y");
        if c {
            let z = x;
            yield_!(z.name());
        } else {
            let o = Some(y);
            yield_!(if o.is_some() { "some" } else { "none" });
        }
        yield_!("three");
    });
}

#[test]
fn a_typed_local_and_a_destructured_one() {
    same_as_plain!(|c; {
        let x: T = T("x");
        let (mut y, n) = (T("y"), 4);
        if c {
            consume(x);
            consume(y);
        }
        yield_!(n.to_string());
        y = T("y2");
        yield_!(y.name().to_string());
        log("end".to_string());
    });
}

#[test]
fn a_local_assigned_after_a_possible_move() {
    same_as_plain!(|c; {
        let mut x = T("x1");
        if c {
            consume(x);
        }
        yield_!("one");
        x = T("x2");
        yield_!(x.name());
        x = T("x3");
        yield_!(x.name());
    });
}

#[test]
fn a_local_moved_in_a_loop_that_suspends() {
    same_as_plain!(|c; {
        for i in 0..4u32 {
            let x = T(["a", "b", "c", "d"][i as usize]);
            if c == (i % 2 == 0) {
                consume(x);
            }
            yield_!(i);
        }
        log("end".to_string());
    });
}

#[test]
fn a_local_kept_across_a_loop_resumed_in_place() {
    same_as_plain!(|c; {
        let x = T("x");
        if c {
            consume(x);
        }
        let mut n = 0u32;
        loop {
            n += 1;
            yield_!(n);
            if n > 2 {
                break;
            }
        }
        log("end".to_string());
    });
}

#[test]
fn a_copy_value_the_rewrite_takes_for_moved_is_copied() {
    same_as_plain!(|c, num = Num(1), t = T("t"); {
        let n = if c { add(num) } else { 0 };
        yield_!(n);
        let m = if c { add(num) } else { 5 };
        yield_!(m);
        drop(t);
    });
}

#[coro_core::coroutine(yield = &'static str)]
fn give_away(c: bool, x: T) {
    if c {
        consume(x);
    }
    yield_!("after");
    log("end".to_string());
}

#[test]
fn a_parameter_moved_in_a_branch() {
    for c in [false, true] {
        let trace = drive(give_away(c, T("x")));
        let mut expected = Vec::new();
        if c {
            expected.extend(["consume x".to_string(), "drop x".to_string()]);
        }
        expected.extend([r#"Y "after""#.to_string(), "end".to_string()]);
        if !c {
            expected.push("drop x".to_string());
        }
        assert_eq!(trace, expected, "c = {c}");
    }
}

#[test]
fn a_suspended_coroutine_drops_the_value_once_if_it_was_not_moved() {
    for c in [false, true] {
        let mut co = coro!(move || {
            let x = T("x");
            if c {
                consume(x);
            }
            yield_!(1);
            yield_!(2);
        });
        assert_eq!(co.resume(()), CoroutineState::Yielded(1));
        let before = take_log();
        drop(co);
        let after = take_log();
        if c {
            assert_eq!(before, ["consume x", "drop x"]);
            assert!(after.is_empty(), "{after:?}");
        } else {
            assert!(before.is_empty(), "{before:?}");
            assert_eq!(after, ["drop x"]);
        }
    }
}

fn count(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(0)
}

#[test]
fn the_temporaries_of_a_for_loops_range_live_to_the_end_of_the_loop() {
    same_as_plain!(|c; {
        for i in 0..count(T("k1").name().len()) {
            yield_!(i);
        }
        for _ in u32::from(c)..count(T("k2").name().len() + 1) {
            yield_!(9);
        }
        log("end".to_string());
    });
}

#[test]
#[allow(
    clippy::needless_late_init,
    clippy::single_match_else,
    reason = "the late assignments in each branch are what is tested"
)]
fn a_typed_local_assigned_in_every_branch_after_a_suspension_point() {
    same_as_plain!(|c; {
        let x: T;
        yield_!("declared");
        if c {
            x = T("then");
        } else {
            x = T("else");
        }
        yield_!(x.name());
        let y: T;
        yield_!("declared");
        match u8::from(c) {
            0 => y = T("zero"),
            n => {
                log(format!("{n}"));
                y = T("one");
            }
        }
        yield_!("assigned");
        log(y.name().to_string());
    });
}
