//! Drop flags against the same body as a plain function: each test runs a body as a
//! coroutine and as a plain closure (where `yield_!` only logs) and compares the traces of
//! drops, for the mention forms, types and control flow that a drop-flag slot must stand
//! for exactly.

#[allow(dead_code, reason = "the harness is shared with other tests")]
mod common;

use std::fmt::Debug;
use std::ops::Add;

use common::{D, catch, log, take_log};
use coro_core::{Coroutine, CoroutineState, coro};

/// In a plain function, a suspension point only logs.
macro_rules! yield_ {
    ($value:expr) => {
        log(format!("Y {:?}", $value))
    };
}

/// Resumes `co` until it completes or panics, logging its yields as the plain body does;
/// then drops it and returns the trace.
fn run<C: Coroutine<()>>(mut co: C) -> Vec<String>
where
    C::Yield: Debug,
{
    loop {
        match catch(|| co.resume(())) {
            Ok(CoroutineState::Yielded(value)) => log(format!("Y {value:?}")),
            Ok(CoroutineState::Complete(_)) => break,
            Err(message) => {
                log(format!("PANIC {message}"));
                break;
            }
        }
    }
    log("<drop>");
    drop(co);
    take_log()
}

/// The trace of `body` run as a plain closure, in the vocabulary of [`run`].
fn plain(body: impl FnOnce()) -> Vec<String> {
    if let Err(message) = catch(body) {
        log(format!("PANIC {message}"));
    }
    log("<drop>");
    take_log()
}

/// The same body, as a plain closure and as a `coro!` (each capturing `$input`s), gives the
/// same trace for each value of the flag `$c`; some value of `$c` drops something.
macro_rules! same_as_plain {
    (|$c:ident $(, $input:ident = $value:expr)*; $body:block) => {
        let mut dropped = false;
        for $c in [false, true] {
            let expected = {
                $(let $input = $value;)*
                plain(move || $body)
            };
            $(let $input = $value;)*
            let actual = run(coro!(move || $body));
            assert_eq!(actual, expected, "c = {}", $c);
            dropped |= expected.iter().any(|event| event.starts_with("drop"));
        }
        assert!(dropped, "the body drops nothing");
    };
}

fn consume(d: D) {
    log(format!("consume {}", d.0));
    drop(d);
}

/// A by-value method on the rewrite's list.
trait IntoName {
    fn into_name(self) -> &'static str;
}

impl IntoName for D {
    fn into_name(self) -> &'static str {
        self.0
    }
}

/// `D + &str` takes the left operand by value.
impl Add<&'static str> for D {
    type Output = &'static str;
    fn add(self, rhs: &'static str) -> &'static str {
        log(format!("add {} {rhs}", self.0));
        rhs
    }
}

/// A struct built from a local by field shorthand.
#[derive(Debug)]
struct W {
    x: D,
}

#[test]
fn an_underscore_assignment_does_not_move() {
    // `_ = x;` binds nothing, as `let _ = x;`: `x` stays where it is.
    same_as_plain!(|c; {
        let x = D("x");
        if c {
            _ = x;
        }
        yield_!(1);
        log("end");
    });
}

#[test]
fn a_let_underscore_does_not_move() {
    same_as_plain!(|c; {
        let x = D("x");
        let y = D("y");
        if c {
            let _ = x;
        }
        let _ = y;
        yield_!(1);
        log("end");
    });
}

#[test]
fn a_field_shorthand_moves_the_value_out_of_the_slot() {
    same_as_plain!(|c; {
        let x = D("x");
        if c {
            let w = W { x };
            log(format!("{:?}", w.x));
        }
        yield_!(1);
        log("end");
    });
}

#[test]
fn an_assignment_in_the_other_branch_drops_the_old_value_there() {
    same_as_plain!(|c; {
        let mut x = D("x1");
        if c {
            consume(x);
        } else {
            x = D("x2");
            log(x.0.len().to_string());
        }
        yield_!(1);
        log("end");
    });
}

fn named((): (), name: &'static str) -> D {
    D(name)
}

#[test]
#[allow(clippy::unit_arg, reason = "the argument suspends")]
fn an_assignment_that_suspends_refills_the_slot() {
    same_as_plain!(|c; {
        let mut x = D("x1");
        if c {
            consume(x);
        }
        yield_!(1);
        x = named(yield_!(2), "x2");
        yield_!(x.0.len());
        log("end");
    });
}

