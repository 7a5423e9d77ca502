use coro_core::{Coroutine, CoroutineState};

#[coro_core::coroutine(yield = u32)]
fn outer(base: u32) -> u32 {
    let mut sub = coro_core::coro!(|_first: ()| {
        yield_!(base + 1);
        yield_!(base + 2);
        base + 3
    });
    yield_!(base);
    loop {
        match sub.resume(()) {
            CoroutineState::Yielded(v) => {
                yield_!(v);
            }
            CoroutineState::Complete(r) => break r,
        }
    }
}

fn main() {
    let mut co = outer(10);
    assert_eq!(co.resume(()), CoroutineState::Yielded(10));
    assert_eq!(co.resume(()), CoroutineState::Yielded(11));
    assert_eq!(co.resume(()), CoroutineState::Yielded(12));
    assert_eq!(co.resume(()), CoroutineState::Complete(13));
}
