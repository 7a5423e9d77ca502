//! A coroutine that delegates to itself: boxed, the recursion has a finite size.
use coro_core::{Coroutine, CoroutineState};

#[coro_core::coroutine(yield = u32)]
fn walk(depth: u32) {
    yield_!(depth);
    if depth > 0 {
        let sub: Box<dyn Coroutine<Yield = u32, Return = ()>> = Box::new(walk(depth - 1));
        yield_from!(sub);
    }
}

fn main() {
    let mut co = walk(2);
    let mut seen = Vec::new();
    while let CoroutineState::Yielded(v) = co.resume(()) {
        seen.push(v);
    }
    assert_eq!(seen, [2, 1, 0]);
}