fn consume_after(d: D, (): ()) {
    log(format!("consume {}", d.0));
    drop(d);
}

#[test]
#[allow(clippy::unit_arg, reason = "the argument suspends")]
fn a_yield_inside_the_expression_that_moves() {
    same_as_plain!(|c; {
        let x = D("x");
        if c {
            consume_after(x, yield_!(1));
        }
        yield_!(2);
        log("end");
    });
}

#[test]
fn an_operator_that_takes_its_operand_by_value() {
    same_as_plain!(|c; {
        let x = D("x");
        let y = D("y");
        let z = D("z");
        let added = if c { x + "a" } else { "b" };
        let same = y == D("w");
        let name = if c { "k" } else { z.into_name() };
        yield_!((added, same, name));
        log("end");
    });
}

#[test]
fn a_return_of_the_local_in_a_branch() {
    same_as_plain!(|c; {
        let x = D("x");
        if c {
            consume(x);
            return;
        }
        yield_!(1);
        log("end");
    });
}

fn parse(ok: bool) -> Result<D, D> {
    if ok { Ok(D("ok")) } else { Err(D("err")) }
}

#[test]
fn a_question_mark_on_the_local_in_a_branch() {
    fn body(c: bool) -> impl Coroutine<(), Yield = u32, Return = Result<(), D>> {
        coro!(move || {
            let r = parse(c);
            let n = D("n");
            if c {
                let v = r?;
                log(format!("got {}", v.0));
            }
            yield_!(1);
            log(format!("end {}", n.0));
            Ok(())
        })
    }
    fn plain_body(c: bool) -> Result<(), D> {
        let r = parse(c);
        let n = D("n");
        if c {
            let v = r?;
            log(format!("got {}", v.0));
        }
        yield_!(1);
        log(format!("end {}", n.0));
        Ok(())
    }
    for c in [false, true] {
        drop(plain_body(c));
        let expected = plain(|| {});
        let actual = run(body(c));
        assert_eq!(actual, expected, "c = {c}");
    }
}

#[test]
fn the_mention_forms_of_a_slot_local() {
    same_as_plain!(|c; {
        let mut x = (D("x"), vec![1, 2]);
        let by_ref = &x;
        log(format!("{:?}", by_ref.0));
        let by_mut = &mut x;
        by_mut.1.push(3);
        x.1.push(4);
        log(format!("{} {} {:?}", x.0.0, x.1[2], x));
        println!("{:?}", x.1);
        assert_eq!(x.1.len(), 4);
        let n = if c {
            let pair = x;
            consume(pair.0);
            pair.1.len()
        } else {
            x.1.len()
        };
        yield_!(n);
        log("end");
    });
}

#[test]
fn a_panic_with_the_slot_full_unwinds_in_reverse_order() {
    same_as_plain!(|c; {
        let a = D("a");
        let x = D("x");
        if c {
            consume(x);
        }
        let b = D("b");
        yield_!(1);
        assert!(!common::always(), "boom");
        log(format!("{} {}", a.0, b.0));
    });
}

#[test]
fn a_suspended_coroutine_drops_its_slot_in_scope_order() {
    for c in [false, true] {
        let mut co = coro!(move || {
            let a = D("a");
            let x = D("x");
            if c {
                consume(x);
            }
            let b = D("b");
            yield_!(1);
            yield_!(2);
            log(format!("{} {}", a.0, b.0));
        });
        assert_eq!(co.resume(()), CoroutineState::Yielded(1));
        log("<drop>");
        drop(co);
        // As a plain function's scope ends: `b`, `x` (if it was not moved), `a`.
        let expected: &[&str] = if c {
            &["consume x", "drop x", "<drop>", "drop b", "drop a"]
        } else {
            &["<drop>", "drop b", "drop x", "drop a"]
        };
        assert_eq!(take_log(), expected, "c = {c}");
    }
}

