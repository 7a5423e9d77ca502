//! A `yield_from!` whose coroutine is made from a borrow of a local but keeps none (it copies
//! what it needs) compiles when the coroutine is bound to a local first; given the borrow
//! in `yield_from!` itself, the macro reports it (`ui/borrow/yield-from-a-borrow-of-a-local`).
use coro_core::{Coroutine, CoroutineState};

#[coro_core::coroutine(yield = u32)]
fn owned_items(v: Vec<u32>) {
    for x in v {
        yield_!(x);
    }
}

fn copy_of(v: &[u32]) -> impl Coroutine<(), Yield = u32, Return = ()> + use<> {
    owned_items(v.to_vec())
}

#[coro_core::coroutine(yield = u32)]
fn outer() {
    let rx = vec![1u32, 2];
    let sub = copy_of(&rx);
    yield_from!(sub);
    yield_!(rx.len() as u32);
}

fn main() {
    let mut co = outer();
    let mut seen = Vec::new();
    while let CoroutineState::Yielded(x) = co.resume(()) {
        seen.push(x);
    }
    assert_eq!(seen, [1, 2, 2]);
}
