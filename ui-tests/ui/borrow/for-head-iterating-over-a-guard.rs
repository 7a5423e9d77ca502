// A `for` head that iterates over a borrow of a `RefCell` guard it takes, while the body
// suspends: natively the guard lives to the end of the loop; in a coroutine the guard is a
// temporary of the head that the state cannot keep while the iterator borrows it, even when
// the cell is outside the coroutine. Reported at the guard.
use std::cell::RefCell;

fn cell() -> &'static RefCell<Vec<u32>> {
    Box::leak(Box::new(RefCell::new(vec![1, 2])))
}

#[coro_core::coroutine(yield = u32)]
fn of_a_parameter<'a>(cell: &'a RefCell<Vec<u32>>) {
    for x in cell.borrow().iter() {
        yield_!(*x);
    }
}

#[coro_core::coroutine(yield = u32)]
fn through_unwrap_and_an_adapter<'a>(cell: &'a RefCell<Vec<u32>>) {
    for x in cell.try_borrow_mut().unwrap().iter_mut().map(|x| *x) {
        yield_!(x);
    }
}

#[coro_core::coroutine(yield = u32)]
fn of_a_static() {
    for x in cell().borrow().iter() {
        yield_!(*x);
    }
}

fn main() {}