/// `Clone`, with a logged drop.
#[derive(Clone, Debug)]
struct K(&'static str);

impl Drop for K {
    fn drop(&mut self) {
        log(format!("drop {}", self.0));
    }
}

fn keep<T: Debug>(value: T) {
    log(format!("keep {value:?}"));
}

#[coro_core::coroutine(yield = u32)]
fn generic_clone<T: Clone + Debug>(c: bool, x: T) {
    let y = x.clone();
    if c {
        keep(x);
    }
    yield_!(1);
    log(format!("end {y:?}"));
}

fn generic_clone_plain<T: Clone + Debug>(c: bool, x: T) {
    let y = x.clone();
    if c {
        keep(x);
    }
    yield_!(1);
    log(format!("end {y:?}"));
}

#[coro_core::coroutine(yield = u32)]
fn impl_trait(c: bool, x: impl Debug) {
    if c {
        keep(x);
    }
    yield_!(1);
    log("end");
}

fn impl_trait_plain(c: bool, x: impl Debug) {
    if c {
        keep(x);
    }
    yield_!(1);
    log("end");
}

#[test]
fn a_generic_value_is_moved_out_of_the_slot() {
    for c in [false, true] {
        let expected = plain(|| generic_clone_plain(c, K("k")));
        assert_eq!(run(generic_clone(c, K("k"))), expected, "c = {c}");
        let expected = plain(|| impl_trait_plain(c, K("i")));
        assert_eq!(run(impl_trait(c, K("i"))), expected, "c = {c}");
    }
}

/// `Copy`, with fields.
#[derive(Clone, Copy, Debug)]
struct P {
    x: u32,
    y: u32,
}

fn sum(p: P) -> u32 {
    p.x + p.y
}

#[coro_core::coroutine(yield = u32)]
fn generic_copy<T: Copy + Debug>(c: bool, x: T, d: D) {
    if c {
        keep(x);
        consume(d);
    }
    yield_!(1);
    log("end");
}

#[test]
fn a_copy_value_moved_in_one_branch_and_copied_in_the_other() {
    same_as_plain!(|c, d = D("d"); {
        let p = P { x: 1, y: 2 };
        let n = if c {
            consume(d);
            sum(p)
        } else {
            let q = p;
            sum(q) + p.x
        };
        yield_!(n);
        log("end");
    });
    for c in [false, true] {
        let expected = plain(|| {
            let (x, d) = (P { x: 3, y: 4 }, D("d"));
            if c {
                keep(x);
                consume(d);
            }
            yield_!(1);
            log("end");
        });
        assert_eq!(run(generic_copy(c, P { x: 3, y: 4 }, D("d"))), expected);
    }
}

#[test]
fn a_slot_in_a_scheduler_task_that_receives() {
    use coro_core::channel::channel;
    use coro_core::sched::Scheduler;

    for c in [false, true] {
        let sched = Scheduler::new();
        let (tx, rx) = channel(0);
        sched.spawn(coro!(move || {
            let x = D("x");
            if c {
                consume(x);
            }
            let n = recv!(rx);
            log(format!("got {n:?}"));
            log("end");
        }));
        sched.spawn(coro!(move || {
            yield_now!();
            log("send");
            send!(tx, 7u32).ok();
        }));
        assert!(sched.run().is_ok());
        drop(sched);
        let expected: &[&str] = if c {
            &["consume x", "drop x", "send", "got Some(7)", "end"]
        } else {
            &["send", "got Some(7)", "end", "drop x"]
        };
        assert_eq!(take_log(), expected, "c = {c}");
    }
}

fn consumed(d: D) -> bool {
    log(format!("consume {}", d.0));
    drop(d);
    true
}

#[test]
fn a_slot_whose_scope_ends_between_two_suspension_points() {
    same_as_plain!(|c; {
        {
            let x = D("x");
            if c {
                consume(x);
            }
            yield_!(1);
            log("inner end");
        }
        yield_!(2);
        log("end");
    });
}

#[test]
fn a_local_moved_on_the_right_of_a_short_circuit() {
    same_as_plain!(|c; {
        let x = D("x");
        let y = D("y");
        let moved = c && consumed(x);
        let kept = c || consumed(y);
        yield_!((moved, kept));
        log("end");
    });
}

#[test]
fn a_local_moved_in_a_labelled_block_and_a_match_guard() {
    same_as_plain!(|c; {
        let x = D("x");
        let y = D("y");
        let n = 'found: {
            if c {
                consume(x);
                break 'found 1;
            }
            2
        };
        let m = match n {
            1 if consumed(y) => 10,
            _ => 20,
        };
        yield_!(n + m);
        log("end");
    });
}

