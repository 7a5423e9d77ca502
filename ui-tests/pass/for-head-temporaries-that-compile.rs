//! `for` heads that call a method known to keep a borrow on a temporary, where the loop's
//! body suspends, and that compile: the temporary is a reference (its borrows are of other
//! data), or the method is one that keeps no borrow of some values (`io::stdin().lock()`).
//! And a guard in a `match` or `if let` head on a temporary that is a reference, and a
//! `clone` coroutine whose kept values are all `Clone`, one of them a drop-flag slot.
#![deny(warnings)]

use std::io::BufRead;

use coro_core::{Coroutine, CoroutineState};

static TABLE: [u32; 3] = [1, 2, 3];

fn table() -> &'static [u32] {
    &TABLE
}

#[coro_core::coroutine(yield = u32)]
fn from_a_reference() {
    for x in table().iter() {
        yield_!(*x);
    }
}

#[coro_core::coroutine(yield = u32)]
fn through_an_adapter() {
    for x in table().iter().map(|x| x * 10) {
        yield_!(x);
    }
}

#[coro_core::coroutine(yield = usize)]
fn stdin_lines() {
    for line in std::io::stdin().lock().lines() {
        yield_!(line.map_or(0, |l| l.len()));
    }
}

#[coro_core::coroutine(yield = u32, clone)]
fn forks(give_away: bool) -> usize {
    let name = String::from("kept");
    let flagged = String::from("maybe moved");
    if give_away {
        drop(flagged);
    }
    for i in 0..2 {
        yield_!(i);
    }
    name.len()
}

fn main() {
    let mut co = from_a_reference();
    let mut seen = Vec::new();
    while let CoroutineState::Yielded(x) = co.resume(()) {
        seen.push(x);
    }
    let mut co = through_an_adapter();
    while let CoroutineState::Yielded(x) = co.resume(()) {
        seen.push(x);
    }
    assert_eq!(seen, [1, 2, 3, 10, 20, 30]);
    let _ = stdin_lines();
    let mut co = guard_of_a_reference();
    assert_eq!(co.resume(()), CoroutineState::Yielded(7));
    assert_eq!(co.resume(()), CoroutineState::Yielded(1));
    let mut co = forks(false);
    assert_eq!(co.resume(()), CoroutineState::Yielded(0));
    let mut fork = co.clone();
    assert_eq!(fork.resume(()), CoroutineState::Yielded(1));
    assert_eq!(fork.resume(()), CoroutineState::Complete(4));
    assert_eq!(co.resume(()), CoroutineState::Yielded(1));
}

thread_local! {
    static CELL: &'static std::cell::RefCell<Vec<u32>> =
        Box::leak(Box::new(std::cell::RefCell::new(vec![7])));
}

fn cell() -> &'static std::cell::RefCell<Vec<u32>> {
    CELL.with(|cell| *cell)
}

/// A guard in a `match` or `if let` head on a temporary that is a reference.
#[coro_core::coroutine(yield = u32)]
fn guard_of_a_reference() {
    if let Some(x) = cell().borrow().first() {
        yield_!(*x);
    }
    match cell().borrow().len() {
        n => {
            yield_!(n as u32);
        }
    }
}
