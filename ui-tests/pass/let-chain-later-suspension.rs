//! A suspension point in a `let` chain after its first operand: the conditions run in
//! order, with the same bindings and the same `else`, as in the plain function that reads
//! the resume arguments from an iterator instead.
use coro_core::{Coroutine, CoroutineState};

fn lookup(key: u32) -> Option<u32> {
    (key % 2 == 0).then_some(key * 10)
}

#[coro_core::coroutine(yield = String, resume = u32)]
fn chained(keys: Vec<u32>) -> Vec<String> {
    let mut log = Vec::new();
    for key in keys {
        if let Some(v) = lookup(key)
            && yield_!(format!("check {v}")) > 0
            && let Some(w) = lookup(v + 2)
        {
            log.push(format!("{key}: {v} {w}"));
        } else if key > 2 && yield_!(format!("odd {key}")) == 1 {
            log.push(format!("{key}: odd, accepted"));
        } else {
            log.push(format!("{key}: none"));
        }
    }
    log
}

fn plain(keys: Vec<u32>, resumes: &mut impl Iterator<Item = u32>, asked: &mut Vec<String>) -> Vec<String> {
    let mut ask = |question: String| {
        asked.push(question);
        resumes.next().unwrap_or(0)
    };
    let mut log = Vec::new();
    for key in keys {
        if let Some(v) = lookup(key)
            && ask(format!("check {v}")) > 0
            && let Some(w) = lookup(v + 2)
        {
            log.push(format!("{key}: {v} {w}"));
        } else if key > 2 && ask(format!("odd {key}")) == 1 {
            log.push(format!("{key}: odd, accepted"));
        } else {
            log.push(format!("{key}: none"));
        }
    }
    log
}

fn main() {
    let keys = vec![2, 4, 3, 5, 1];
    let resumes = [1, 0, 1, 0, 7];
    let mut expected_asked = Vec::new();
    let expected = plain(keys.clone(), &mut resumes.into_iter(), &mut expected_asked);

    let mut co = chained(keys);
    let mut asked = Vec::new();
    let mut next = resumes.into_iter();
    let mut arg = 0;
    let log = loop {
        match co.resume(arg) {
            CoroutineState::Yielded(question) => {
                asked.push(question);
                arg = next.next().unwrap_or(0);
            }
            CoroutineState::Complete(log) => break log,
        }
    };
    assert_eq!(asked, expected_asked);
    assert_eq!(log, expected);
    assert_eq!(log.len(), 5);
}
