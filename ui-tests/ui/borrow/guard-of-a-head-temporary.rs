// A `match` or `if let` head that calls `borrow()` on a temporary while the construct
// suspends: natively the temporary and its guard live to the end of the construct; in a
// coroutine the temporary would move into the state, borrowed by the guard.
use std::cell::RefCell;

fn make() -> RefCell<Vec<u32>> {
    RefCell::new(vec![1, 2])
}

#[coro_core::coroutine(yield = u32)]
fn in_an_if_let() {
    if let Some(x) = make().borrow().first() {
        yield_!(*x);
    }
}

#[coro_core::coroutine(yield = usize)]
fn in_a_match() {
    match make().borrow().len() {
        n => {
            yield_!(n);
        }
    }
}

fn main() {}