#[test]
fn two_slots_drop_in_reverse_order_of_declaration() {
    same_as_plain!(|c; {
        let x = D("x");
        let y = D("y");
        let z = D("z");
        if c {
            consume(y);
        } else {
            consume(x);
            consume(z);
        }
        yield_!(1);
        log("end");
    });
}

#[test]
fn a_slot_assigned_in_a_loop_resumed_in_place() {
    same_as_plain!(|c; {
        let mut x = D("x0");
        if c {
            consume(x);
        }
        let names = ["x1", "x2", "x3"];
        let mut i = 0;
        loop {
            yield_!(i);
            x = D(names[i]);
            log(x.0.len().to_string());
            i += 1;
            if i == 3 {
                break;
            }
        }
        log("end");
    });
}

#[test]
fn a_return_of_the_slot_value_itself() {
    for c in [false, true] {
        let expected = plain(|| {
            let body = || {
                let x = D("x");
                if c {
                    return Some(x);
                }
                yield_!(1);
                log("end");
                None
            };
            let out = body();
            log(format!("R {out:?}"));
        });
        let mut co = coro!(move || {
            let x = D("x");
            if c {
                return Some(x);
            }
            yield_!(1);
            log("end");
            None
        });
        loop {
            match co.resume(()) {
                CoroutineState::Yielded(n) => log(format!("Y {n:?}")),
                CoroutineState::Complete(out) => {
                    log(format!("R {out:?}"));
                    break;
                }
            }
        }
        log("<drop>");
        drop(co);
        assert_eq!(take_log(), expected, "c = {c}");
    }
}

fn total(v: Vec<D>) -> usize {
    let n = v.len();
    drop(v);
    n
}

#[test]
#[allow(
    clippy::vec_init_then_push,
    reason = "the element type is inferred from the push"
)]
fn an_inferred_vector_indexed_and_moved_in_a_branch() {
    same_as_plain!(|c; {
        let mut v = Vec::new();
        v.push(D("v0"));
        let first = v[0].0;
        let n = if c { total(v) } else { 0 };
        yield_!((first, n));
        log("end");
    });
}

/// A cell whose drop is logged.
struct Counter {
    count: std::cell::RefCell<u32>,
    name: &'static str,
}

impl Drop for Counter {
    fn drop(&mut self) {
        log(format!("drop {}", self.name));
    }
}

fn retire(counter: Counter) -> u32 {
    let count = *counter.count.borrow();
    drop(counter);
    count
}

#[test]
fn a_field_of_what_a_method_returns_and_a_deref_of_a_guard() {
    same_as_plain!(|c; {
        let counter = Counter { count: std::cell::RefCell::new(1), name: "counter" };
        *counter.count.borrow_mut() += 1;
        let n = *counter.count.borrow();
        let len = counter.name.len();
        let kept = if c { retire(counter) } else { n };
        yield_!((kept, len));
        log("end");
    });
}

#[test]
fn a_slot_moved_by_a_send_in_a_branch() {
    use coro_core::channel::channel;
    use coro_core::sched::Scheduler;

    for c in [false, true] {
        let sched = Scheduler::new();
        let (tx, rx) = channel::<D>(0);
        sched.spawn(coro!(move || {
            let x = D("x");
            if c {
                log("send");
                send!(tx, x).ok();
                log("sent");
            }
            yield_now!();
            log("end");
        }));
        sched.spawn(coro!(move || {
            while let Some(d) = recv!(rx) {
                log(format!("got {}", d.0));
            }
        }));
        assert!(sched.run().is_ok());
        drop(sched);
        let expected: &[&str] = if c {
            &["send", "got x", "drop x", "sent", "end"]
        } else {
            &["end", "drop x"]
        };
        assert_eq!(take_log(), expected, "c = {c}");
    }
}

#[test]
fn a_shadowed_slot_in_a_body_that_comes_through_a_macro() {
    // `same_as_plain!` passes the body as a `$body:block`: a renamed local (here the first
    // `x`, kept across the yield while the second is in scope) must resolve there.
    same_as_plain!(|c; {
        let x = D("x1");
        if c {
            consume(x);
        }
        let x = D("x2");
        yield_!(x.0.len());
        log("end");
    });
    same_as_plain!(|c; {
        let x = D("x1");
        log(x.0.len().to_string());
        let x = D("x2");
        yield_!(u8::from(c));
        log(format!("end {}", x.0.len()));
    });
}

fn show(d: &D) {
    log(format!("show {}", d.0));
}

