//! `select!` in a task, with guards that switch off an arm once its channel is closed.

use coro_core::channel::Receiver;

/// Receives from both channels until both are closed; returns what it received, in order.
#[coro_core::coroutine]
pub fn merge(numbers: Receiver<u32>, words: Receiver<&'static str>) -> Vec<String> {
    let mut seen = Vec::new();
    let (mut numbers_open, mut words_open) = (true, true);
    while numbers_open || words_open {
        select! {
            n = recv(numbers), if numbers_open => match n {
                Some(n) => seen.push(format!("number {n}")),
                None => numbers_open = false,
            },
            w = recv(words), if words_open => match w {
                Some(w) => seen.push(format!("word {w}")),
                None => words_open = false,
            },
        }
    }
    seen
}
