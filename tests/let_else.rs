//! `let ... else` with suspension points in its `else` block (or in both the initializer
//! and the `else` block). Each program and input below was run by the compiler's own
//! coroutines (nightly, through `difftest`'s native driver); the expected traces are theirs.
//! The programs use the differential test's support code (`difftest/support/`).
#![allow(
    clippy::many_single_char_names,
    reason = "the programs are kept as they were run natively"
)]

#[allow(dead_code, unreachable_pub, clippy::all, clippy::pedantic)]
mod h {
    include!("../difftest/support/common.rs");
    include!("../difftest/support/drive_coro.rs");
}

use h::*;

fn inputs(xs: &[&str]) -> Vec<String> {
    xs.iter().map(|x| (*x).to_string()).collect()
}

fn else_returns(inputs: Vec<String>) -> Vec<String> {
    {
        let _cap = T("cap");
        let co = coro!(yield = String; move |mut r: String| -> Option<i64> {
            let k = T("k");
            let (Some(mut n), m) = (opt(&r), T("m")) else {
                let e = T("e");
                r = yield_!(format!("else {}", r));
                return Some(i64::try_from(r.len()).expect("short") + k.id());
            };
            n += 1;
            let z = yield_!(format!("n {n}"));
            Some(n + i64::try_from(z.len()).expect("short") + m.id())
        });
        drive(co, inputs);
    }
    take_log()
}

fn else_continues_a_loop(inputs: Vec<String>) -> Vec<String> {
    {
        let co = coro!(yield = String; move |mut r: String| -> Option<i64> {
            let mut total = 0;
            for i in 0..3 {
                let Some(v) = opt(&yield_!(format!("ask {i}"))) else {
                    let w = T("w");
                    let again = yield_!(String::from("odd"));
                    if again.is_empty() { break; }
                    total += 100;
                    continue;
                };
                total += v;
            }
            Some(total)
        });
        drive(co, inputs);
    }
    take_log()
}

fn annotated_and_question_mark(inputs: Vec<String>) -> Vec<String> {
    {
        let co = coro!(yield = String; move |r: String| -> Result<i64, String> {
            let p = P { a: 1, b: r };
            let P { a, b: bb }: P = p else { yield_!(String::from("never")); unreachable!() };
            let [x, y] = [T("x"), T("y")] else { yield_!(String::from("never")); panic!() };
            let Ok(q) = res(&yield_!(bb.clone())) else {
                let msg = yield_!(String::from("bad"));
                Err(msg)?;
                unreachable!()
            };
            Ok(a + q + x.id() + y.id())
        });
        drive(co, inputs);
    }
    take_log()
}

#[test]
fn else_returns_like_native() {
    assert_eq!(
        else_returns(inputs(&["abc", "xy", "z", "q"])),
        [
            "drop m",
            "Y \"else abc\"",
            "drop e",
            "drop k",
            "R Some(3)",
            "PANIC coroutine resumed after completion",
            "PANIC coroutine resumed after completion",
            "<drop coroutine>",
            "drop cap"
        ]
    );
    assert_eq!(
        else_returns(inputs(&["ab", "xyz", "z"])),
        [
            "Y \"n 3\"",
            "drop m",
            "drop k",
            "R Some(7)",
            "PANIC coroutine resumed after completion",
            "<drop coroutine>",
            "drop cap"
        ]
    );
    assert_eq!(
        else_returns(inputs(&["ab", "", "a"])),
        [
            "Y \"n 3\"",
            "drop m",
            "drop k",
            "R Some(4)",
            "PANIC coroutine resumed after completion",
            "<drop coroutine>",
            "drop cap"
        ]
    );
    assert_eq!(
        else_returns(inputs(&["a"])),
        [
            "drop m",
            "Y \"else a\"",
            "<drop coroutine>",
            "drop e",
            "drop k",
            "drop cap"
        ]
    );
    assert_eq!(else_returns(inputs(&[])), ["<drop coroutine>", "drop cap"]);
}

#[test]
fn else_continues_a_loop_like_native() {
    assert_eq!(
        else_continues_a_loop(inputs(&["abc", "xy", "z", "q"])),
        [
            "Y \"ask 0\"",
            "Y \"ask 1\"",
            "Y \"odd\"",
            "drop w",
            "Y \"ask 2\"",
            "<drop coroutine>"
        ]
    );
    assert_eq!(
        else_continues_a_loop(inputs(&["ab", "xyz", "z"])),
        [
            "Y \"ask 0\"",
            "Y \"odd\"",
            "drop w",
            "Y \"ask 1\"",
            "<drop coroutine>"
        ]
    );
    assert_eq!(
        else_continues_a_loop(inputs(&["ab", "", "a"])),
        [
            "Y \"ask 0\"",
            "Y \"ask 1\"",
            "Y \"odd\"",
            "<drop coroutine>",
            "drop w"
        ]
    );
    assert_eq!(
        else_continues_a_loop(inputs(&["a"])),
        ["Y \"ask 0\"", "<drop coroutine>"]
    );
    assert_eq!(else_continues_a_loop(inputs(&[])), ["<drop coroutine>"]);
    assert_eq!(
        else_continues_a_loop(inputs(&["a", "bb", "", "x", "yy", "zz"])),
        [
            "Y \"ask 0\"",
            "Y \"ask 1\"",
            "Y \"ask 2\"",
            "Y \"odd\"",
            "drop w",
            "R Some(102)",
            "PANIC coroutine resumed after completion",
            "<drop coroutine>"
        ]
    );
}

#[test]
fn annotated_and_question_mark_like_native() {
    assert_eq!(
        annotated_and_question_mark(inputs(&["abc", "xy", "z", "q"])),
        [
            "Y \"abc\"",
            "drop y",
            "drop x",
            "R Ok(5)",
            "PANIC coroutine resumed after completion",
            "PANIC coroutine resumed after completion",
            "<drop coroutine>"
        ]
    );
    assert_eq!(
        annotated_and_question_mark(inputs(&["ab", "xyz", "z"])),
        [
            "Y \"ab\"",
            "Y \"bad\"",
            "drop y",
            "drop x",
            "R Err(\"z\")",
            "<drop coroutine>"
        ]
    );
    assert_eq!(
        annotated_and_question_mark(inputs(&["ab", "", "a"])),
        [
            "Y \"ab\"",
            "drop y",
            "drop x",
            "R Ok(3)",
            "PANIC coroutine resumed after completion",
            "<drop coroutine>"
        ]
    );
    assert_eq!(
        annotated_and_question_mark(inputs(&["a"])),
        ["Y \"a\"", "<drop coroutine>", "drop y", "drop x"]
    );
    assert_eq!(
        annotated_and_question_mark(inputs(&[])),
        ["<drop coroutine>"]
    );
}
