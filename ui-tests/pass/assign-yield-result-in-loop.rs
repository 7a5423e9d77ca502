use coro_core::{Coroutine, CoroutineState};

// A variable declared before a loop and reassigned from `yield_!` inside it.
#[coro_core::coroutine(yield = u32, resume = u32)]
fn echo() -> u32 {
    let mut r = 0;
    let mut i = 0;
    loop {
        if i == 2 {
            break r;
        }
        r = yield_!(r);
        i += 1;
    }
}

fn main() {
    let mut co = echo();
    assert_eq!(co.resume(7), CoroutineState::Yielded(0));
    assert_eq!(co.resume(5), CoroutineState::Yielded(5));
    assert_eq!(co.resume(6), CoroutineState::Complete(6));
}
