//! `#[coroutine(clone)]`: the function's coroutine is `Clone`, so it can be forked mid-way;
//! both copies go on from the same point, independently.
use coro_core::{Coroutine, CoroutineState};

#[coro_core::coroutine(yield = u32, clone)]
fn running_sums(step: u32) -> String {
    let mut total = 0;
    let mut seen = Vec::new();
    for i in 0..4 {
        total += step * i;
        seen.push(total);
        yield_!(total);
    }
    format!("{seen:?}")
}

fn drain<C: Coroutine<(), Yield = u32>>(co: &mut C) -> (Vec<u32>, C::Return) {
    let mut out = Vec::new();
    loop {
        match co.resume(()) {
            CoroutineState::Yielded(v) => out.push(v),
            CoroutineState::Complete(r) => return (out, r),
        }
    }
}

fn main() {
    let mut co = running_sums(2);
    assert_eq!(co.resume(()), CoroutineState::Yielded(0));
    assert_eq!(co.resume(()), CoroutineState::Yielded(2));
    let mut fork = co.clone();
    let original = drain(&mut co);
    let forked = drain(&mut fork);
    assert_eq!(original, (vec![6, 12], "[0, 2, 6, 12]".to_string()));
    assert_eq!(forked, original);
    // Cloned before it starts, too.
    let fresh = running_sums(1);
    assert_eq!(drain(&mut fresh.clone()), drain(&mut running_sums(1)));
}
