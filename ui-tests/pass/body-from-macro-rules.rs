//! A coroutine whose body (or whole function) comes from a `macro_rules!` caller.
use coro_core::{Coroutine, CoroutineState};

macro_rules! make_gen {
    ($n:ident, $($b:tt)*) => {
        #[coro_core::coroutine(yield = u32)]
        fn $n() { $($b)* }
    };
}
make_gen!(three, for i in 0..3 { yield_!(i); });
make_gen!(counted, let mut n = 0; loop { n += 1; if n > 2 { break; } yield_!(n * 10); });
make_gen!(labelled, 'outer: for i in 0..3 {
    for j in 0..3 {
        if j > i { continue 'outer; }
        if i == 2 { break 'outer; }
        yield_!(i * 10 + j);
    }
});

macro_rules! over {
    ($items:expr) => {
        coro_core::coro!(move || {
            for x in $items {
                yield_!(x);
            }
        })
    };
}

macro_rules! make_coro {
    ($($b:tt)*) => {
        coro_core::coro!(|| { $($b)* })
    };
}

macro_rules! whole_fn {
    () => {
        #[coro_core::coroutine(yield = u32)]
        fn evens(limit: u32) -> u32 {
            let mut total = 0;
            for i in 0..limit {
                if i % 2 == 0 {
                    total += i;
                    yield_!(i);
                }
            }
            total
        }
    };
}
whole_fn!();

fn drain<C: Coroutine<(), Yield = u32>>(mut co: C) -> (Vec<u32>, C::Return) {
    let mut out = Vec::new();
    loop {
        match co.resume(()) {
            CoroutineState::Yielded(v) => out.push(v),
            CoroutineState::Complete(r) => return (out, r),
        }
    }
}

fn main() {
    assert_eq!(drain(three()), (vec![0, 1, 2], ()));
    assert_eq!(drain(counted()), (vec![10, 20], ()));
    assert_eq!(drain(labelled()), (vec![0, 10, 11], ()));
    let items = vec![4u32, 5];
    let limit = 6u32;
    assert_eq!(drain(over!(items)), (vec![4, 5], ()));
    assert_eq!(drain(make_coro!(yield_!(limit); limit + 1)), (vec![6], 7));
    assert_eq!(drain(evens(5)), (vec![0, 2, 4], 6));
    let co = make_coro!(let v = vec![1u32, 2]; for x in v { yield_!(x); } 7u8);
    assert_eq!(drain(co), (vec![1, 2], 7));
}
