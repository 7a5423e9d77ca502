//! The `coro-bench` coroutine workloads on rustc's native coroutines
//! (`#![feature(coroutines)]`, nightly only), driven exactly as the other approaches: each
//! `run_*` function constructs the coroutine and drives it to completion, passing every
//! yield through `black_box` and summing it.
#![feature(coroutines, coroutine_trait)]

use core::hint::black_box;
use core::ops::{Coroutine, CoroutineState};
use core::pin::Pin;

use coro_bench::parser::{
    self, Event, Head, Input, Lines, ParseError, Summary, parse_header, parse_request_line,
};

/// `coro_bench::drain` for a native coroutine.
#[inline]
pub fn drain<R, C>(mut co: C, mut input: impl FnMut() -> R) -> (u64, C::Return)
where
    C: Coroutine<R, Yield = u64> + Unpin,
{
    let mut total = 0u64;
    loop {
        match Pin::new(&mut co).resume(input()) {
            CoroutineState::Yielded(y) => total = total.wrapping_add(black_box(y)),
            CoroutineState::Complete(ret) => return (total, ret),
        }
    }
}

/// `counter`: yields `0..n`.
#[must_use]
pub fn run_counter(n: u64) -> (u64, ()) {
    drain(
        #[coroutine]
        move |()| {
            for i in 0..n {
                yield i;
            }
        },
        || (),
    )
}

/// `nested`: yields `i ^ j` for every pair `i < j < n`.
#[must_use]
pub fn run_nested(n: u64) -> (u64, ()) {
    drain(
        #[coroutine]
        move |()| {
            for i in 0..n {
                for j in i + 1..n {
                    yield i ^ j;
                }
            }
        },
        || (),
    )
}

/// `running_total`: yields the running total, adds each resume value (the first is dropped).
#[must_use]
pub fn run_running_total(n: u64) -> (u64, u64) {
    drain(
        #[coroutine]
        move |_first: u64| {
            let mut total = 0u64;
            for _ in 0..n {
                let x = yield total;
                total = total.wrapping_add(x);
            }
            total
        },
        coro_bench::counting_input(),
    )
}

const LEN: usize = 32;

/// `large_state`: a `[u64; 32]` buffer live across every yield.
#[must_use]
pub fn run_large_state(n: u64) -> (u64, u64) {
    drain(
        #[coroutine]
        move |()| {
            let mut buf = [0u64; LEN];
            let mut slot = 0usize;
            for i in 0..n {
                buf[slot] = buf[(slot + LEN - 1) % LEN].wrapping_mul(3).wrapping_add(i);
                yield buf[slot];
                slot = (slot + 1) % LEN;
            }
            buf.iter().fold(0u64, |a, &b| a.wrapping_add(b))
        },
        || (),
    )
}

/// The push parser as a native coroutine; the closure's argument is the first input. The body
/// is the same as the other approaches'.
fn parse_head() -> impl Coroutine<Input, Yield = Event, Return = Result<Head, ParseError>> + Unpin {
    #[coroutine]
    |first: Input| {
        let mut lines = Lines::default();
        lines.feed(first);

        let request_line = loop {
            match lines.next_line()? {
                Some(line) if line.is_empty() => {}
                Some(line) => break parse_request_line(&line)?,
                None => {
                    let input = yield Event::NeedInput;
                    lines.feed(input);
                }
            }
        };
        let input = yield Event::RequestLine(request_line.clone());
        lines.feed(input);

        let mut headers = Vec::new();
        loop {
            let header = match lines.next_line()? {
                Some(line) if line.is_empty() => break,
                Some(line) => parse_header(&line)?,
                None => {
                    let input = yield Event::NeedInput;
                    lines.feed(input);
                    continue;
                }
            };
            headers.push(header.clone());
            let input = yield Event::Header(header);
            lines.feed(input);
        }

        Ok(Head {
            request_line,
            headers,
            rest: lines.buffer,
        })
    }
}

/// `parser`: parses `input` in chunks of `chunk` bytes.
#[must_use]
pub fn run_parser(input: &[u8], chunk: usize) -> Summary {
    parser::stream(input, chunk, |first, feed, summary| {
        let mut co = parse_head();
        parser::drive_one(first, feed, summary, |i| {
            match Pin::new(&mut co).resume(i) {
                CoroutineState::Yielded(y) => coro_core::CoroutineState::Yielded(y),
                CoroutineState::Complete(r) => coro_core::CoroutineState::Complete(r),
            }
        })
    })
}

#[cfg(test)]
mod tests {
    use coro_bench::{counter, large_state, nested, parser, running_total};

    #[test]
    fn native_agrees_with_hand_written() {
        for n in [0, 1, 2, 3, 64, 1024] {
            assert_eq!(super::run_counter(n), counter::run_hand(n));
            assert_eq!(super::run_nested(n), nested::run_hand(n));
            assert_eq!(super::run_running_total(n), running_total::run_hand(n));
            assert_eq!(super::run_large_state(n), large_state::run_hand(n));
        }
        let input = parser::input();
        for chunk in [1, 16, 4096] {
            assert_eq!(
                super::run_parser(&input, chunk),
                parser::run_hand(&input, chunk)
            );
        }
        assert_eq!(
            super::run_parser(&input[..100], 16),
            parser::run_hand(&input[..100], 16)
        );
    }
}
