use coro_core::{Coroutine, CoroutineState};

#[coro_core::coroutine(yield = T)]
fn repeat<T>(value: T, times: usize) -> usize
where
    T: Clone + 'static,
{
    let mut i = 0;
    while i < times {
        yield_!(value.clone());
        i += 1;
    }
    i
}

fn main() {
    let mut co = repeat(String::from("hi"), 2);
    assert_eq!(co.resume(()), CoroutineState::Yielded(String::from("hi")));
    assert_eq!(co.resume(()), CoroutineState::Yielded(String::from("hi")));
    assert_eq!(co.resume(()), CoroutineState::Complete(2));
}
