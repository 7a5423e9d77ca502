//! `?` in a coroutine completes it as `?` returns from a plain function: on `Result` (with
//! the error converted by `From`), `Option` and `ControlFlow`.
use std::ops::ControlFlow;

use coro_core::{Coroutine, CoroutineState};

#[derive(Debug, PartialEq)]
struct Wrapped(String);

impl From<std::num::ParseIntError> for Wrapped {
    fn from(error: std::num::ParseIntError) -> Self {
        Wrapped(error.to_string())
    }
}

#[coro_core::coroutine(yield = u32)]
fn parse_all(texts: Vec<&'static str>) -> Result<u32, Wrapped> {
    let mut sum = 0;
    for text in texts {
        let n: u32 = text.parse()?;
        yield_!(n);
        sum += n;
    }
    Ok(sum)
}

#[coro_core::coroutine(yield = u32)]
fn firsts(lists: Vec<Vec<u32>>) -> Option<u32> {
    let mut last = 0;
    for list in lists {
        last = *list.first()?;
        yield_!(last);
    }
    Some(last)
}

#[coro_core::coroutine(yield = u32)]
fn until_big(values: Vec<u32>) -> ControlFlow<u32, u32> {
    let check = |v: u32| {
        if v > 10 {
            ControlFlow::Break(v)
        } else {
            ControlFlow::Continue(v)
        }
    };
    for v in values {
        let v = check(v)?;
        yield_!(v);
    }
    ControlFlow::Continue(0)
}

fn run<C: Coroutine<(), Yield = u32>>(mut co: C) -> (Vec<u32>, C::Return) {
    let mut out = Vec::new();
    loop {
        match co.resume(()) {
            CoroutineState::Yielded(v) => out.push(v),
            CoroutineState::Complete(r) => return (out, r),
        }
    }
}

fn main() {
    assert_eq!(run(parse_all(vec!["1", "2"])), (vec![1, 2], Ok(3)));
    let expected = "x".parse::<u32>().map_err(Wrapped::from);
    assert_eq!(run(parse_all(vec!["1", "x", "3"])), (vec![1], Err(expected.unwrap_err())));
    assert_eq!(run(firsts(vec![vec![4], vec![5, 6]])), (vec![4, 5], Some(5)));
    assert_eq!(run(firsts(vec![vec![4], vec![], vec![7]])), (vec![4], None));
    assert_eq!(run(until_big(vec![1, 2])), (vec![1, 2], ControlFlow::Continue(0)));
    assert_eq!(run(until_big(vec![1, 20, 3])), (vec![1], ControlFlow::Break(20)));
}
