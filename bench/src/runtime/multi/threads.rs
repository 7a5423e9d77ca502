//! Ping-pong between two OS threads over crossbeam-channel: the floor of a hop between
//! threads that block.

use std::thread;

use crossbeam_channel::bounded;

use super::PING_PONG_CAPACITY;

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
