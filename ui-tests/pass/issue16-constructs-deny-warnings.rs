//! The constructs that suspend where the rewrite once refused them compile without a
//! warning under `deny(warnings)`: the generated code carries no lint the user would see.
#![forbid(unsafe_code)]
#![deny(warnings)]

use coro_core::{Coroutine, CoroutineState};

#[coro_core::coroutine(yield = u32, resume = u32)]
fn inner(n: u32) -> u32 {
    let answer = yield_!(n);
    n + answer
}

#[coro_core::coroutine(yield = u32, resume = u32)]
fn all_of_them(values: Vec<Option<u32>>, words: &'static [&'static str]) -> u32 {
    let limit = String::from("m");
    let is_big = move |s: &str| s > limit.as_str();
    let mut total = 0;
    for value in values {
        match value {
            None => continue,
            Some(v) if v > 100 => break,
            Some(v) if yield_!(v) > 0 => total += v,
            Some(v) => total += yield_from!(inner(v), 0),
        }
    }
    let mut it = words.iter();
    while let Some(word) = it.next()
        && yield_!(u32::from(is_big(word))) > 0
    {
        yield_from!(word.bytes().map(u32::from), 0);
    }
    total
}

fn main() {
    let mut co = all_of_them(vec![Some(1), None, Some(2), Some(300)], &["a", "z"]);
    let mut yields = Vec::new();
    let mut answer = 0;
    let total = loop {
        match co.resume(answer) {
            CoroutineState::Yielded(y) => {
                yields.push(y);
                answer = u32::from(yields.len() != 2);
            }
            CoroutineState::Complete(total) => break total,
        }
    };
    // 1 (guard, taken), 2 (guard, refused), 2 (inner), 0 ("a" is small), 97 ("a"),
    // 1 ("z" is big), 122 ("z").
    assert_eq!(yields, [1, 2, 2, 0, 97, 1, 122]);
    assert_eq!(total, 1 + 3);
}
