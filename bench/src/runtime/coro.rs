//! The runtime workloads on this project's scheduler and channels.

use coro_core::channel::{Receiver, Sender, channel};
use coro_core::coro;
use coro_core::sched::{self, Scheduler};

use super::{FAN_OUT, Memory, SKYNET_CAPACITY, status_kib};

fn run(sched: &Scheduler) {
    sched.run().expect("no deadlock");
}

/// `n` trivial tasks spawned from a root task.
pub fn spawn(n: u64) {
    let sched = Scheduler::new();
    sched.spawn(coro!(move || {
        for _ in 0..n {
            sched::spawn(coro!(|| {}));
        }
    }));
    run(&sched);
}

/// `n` round trips between two tasks over channels of `capacity`.
#[must_use]
pub fn ping_pong(n: u64, capacity: usize) -> u64 {
    let sched = Scheduler::new();
    let (ping_tx, ping_rx) = channel::<u64>(capacity);
    let (pong_tx, pong_rx) = channel::<u64>(capacity);
    sched.spawn(coro!(move || {
        while let Some(x) = recv!(ping_rx) {
            send!(pong_tx, x + 1).expect("the pinger waits for the pong");
        }
    }));
    let pinger = sched.spawn(coro!(move || {
        let mut sum = 0u64;
        for i in 0..n {
            send!(ping_tx, i).expect("the ponger receives until closed");
            sum += recv!(pong_rx).expect("the ponger answers");
        }
        sum
    }));
    run(&sched);
    pinger.try_join().expect("finished").expect("no panic")
}

/// A skynet node: its subtree on this scheduler, its sum sent up `parent`.
#[coro_core::coroutine]
pub(crate) fn skynet_task(parent: Sender<u64>, first: u64, size: u64) {
    if size == 1 {
        send!(parent, first).expect("the parent receives until every child is done");
        return;
    }
    let (tx, rx) = channel(SKYNET_CAPACITY);
    let child_size = size / FAN_OUT;
    for i in 0..FAN_OUT {
        sched::spawn(skynet_task(tx.clone(), first + i * child_size, child_size));
    }
    drop(tx);
    let mut sum = 0;
    while let Some(part) = recv!(rx) {
        sum += part;
    }
    send!(parent, sum).expect("the parent receives until every child is done");
}

/// Skynet; `leaves` is a power of 10.
#[must_use]
pub fn skynet(leaves: u64) -> u64 {
    let sched = Scheduler::new();
    let (tx, rx) = channel(1);
    sched.spawn(skynet_task(tx, 0, leaves));
    run(&sched);
    rx.try_recv().expect("the root sent its sum")
}

#[coro_core::coroutine]
fn ring_task(index: u64, rx: Receiver<u64>, next: Sender<u64>) -> Option<u64> {
    while let Some(token) = recv!(rx) {
        if token == 0 {
            return Some(index);
        }
        if send!(next, token - 1).is_err() {
            break;
        }
    }
    None
}

/// The thread ring: `tasks` tasks, `hops` hops; the index of the task that got 0.
#[must_use]
pub fn thread_ring(tasks: u64, hops: u64) -> u64 {
    let sched = Scheduler::new();
    let channels: Vec<_> = (0..tasks).map(|_| channel::<u64>(1)).collect();
    channels[0].0.try_send(hops).expect("room for the token");
    let mut handles = Vec::new();
    for (i, (_, rx)) in channels.iter().enumerate() {
        let next = channels[(i + 1) % channels.len()].0.clone();
        handles.push(sched.spawn(ring_task(i as u64, rx.clone(), next)));
    }
    // Only the tasks hold the channels now: the winner's return drops its sender, which
    // closes the next channel, and so on around the ring.
    drop(channels);
    run(&sched);
    handles
        .iter()
        .find_map(|h| h.try_join().expect("finished").expect("no panic"))
        .expect("one task got the token at 0")
}

/// Waits for a value or the close of `rx`.
#[coro_core::coroutine]
fn parked_task(rx: Receiver<u64>) {
    let _closed: Option<u64> = recv!(rx);
}

/// `n` tasks blocked at once, each on its own rendezvous channel.
#[must_use]
pub fn parked(n: u64) -> Memory {
    let sched = Scheduler::new();
    let before_kib = status_kib("VmRSS");
    let mut senders = Vec::with_capacity(usize::try_from(n).expect("fits"));
    for _ in 0..n {
        let (tx, rx) = channel::<u64>(0);
        senders.push(tx);
        sched.spawn(parked_task(rx));
    }
    measure_parked(&sched, before_kib, senders)
}

/// `n` tasks blocked at once on one shared rendezvous channel (each holds a receiver), so
/// that the memory per task is the task's own.
#[must_use]
pub fn parked_shared(n: u64) -> Memory {
    let sched = Scheduler::new();
    let before_kib = status_kib("VmRSS");
    let (tx, rx) = channel::<u64>(0);
    for _ in 0..n {
        sched.spawn(parked_task(rx.clone()));
    }
    drop(rx);
    measure_parked(&sched, before_kib, tx)
}

/// Runs `sched`, whose tasks park, and reads the resident set once they all have; then
/// drops `wake` (the senders), which lets them finish.
fn measure_parked<W: 'static>(sched: &Scheduler, before_kib: u64, wake: W) -> Memory {
    let recorder = sched.spawn(coro!(move || {
        // Every task spawned before this one has run and parked.
        yield_now!();
        let parked_kib = status_kib("VmRSS");
        drop(wake);
        parked_kib
    }));
    run(sched);
    let parked_kib = recorder.try_join().expect("finished").expect("no panic");
    Memory {
        before_kib,
        parked_kib,
    }
}

/// The size of one parked task's coroutine (its state), for the `parked` target.
#[must_use]
pub fn parked_task_size() -> usize {
    let (_tx, rx) = channel::<u64>(0);
    core::mem::size_of_val(&parked_task(rx))
}