fn same(d: &D) -> &D {
    d
}

#[test]
fn a_value_that_borrows_another_local_gets_no_drop_flag() {
    // `first` borrows `v`: the state could not hold it, so it keeps the early drop (a
    // reference has nothing to drop) and `v` is saved as before drop flags.
    same_as_plain!(|c; {
        let v = vec![D("a"), D("b")];
        let first = v.first().expect("two");
        if c {
            show(first);
        }
        yield_!(1);
        log(format!("len {}", v.len()));
    });
    same_as_plain!(|c; {
        let v = vec![D("a"), D("b")];
        let first = &v[0];
        let again = same(first);
        if c {
            show(again);
        }
        yield_!(1);
        log(format!("len {}", v.len()));
    });
}

struct Factory(&'static str);

impl Factory {
    fn make(&self) -> D {
        D(self.0)
    }
}

#[test]
fn an_owned_value_made_by_a_method_on_a_local_keeps_the_early_drop() {
    // `factory.make()` might borrow `factory`, which the macro cannot tell: no drop flag,
    // so when not moved, `made` is dropped at the suspension point (documented).
    for c in [false, true] {
        let actual = run(coro!(move || {
            let factory = Factory("made");
            let made = factory.make();
            if c {
                consume(made);
            }
            yield_!(1);
            log("end");
        }));
        let expected: &[&str] = if c {
            &["consume made", "drop made", "Y 1", "end", "<drop>"]
        } else {
            &["drop made", "Y 1", "end", "<drop>"]
        };
        assert_eq!(actual, expected, "c = {c}");
    }
}

#[test]
fn a_two_phase_borrow_of_a_local_moved_on_some_paths() {
    // `v.insert(v.len(), ..)` borrows `v` mutably while reading it (a two-phase borrow): no
    // drop flag, so `v` keeps the early drop.
    for c in [false, true] {
        let actual = run(coro!(move || {
            let mut v = vec![D("a")];
            v.insert(v.len(), D("b"));
            let n = v.len();
            v[n - 1] = D("c");
            if c {
                drop(v);
            }
            yield_!(n);
            log("end");
        }));
        // (`drop(v)` and the early drop drop the same, at the same point.)
        let expected = ["drop b", "drop a", "drop c", "Y 2", "end", "<drop>"];
        assert_eq!(actual, expected, "c = {c}");
    }
}

fn take_opt(x: Option<D>) {
    log(format!("take {x:?}"));
    drop(x);
}

fn take_all(v: Vec<D>) {
    log(format!("take {}", v.len()));
    drop(v);
}

#[test]
fn a_value_whose_type_is_inferred_later_gets_no_drop_flag() {
    // The type of `x` is only known at `take_opt(x)`: no drop flag (its choice between a
    // copy and a move could not be made there), so it keeps the early drop.
    for c in [false, true] {
        let actual = run(coro!(move || {
            let x = None;
            if c {
                take_opt(x);
            }
            let v = [D("v")].into_iter().collect();
            if c {
                take_all(v);
            }
            yield_!(1);
            log("end");
        }));
        let expected: &[&str] = if c {
            &["take None", "take 1", "drop v", "Y 1", "end", "<drop>"]
        } else {
            &["drop v", "Y 1", "end", "<drop>"]
        };
        assert_eq!(actual, expected, "c = {c}");
    }
}

#[test]
fn a_move_then_break_in_a_loop_resumed_in_place() {
    // The loop would resume in place, but `x`, copied out of the state for it, may be moved
    // when the loop ends: it resumes the usual way (it wrote `x` back after the loop, E0382).
    // `x` has no drop flag (the move may repeat, as the macro sees it): if not moved, it is
    // dropped at the next suspension point.
    for c in [false, true] {
        let actual = run(coro!(move || {
            let x = D("x");
            let mut i = 0u32;
            loop {
                if c && i == 2 {
                    consume(x);
                    break;
                }
                yield_!(i);
                i += 1;
                if i == 4 {
                    break;
                }
            }
            yield_!(9);
            log("end");
        }));
        let expected: &[&str] = if c {
            &["Y 0", "Y 1", "consume x", "drop x", "Y 9", "end", "<drop>"]
        } else {
            &["Y 0", "Y 1", "Y 2", "Y 3", "drop x", "Y 9", "end", "<drop>"]
        };
        assert_eq!(actual, expected, "c = {c}");
    }
}
