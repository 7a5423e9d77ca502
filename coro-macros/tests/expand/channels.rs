//! `recv!` and `send!` in a task: each may suspend the task until the other side is ready.

use coro_core::channel::{Receiver, Sender};

/// Sends twice every number it receives, until its input is closed or its output is gone;
/// returns how many it sent.
#[coro_core::coroutine]
pub fn doubler(input: Receiver<u32>, output: Sender<u32>) -> u32 {
    let mut count = 0;
    while let Some(n) = recv!(input) {
        if send!(output, n * 2).is_err() {
            break;
        }
        count += 1;
    }
    count
}
