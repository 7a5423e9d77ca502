use coro_core::{Coroutine, CoroutineState};

#[coro_core::coroutine(yield = u32)]
fn inner(start: u32) -> u32 {
    yield_!(start);
    start + 1
}

#[coro_core::coroutine(yield = u32)]
fn outer() -> u32 {
    let last = yield_from!(inner(10));
    last * 2
}

fn main() {
    let mut co = outer();
    assert_eq!(co.resume(()), CoroutineState::Yielded(10));
    assert_eq!(co.resume(()), CoroutineState::Complete(22));
}
