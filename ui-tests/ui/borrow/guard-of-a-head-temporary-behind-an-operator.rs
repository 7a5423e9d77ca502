// A `match` head whose guard of a temporary sits under a dereference, an operator or a
// cast: natively the guard lives to the end of the `match`, across its suspension points,
// as in `make().borrow().len()`; each is reported at the temporary.
use std::cell::RefCell;

fn make() -> RefCell<Vec<u32>> {
    RefCell::new(vec![1, 2])
}

fn count() -> RefCell<u32> {
    RefCell::new(3)
}

#[coro_core::coroutine(yield = u32)]
fn dereferenced() {
    match *count().borrow() {
        3 => yield_!(3),
        n => yield_!(n),
    }
}

#[coro_core::coroutine(yield = usize)]
fn an_operand() {
    match make().borrow().len() + 1 {
        n => {
            yield_!(n);
        }
    }
}

#[coro_core::coroutine(yield = u8)]
fn cast() {
    if let 1.. = make().borrow_mut().len() as u8 {
        yield_!(1);
    }
}

fn main() {}
