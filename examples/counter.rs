//! The smallest coroutine: count up, yielding each number, and return the total.
//!
//! `examples/counter-expanded.rs` shows what `#[coroutine]` turns this function into.
use coro_core::{Coroutine, CoroutineState};

#[coro_core::coroutine(yield = u64)]
pub fn counter(n: u64) -> u64 {
    let mut total = 0;
    for i in 0..n {
        total += i;
        yield_!(i);
    }
    total
}

fn main() {
    let mut co = counter(4);
    println!("{co:?}");
    while let CoroutineState::Yielded(i) = co.resume(()) {
        println!("yielded {i}, now {co:?}");
    }
    println!("{co:?}");
}
