use coro_core::{Coroutine, CoroutineState};

#[coro_core::coroutine(yield = u32, output = u32)]
fn produce(n: u32) -> u32 {
    yield_!(n);
    n + 1
}

fn main() {
    let mut co = produce(1);
    assert_eq!(co.resume(()), CoroutineState::Yielded(1));
    assert_eq!(co.resume(()), CoroutineState::Complete(2));
}
