use coro_core::{Coroutine, CoroutineState};

#[coro_core::coroutine(yield = u32)]
fn outer() -> u32 {
    #[coro_core::coroutine(yield = u32)]
    fn inner(start: u32) -> u32 {
        yield_!(start);
        start + 1
    }

    yield_!(0);
    // `inner` is used after a suspension point.
    let mut sub = inner(10);
    let last = loop {
        match sub.resume(()) {
            CoroutineState::Yielded(v) => {
                yield_!(v);
            }
            CoroutineState::Complete(r) => break r,
        }
    };
    last * 2
}

fn main() {
    let mut co = outer();
    assert_eq!(co.resume(()), CoroutineState::Yielded(0));
    assert_eq!(co.resume(()), CoroutineState::Yielded(10));
    assert_eq!(co.resume(()), CoroutineState::Complete(22));
}
