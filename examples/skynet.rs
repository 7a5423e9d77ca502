//! The skynet benchmark: a million tasks, each reporting up a channel.
//!
//! ```sh
//! cargo run --release --example skynet        # 6 levels: 1,000,000 leaves
//! cargo run --release --example skynet -- 4   # 4 levels: 10,000 leaves
//! ```
//!
//! The root task spawns 10 children, each of those 10 more, and so on for 6 levels, down to
//! 1,000,000 leaf tasks numbered 0 to 999,999 (1,111,111 tasks in all). Each leaf sends its
//! number to its parent over a rendezvous channel; each parent adds up what its 10 children
//! send and sends the sum to its own parent. The root's sum is 0 + 1 + ... + 999,999 =
//! 499999500000. The program prints it and the time taken, which is dominated by spawning
//! the tasks (one allocation each) and switching between them.
//!
//! Every task is the same `#[coroutine]` function, spawning more of itself: a spawned task
//! lives in its own allocation, so the coroutine's state does not contain its children.
use std::io::{self, Write};
use std::time::{Duration, Instant};

use coro_core::channel::{Sender, channel};
use coro_core::sched::{self, Scheduler};

/// How many children each task spawns.
const FAN_OUT: u64 = 10;

/// The task for the subtree of `size` leaves numbered from `first`: a leaf sends its number,
/// an inner task sends the sum of its children's.
#[coro_core::coroutine]
fn skynet(parent: Sender<u64>, first: u64, size: u64) {
    if size == 1 {
        send!(parent, first).expect("the parent receives until every child is done");
        return;
    }
    let (tx, rx) = channel(0);
    let child_size = size / FAN_OUT;
    for i in 0..FAN_OUT {
        sched::spawn(skynet(tx.clone(), first + i * child_size, child_size));
    }
    drop(tx);
    let mut sum = 0;
    while let Some(part) = recv!(rx) {
        sum += part;
    }
    send!(parent, sum).expect("the parent receives until every child is done");
}

/// Runs skynet over `levels` levels (`10^levels` leaves); returns the sum and the time
/// taken.
///
/// # Panics
///
/// If `10^levels` overflows a `u64`, or the scheduler reports a deadlock (it does not).
#[must_use]
pub fn skynet_sum(levels: u32) -> (u64, Duration) {
    let leaves = FAN_OUT.checked_pow(levels).expect("too many levels");
    let start = Instant::now();
    let sched = Scheduler::new();
    let (tx, rx) = channel(1);
    sched.spawn(skynet(tx, 0, leaves));
    sched.run().expect("every task finishes");
    let sum = rx.try_recv().expect("the root sent its sum");
    (sum, start.elapsed())
}

/// Runs skynet over `levels` levels and prints the sum and the time taken.
///
/// # Errors
///
/// Any error writing to `out`.
pub fn run(out: &mut impl Write, levels: u32) -> io::Result<()> {
    let (sum, elapsed) = skynet_sum(levels);
    writeln!(out, "{sum}")?;
    writeln!(
        out,
        "{} leaves in {:.1} ms",
        FAN_OUT.pow(levels),
        elapsed.as_secs_f64() * 1e3
    )
}

fn main() -> io::Result<()> {
    let levels = match std::env::args().nth(1) {
        None => 6,
        Some(arg) => match arg.parse() {
            Ok(levels) if levels <= 8 => levels,
            _ => {
                let usage = format!("usage: skynet [LEVELS] (0 to 8, default 6), not {arg:?}");
                return Err(io::Error::new(io::ErrorKind::InvalidInput, usage));
            }
        },
    };
    run(&mut io::stdout().lock(), levels)
}
