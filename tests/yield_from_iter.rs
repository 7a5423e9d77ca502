//! `yield_from!` over an iterator: each item is yielded, as a plain function that pushes
//! them one by one would; a coroutine is still delegated to (and its return value kept),
//! also one resumed with `()`, which is an `IntoIterator` as well.

use coro_core::{Coroutine, CoroutineState, FromIter, coro};

/// Every state of `co` resumed with `()` until it completes.
fn states<C: Coroutine<()>>(mut co: C) -> Vec<CoroutineState<C::Yield, C::Return>> {
    let mut out = Vec::new();
    loop {
        let state = co.resume(());
        let done = state.is_complete();
        out.push(state);
        if done {
            return out;
        }
    }
}

#[coro_core::coroutine(yield = u32)]
fn mixed(v: &[u32], limit: u32) -> u32 {
    // (A closure, or a `coro!`, kept across a suspension point is created before the
    // first one: see README, "Limitations".)
    let hundred = coro!(|| {
        yield_!(100);
        5
    });
    yield_from!(v.iter().map(|x| x * 10).filter(move |x| *x > limit));
    yield_from!(v.iter().copied());
    let unit = yield_from!([7u32, 8]); // an `IntoIterator` that is not an iterator
    let () = unit;
    yield_from!(Some(9));
    let total: u32 = yield_from!(hundred);
    let fours = yield_from!(four_twice()); // resumed with `()`: run as a coroutine
    total + u32::try_from(fours.len()).unwrap_or(0)
}

#[coro_core::coroutine(yield = u32)]
fn four_twice() -> &'static str {
    yield_!(4);
    yield_!(4);
    "done"
}

fn mixed_plain(v: &[u32], limit: u32, out: &mut Vec<u32>) -> u32 {
    out.extend(v.iter().map(|x| x * 10).filter(|x| *x > limit));
    out.extend(v.iter().copied());
    out.extend([7u32, 8]);
    out.extend(Some(9));
    out.push(100);
    out.extend([4, 4]);
    5 + 4
}

#[test]
fn yield_from_an_iterator_yields_each_item() {
    let mut expected_yields = Vec::new();
    let expected_return = mixed_plain(&[1, 2, 3], 15, &mut expected_yields);
    let mut expected: Vec<_> = expected_yields
        .into_iter()
        .map(CoroutineState::Yielded)
        .collect();
    expected.push(CoroutineState::Complete(expected_return));
    assert_eq!(states(mixed(&[1, 2, 3], 15)), expected);
    assert_eq!(expected.len(), 12);
}

/// In a coroutine resumed with `u32`, the iterator is resumed with the enclosing
/// coroutine's arguments, which it drops (the first one is given).
#[coro_core::coroutine(yield = char, resume = u32)]
fn with_resume(word: &'static str) -> u32 {
    let first = yield_!('>');
    yield_from!(word.chars(), 0);
    let after = yield_!('<');
    first + after
}

#[test]
fn an_iterator_ignores_the_resume_arguments() {
    let mut co = with_resume("ab");
    let mut seen = Vec::new();
    let mut arg = 0;
    let result = loop {
        match co.resume(arg) {
            CoroutineState::Yielded(c) => seen.push(c),
            CoroutineState::Complete(result) => break result,
        }
        arg += 1;
    };
    assert_eq!(seen, ['>', 'a', 'b', '<']);
    // The first yield got 1; the `<` got 4 (2 and 3 went to the iterator).
    assert_eq!(result, 1 + 4);
}

/// A generic `IntoIterator` argument is iterated.
#[coro_core::coroutine(yield = I::Item)]
fn flatten_all<I: IntoIterator + 'static>(parts: Vec<I>) {
    for part in parts {
        yield_from!(part);
    }
}

#[test]
fn a_generic_into_iterator_is_iterated() {
    let items: Vec<u8> = flatten_all(vec![vec![1, 2], vec![], vec![3]])
        .into_iter()
        .collect();
    assert_eq!(items, [1, 2, 3]);
}

#[test]
fn from_iter_is_a_coroutine_over_the_items() {
    let mut co = FromIter::new("xy".chars());
    assert_eq!(co.resume(()), CoroutineState::Yielded('x'));
    assert_eq!(co.resume(()), CoroutineState::Yielded('y'));
    assert_eq!(co.resume(()), CoroutineState::Complete(()));
    assert_eq!(co.resume(()), CoroutineState::Complete(()));
    let rest: Vec<u32> = FromIter::new(1..4).into_iter().collect();
    assert_eq!(rest, [1, 2, 3]);
}

/// The fix the macro names for an adapter with a closure made after a loop that yields:
/// made before it, kept across its yields, then delegated to.
#[coro_core::coroutine(yield = u32)]
fn adapter_made_first(v: &[u32]) {
    let doubled = v.iter().map(|x| x * 2);
    for x in v {
        yield_!(*x);
    }
    yield_from!(doubled);
}

#[test]
fn an_adapter_made_before_a_loop_that_yields_is_delegated_to_after_it() {
    let all: Vec<u32> = adapter_made_first(&[1, 2]).into_iter().collect();
    assert_eq!(all, [1, 2, 2, 4]);
}
