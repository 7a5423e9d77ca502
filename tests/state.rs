//! What a suspended coroutine holds: drops in every state, poisoning by panics, `Clone`
//! forks, auto traits, `Debug`, and the size of the state.

use std::cell::RefCell;
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::rc::Rc;

use coro_core::{
    Coroutine,
    CoroutineState::{Complete, Yielded},
    coro,
};

/// Logs its name when dropped.
struct Guard(&'static str, Rc<RefCell<Vec<&'static str>>>);

impl Drop for Guard {
    fn drop(&mut self) {
        self.1.borrow_mut().push(self.0);
    }
}

fn log() -> Rc<RefCell<Vec<&'static str>>> {
    Rc::new(RefCell::new(Vec::new()))
}

fn taken(log: &Rc<RefCell<Vec<&'static str>>>) -> Vec<&'static str> {
    std::mem::take(&mut *log.borrow_mut())
}

#[test]
fn smoke() {
    let drops = log();
    let d = drops.clone();
    let mut co = coro!(|| {
        let _a = Guard("a", d.clone());
        yield_!(1);
    });
    assert_eq!(co.resume(()), Yielded(1));
    drop(co);
    assert_eq!(taken(&drops), ["a"]);
}

#[coro_core::coroutine(yield = u32)]
fn nested(cap: Guard, log: Rc<RefCell<Vec<&'static str>>>) {
    let _outer = Guard("outer", log.clone());
    for i in 0..2 {
        let _per_iteration = Guard(if i == 0 { "iter0" } else { "iter1" }, log.clone());
        let mut j = 0;
        while j < 2 {
            let _inner = Guard("inner", log.clone());
            yield_!(i * 10 + j);
            j += 1;
        }
    }
    let _ = &cap;
}

#[test]
fn dropping_in_each_state_drops_exactly_the_live_values_once() {
    let drops = log();
    // Unresumed: only the parameters.
    drop(nested(Guard("cap", drops.clone()), drops.clone()));
    assert_eq!(taken(&drops), ["cap"]);

    // Suspended inside nested loops: innermost first, parameters last.
    let mut co = nested(Guard("cap", drops.clone()), drops.clone());
    assert_eq!(co.resume(()), Yielded(0));
    assert_eq!(co.resume(()), Yielded(1));
    assert_eq!(taken(&drops), ["inner"]);
    drop(co);
    assert_eq!(taken(&drops), ["inner", "iter0", "outer", "cap"]);

    // Second iteration of the outer loop.
    let mut co = nested(Guard("cap", drops.clone()), drops.clone());
    for expected in [0, 1, 10] {
        assert_eq!(co.resume(()), Yielded(expected));
    }
    assert_eq!(taken(&drops), ["inner", "inner", "iter0"]);
    drop(co);
    assert_eq!(taken(&drops), ["inner", "iter1", "outer", "cap"]);

    // Returned: everything was dropped on the way out, nothing more afterwards.
    let mut co = nested(Guard("cap", drops.clone()), drops.clone());
    for expected in [0, 1, 10, 11] {
        assert_eq!(co.resume(()), Yielded(expected));
    }
    assert_eq!(co.resume(()), Complete(()));
    assert_eq!(
        taken(&drops),
        [
            "inner", "inner", "iter0", "inner", "inner", "iter1", "outer", "cap"
        ]
    );
    drop(co);
    assert_eq!(taken(&drops), Vec::<&str>::new());
}

#[test]
fn a_guard_is_held_across_a_yield_until_its_scope_ends() {
    let drops = log();
    let d = drops.clone();
    let mut co = coro!(|| {
        let _guard = Guard("guard", d.clone());
        yield_!(());
        {
            let _scoped = Guard("scoped", d.clone());
            yield_!(());
        }
        yield_!(());
    });
    co.resume(());
    assert!(taken(&drops).is_empty());
    co.resume(());
    co.resume(());
    assert_eq!(taken(&drops), ["scoped"]);
    assert_eq!(co.resume(()), Complete(()));
    assert_eq!(taken(&drops), ["guard"]);
}

#[test]
fn a_value_moved_on_some_paths_is_kept_to_the_end_of_its_scope() {
    // `maybe` may have been moved and is not used after the yield: it has a drop flag, and if
    // it was not moved it is dropped where its scope ends, as in a plain function.
    let drops = log();
    let d = drops.clone();
    let mut co = coro!(|take: bool| {
        let maybe = Guard("maybe", d.clone());
        if take {
            drop(maybe);
        }
        yield_!(());
        "done"
    });
    co.resume(false);
    assert!(taken(&drops).is_empty());
    assert_eq!(co.resume(false), Complete("done"));
    assert_eq!(taken(&drops), ["maybe"]);
}

#[test]
fn a_panic_poisons_the_coroutine_and_drops_the_live_values() {
    let drops = log();
    let d = drops.clone();
    let mut co = coro!(|fail: bool| {
        let _kept = Guard("kept", d.clone());
        let fail = yield_!(fail);
        assert!(!fail, "boom");
        7
    });
    assert_eq!(co.resume(false), Yielded(false));
    let err = catch_unwind(AssertUnwindSafe(|| co.resume(true))).unwrap_err();
    assert_eq!(err.downcast_ref::<&str>(), Some(&"boom"));
    assert_eq!(taken(&drops), ["kept"]);
    for _ in 0..3 {
        let err = catch_unwind(AssertUnwindSafe(|| co.resume(false))).unwrap_err();
        assert_eq!(
            err.downcast_ref::<&str>(),
            Some(&"coroutine resumed after panicking")
        );
    }
    assert_eq!(format!("{co:?}"), "Coroutine(panicked)");
    drop(co);
    assert!(taken(&drops).is_empty());
}

#[test]
fn resuming_after_completion_panics_and_drops_the_argument() {
    let drops = log();
    let mut co = coro!(yield = (); |_first: Guard| 1);
    assert_eq!(co.resume(Guard("first", drops.clone())), Complete(1));
    assert_eq!(taken(&drops), ["first"]);
    let err =
        catch_unwind(AssertUnwindSafe(|| co.resume(Guard("late", drops.clone())))).unwrap_err();
    assert_eq!(
        err.downcast_ref::<&str>(),
        Some(&"coroutine resumed after completion")
    );
    assert_eq!(taken(&drops), ["late"]);
}

#[test]
fn clone_forks_a_suspended_coroutine() {
    let mut co = coro!(|| {
        let mut total = 0u32;
        for i in 1..=3 {
            total += i;
            yield_!(total);
        }
        total * 10
    });
    assert_eq!(co.resume(()), Yielded(1));
    let mut fork = co.clone();
    assert_eq!(co.resume(()), Yielded(3));
    assert_eq!(co.resume(()), Yielded(6));
    assert_eq!(fork.resume(()), Yielded(3));
    assert_eq!(co.resume(()), Complete(60));
    assert_eq!(fork.resume(()), Yielded(6));
    assert_eq!(fork.resume(()), Complete(60));
}

fn require_send<T: Send>(_: &T) {}
fn require_sync<T: Sync>(_: &T) {}
fn require_unpin<T: Unpin>(_: &T) {}

#[coro_core::coroutine(yield = usize)]
fn sendable(items: Vec<String>) -> usize {
    for s in items.clone() {
        yield_!(s.len());
    }
    items.len()
}

#[test]
fn auto_traits_follow_the_state() {
    let co = sendable(vec!["a".into()]);
    require_send(&co);
    require_sync(&co);
    require_unpin(&co);
    let handle = std::thread::spawn(move || {
        let mut co = co;
        (co.resume(()), co.resume(()))
    });
    assert_eq!(handle.join().unwrap(), (Yielded(1), Complete(1)));
}

#[test]
fn debug_shows_where_the_coroutine_is_suspended() {
    let mut co = coro!(|| {
        yield_!(1);
        yield_!(2);
    });
    assert_eq!(format!("{co:?}"), "Coroutine(unresumed)");
    co.resume(());
    let line = line!() - 5;
    assert_eq!(
        format!("{co:?}"),
        format!("Coroutine(suspended at tests/state.rs:{line}:9)")
    );
    co.resume(());
    co.resume(());
    assert_eq!(format!("{co:?}"), "Coroutine(returned)");
}

/// What a careful human would write for `counter`: the range and the total.
#[allow(dead_code)]
enum HandCounter {
    Start {
        n: u64,
    },
    Loop {
        it: std::ops::Range<u64>,
        total: u64,
    },
    Done,
}

#[coro_core::coroutine(yield = u64)]
fn counter(n: u64) -> u64 {
    let mut total = 0;
    for i in 0..n {
        let doubled = i * 2;
        total += doubled;
        yield_!(i);
    }
    total
}

#[test]
fn state_holds_only_live_values() {
    let mut co = counter(10);
    co.resume(());
    // `i` and `doubled` are dead at the yield, and `n` was moved into the range.
    assert_eq!(
        std::mem::size_of_val(&co),
        std::mem::size_of::<HandCounter>()
    );
    let big = coro!(|| {
        let buffer = [0u8; 1024];
        yield_!(buffer[0]);
        let small = 1u8;
        yield_!(small);
    });
    let mut big = big;
    assert_eq!(big.resume(()), Yielded(0));
    assert!(std::mem::size_of_val(&big) >= 1024);
    assert!(std::mem::size_of_val(&big) <= 1024 + 8);
}

// ----- entries that resume in place (a loop with one suspension point) -----

#[test]
fn a_panic_in_a_loop_resumed_in_place_drops_its_locals_once_and_poisons() {
    let drops = log();
    let d = drops.clone();
    let mut co = coro!(|_first: u32| {
        let guard = Guard("guard", d.clone());
        let mut count = 0u32;
        loop {
            let next = yield_!(count);
            assert!(next != 99, "bad input");
            count += next;
            let _ = &guard;
        }
    });
    assert_eq!(co.resume(0), Yielded(0));
    assert_eq!(co.resume(2), Yielded(2));
    assert_eq!(co.resume(3), Yielded(5));
    let err = catch_unwind(AssertUnwindSafe(|| co.resume(99))).unwrap_err();
    assert_eq!(err.downcast_ref::<&str>(), Some(&"bad input"));
    assert_eq!(taken(&drops), ["guard"]);
    assert_eq!(format!("{co:?}"), "Coroutine(panicked)");
    let err = catch_unwind(AssertUnwindSafe(|| co.resume(1))).unwrap_err();
    assert_eq!(
        err.downcast_ref::<&str>(),
        Some(&"coroutine resumed after panicking")
    );
    drop(co);
    assert!(taken(&drops).is_empty());
}

#[test]
fn a_value_moved_and_reassigned_in_the_loop_takes_the_ordinary_path() {
    // `text` is not `Copy` and is moved on each iteration: the entry checks this and
    // resumes by moving the state out, as usual.
    let mut co = coro!(|| {
        let mut text = String::new();
        for c in ['a', 'b', 'c'] {
            text = std::ops::Add::add(text, &c.to_string());
            yield_!(text.len());
        }
        text
    });
    assert_eq!(co.resume(()), Yielded(1));
    assert_eq!(co.resume(()), Yielded(2));
    assert_eq!(co.resume(()), Yielded(3));
    assert_eq!(co.resume(()), Complete("abc".to_string()));
}

#[test]
fn dropping_or_cloning_after_resuming_in_place_sees_the_updated_state() {
    let drops = log();
    let d = drops.clone();
    let mut co = coro!(|| {
        let _outer = Guard("outer", d.clone());
        let mut buffer = [0u32; 8];
        let mut at = 0usize;
        loop {
            buffer[at] += 1;
            yield_!(buffer.iter().sum::<u32>());
            at = (at + 1) % 8;
        }
    });
    for expected in 1..=5 {
        assert_eq!(co.resume(()), Yielded(expected));
    }
    let mut fork = co.clone();
    assert_eq!(fork.resume(()), Yielded(6));
    assert_eq!(co.resume(()), Yielded(6));
    drop(fork);
    assert_eq!(taken(&drops), ["outer"]);
    drop(co);
    assert_eq!(taken(&drops), ["outer"]);
}

impl Clone for Guard {
    fn clone(&self) -> Self {
        Guard(self.0, self.1.clone())
    }
}

#[test]
fn the_body_after_a_loop_resumed_in_place_sees_its_results() {
    let drops = log();
    let d = drops.clone();
    let mut co = coro!(|first: u64| {
        let _scope = Guard("scope", d.clone());
        let mut total = first;
        let mut steps = 0;
        let reason = loop {
            let add = yield_!(total);
            if add == 0 {
                break "zero";
            }
            total += add;
            steps += 1;
        };
        let _late = Guard("late", d.clone());
        yield_!(total * 100);
        (reason, total, steps)
    });
    assert_eq!(co.resume(1), Yielded(1));
    assert_eq!(co.resume(2), Yielded(3));
    assert_eq!(co.resume(4), Yielded(7));
    assert_eq!(co.resume(0), Yielded(700));
    assert!(taken(&drops).is_empty());
    assert_eq!(co.resume(0), Complete(("zero", 7, 2)));
    assert_eq!(taken(&drops), ["late", "scope"]);
}

#[test]
fn a_loop_resumed_in_place_keeps_its_state_size() {
    #[coro_core::coroutine(yield = u64)]
    fn windowed(n: u64) -> u64 {
        let mut window = [0u64; 16];
        let mut at = 0usize;
        for i in 0..n {
            window[at] = i;
            at = (at + 1) % 16;
            yield_!(window.iter().sum());
        }
        window[0]
    }
    let mut co = windowed(40);
    let mut last = 0;
    while let Yielded(sum) = co.resume(()) {
        last = sum;
    }
    assert_eq!(last, (24..40).sum::<u64>());
    // The window, the index and the range, plus the tag.
    let co = windowed(1);
    assert!(std::mem::size_of_val(&co) <= 16 * 8 + 8 + 16 + 8);
}

#[coro_core::coroutine(yield = u64)]
fn dead_copies(limit: u64) -> u64 {
    let start: u64 = 3;
    let mut values = Vec::new();
    // Compared, not moved: both stay owned, and neither is used after the `yield_!`.
    if start < limit {
        values.push(3);
        values.push(5);
    }
    yield_!(0);
    values.into_iter().sum()
}

/// `Copy` values not used after a suspension point are not kept in its state: they have no
/// drop to run where their scope ends (a parameter, and a `let` with a visibly `Copy` type).
#[test]
fn copy_values_are_not_kept_once_unused() {
    let mut co = dead_copies(5);
    assert_eq!(co.resume(()), coro_core::CoroutineState::Yielded(0));
    // `values` alone (the discriminant fits in the `Vec`'s niche); `limit` and `start`
    // would add 16 bytes.
    assert_eq!(std::mem::size_of_val(&co), std::mem::size_of::<Vec<u64>>());
    assert_eq!(co.resume(()), coro_core::CoroutineState::Complete(8));
}
