//! Closures in a coroutine body kept across suspension points, each beside the same body as
//! a plain function whose `yield_!` pushes the value.

use coro_core::{Coroutine, CoroutineState};

/// Every value `co` yields, resumed with `()`, and what it returns.
fn run<C: Coroutine<()>>(mut co: C) -> (Vec<C::Yield>, C::Return) {
    let mut yields = Vec::new();
    loop {
        match co.resume(()) {
            CoroutineState::Yielded(y) => yields.push(y),
            CoroutineState::Complete(r) => return (yields, r),
        }
    }
}

/// A `move` closure takes its captures by value, here one it uses by reference: the
/// capture is the closure's, and the closure is kept across the yields.
#[coro_core::coroutine(yield = bool)]
fn move_closure(limit: String, a: String, b: String) -> usize {
    let count = 2;
    let is_big = move |s: &String| *s > limit;
    let counted = move || count + 1; // a `Copy` capture, also used after the yields
    yield_!(is_big(&a));
    yield_!(is_big(&b));
    let first_len = a.len();
    counted() + count + first_len
}

#[allow(
    clippy::needless_pass_by_value,
    reason = "the same signature as the coroutine's, which keeps its arguments"
)]
fn move_closure_plain(limit: String, a: String, b: String, out: &mut Vec<bool>) -> usize {
    let count = 2;
    let is_big = move |s: &String| *s > limit;
    let counted = move || count + 1;
    out.push(is_big(&a));
    out.push(is_big(&b));
    let first_len = a.len();
    counted() + count + first_len
}

#[test]
fn a_move_closure_keeps_its_captures_across_yields() {
    let args = || ("m".to_owned(), "apple".to_owned(), "zebra".to_owned());
    let (l, a, b) = args();
    let mut expected = Vec::new();
    let expected_return = move_closure_plain(l, a, b, &mut expected);
    let (l, a, b) = args();
    assert_eq!(run(move_closure(l, a, b)), (expected, expected_return));
    assert_eq!(expected_return, 3 + 2 + 5);
}

/// The fixes the macro's error names for a closure made again in a loop that suspends: made
/// once before the loop, or boxed with its type written.
#[coro_core::coroutine(yield = u32)]
fn closures_in_a_loop(n: u32) -> u32 {
    let base = |x: u32| x + 1;
    let mut last = 0;
    for i in 0..n {
        let add: Box<dyn Fn(u32) -> u32> = Box::new(move |x| x + i * 10);
        yield_!(add(base(1)));
        yield_!(base(5));
        last = add(3);
    }
    last
}

fn closures_in_a_loop_plain(n: u32, out: &mut Vec<u32>) -> u32 {
    let base = |x: u32| x + 1;
    let mut last = 0;
    for i in 0..n {
        let add: Box<dyn Fn(u32) -> u32> = Box::new(move |x| x + i * 10);
        out.push(add(base(1)));
        out.push(base(5));
        last = add(3);
    }
    last
}

#[test]
fn a_closure_made_before_the_loop_or_boxed_in_it_works() {
    let mut expected = Vec::new();
    let expected_return = closures_in_a_loop_plain(3, &mut expected);
    assert_eq!(run(closures_in_a_loop(3)), (expected, expected_return));
    assert_eq!(expected_return, 23);
}
