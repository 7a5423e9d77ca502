//! Plain OS threads: ping-pong between two of them over crossbeam-channel (the floor of a
//! hop between threads that block), and independent single-thread skynets, one scheduler
//! per thread with nothing shared (the ceiling of what N threads gain over one on this
//! machine).

use std::thread;

use crossbeam_channel::bounded;

use super::{PING_PONG_CAPACITY, ThreadTimes, thread_times};

/// `n` round trips between two threads over two channels of capacity 1.
#[must_use]
pub fn ping_pong(n: u64) -> u64 {
    let (ping_tx, ping_rx) = bounded::<u64>(PING_PONG_CAPACITY);
    let (pong_tx, pong_rx) = bounded::<u64>(PING_PONG_CAPACITY);
    let ponger = thread::spawn(move || {
        while let Ok(x) = ping_rx.recv() {
            pong_tx.send(x + 1).expect("the pinger waits");
        }
    });
    let mut sum = 0u64;
    for i in 0..n {
        ping_tx.send(i).expect("the ponger receives");
        sum += pong_rx.recv().expect("the ponger answers");
    }
    drop(ping_tx);
    ponger.join().expect("no panic");
    sum
}

/// `threads` single-thread skynets of `leaves` leaves each, at once, each on a thread and
/// a [`Scheduler`] of its own. Nothing is shared between them but the allocator and the
/// machine, so the time of one against that of two is as much as two threads can gain here
/// (with one, the skynet runs on a spawned thread as a runtime's scheduler does, not on the
/// main thread, whose allocator arena differs). Returns the sum of their sums, and each
/// thread's scheduling times.
///
/// [`Scheduler`]: coro_core::sched::Scheduler
#[must_use]
pub fn skynets(leaves: u64, threads: u64) -> (u64, Vec<ThreadTimes>) {
    let threads: Vec<_> = (0..threads)
        .map(|_| thread::spawn(move || (crate::runtime::coro::skynet(leaves), thread_times())))
        .collect();
    let mut sum = 0;
    let mut times = Vec::new();
    for thread in threads {
        let (s, t) = thread.join().expect("no panic");
        sum += s;
        times.push(t);
    }
    (sum, times)
}
