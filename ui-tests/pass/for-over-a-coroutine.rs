//! A coroutine resumed with `()` is `IntoIterator` over its yields, whatever it returns:
//! `#[coroutine]` functions, `coro!`, the adapters and boxed trait objects.
use coro_core::{Coroutine, CoroutineExt, IntoIter};

#[coro_core::coroutine(yield = u32)]
fn squares(n: u32) -> &'static str {
    for i in 1..=n {
        yield_!(i * i);
    }
    "done"
}

#[coro_core::coroutine(yield = u32)]
fn plain_squares(n: u32) {
    for i in 1..=n {
        yield_!(i * i);
    }
}

fn main() {
    let mut seen = Vec::new();
    for x in squares(3) {
        seen.push(x);
    }
    assert_eq!(seen, [1, 4, 9]);
    let expected: Vec<u32> = (1..=3).map(|i| i * i).collect();
    assert_eq!(plain_squares(3).into_iter().collect::<Vec<_>>(), expected);

    let evens = coro_core::coro!(|| {
        for i in 0..3u32 {
            yield_!(i * 2);
        }
        'x'
    });
    assert_eq!(evens.into_iter().collect::<Vec<_>>(), [0, 2, 4]);

    let doubled: Vec<u32> = squares(2).map_yield(|y| y * 2).into_iter().collect();
    assert_eq!(doubled, [2, 8]);
    assert_eq!(squares(2).fuse().into_iter().count(), 2);

    let boxed: Box<dyn Coroutine<Yield = u32, Return = &'static str>> = Box::new(squares(2));
    assert_eq!(boxed.into_iter().last(), Some(4));

    // Any other coroutine, through `IntoIter::new`; the iterator is fused.
    let mut co = squares(1);
    let mut iter = IntoIter::new(&mut co);
    assert_eq!((iter.next(), iter.next(), iter.next()), (Some(1), None, None));
}
