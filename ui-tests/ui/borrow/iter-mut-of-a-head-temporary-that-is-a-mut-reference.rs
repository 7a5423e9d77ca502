// A `for` head that calls `iter_mut()` on a temporary that is a `&mut` reference, while the
// body suspends: the iterator reborrows the reference, which therefore cannot move into the
// state at the suspension point. Reported at the temporary; `for x in leaked()` moves the
// reference into the iterator instead.
fn leaked() -> &'static mut Vec<u32> {
    Box::leak(Box::new(vec![1, 2]))
}

#[coro_core::coroutine(yield = u32)]
fn bump() {
    for x in leaked().iter_mut() {
        *x += 1;
        yield_!(*x);
    }
}

fn main() {}
