//! The runtime workloads on tokio: a `current_thread` runtime, tasks spawned on a `LocalSet`,
//! `tokio::sync::mpsc` bounded channels (capacity at least 1).

use std::future::Future;

use tokio::sync::mpsc::{Receiver, Sender, channel};
use tokio::task::{LocalSet, spawn_local};

use super::{FAN_OUT, Memory, SKYNET_CAPACITY, status_kib};

/// Runs `root` and every task it spawns to completion; returns `root`'s output.
fn block_on<T: 'static>(root: impl Future<Output = T> + 'static) -> T {
    let rt = tokio::runtime::Builder::new_current_thread()
        .build()
        .expect("a runtime");
    let local = LocalSet::new();
    let handle = local.spawn_local(root);
    rt.block_on(local);
    rt.block_on(handle).expect("no panic")
}

/// `n` trivial tasks spawned from a root task.
pub fn spawn(n: u64) {
    block_on(async move {
        for _ in 0..n {
            spawn_local(async {});
        }
    });
}

/// `n` round trips between two tasks over channels of `capacity` (at least 1).
#[must_use]
pub fn ping_pong(n: u64, capacity: usize) -> u64 {
    let (ping_tx, mut ping_rx) = channel::<u64>(capacity.max(1));
    let (pong_tx, mut pong_rx) = channel::<u64>(capacity.max(1));
    block_on(async move {
        spawn_local(async move {
            while let Some(x) = ping_rx.recv().await {
                pong_tx.send(x + 1).await.expect("the pinger waits");
            }
        });
        let mut sum = 0u64;
        for i in 0..n {
            ping_tx.send(i).await.expect("the ponger receives");
            sum += pong_rx.recv().await.expect("the ponger answers");
        }
        sum
    })
}

async fn skynet_task(parent: Sender<u64>, first: u64, size: u64) {
    if size == 1 {
        parent.send(first).await.expect("the parent receives");
        return;
    }
    let (tx, mut rx) = channel(SKYNET_CAPACITY);
    let child_size = size / FAN_OUT;
    for i in 0..FAN_OUT {
        spawn_local(Box::pin(skynet_task(
            tx.clone(),
            first + i * child_size,
            child_size,
        )));
    }
    drop(tx);
    let mut sum = 0;
    while let Some(part) = rx.recv().await {
        sum += part;
    }
    parent.send(sum).await.expect("the parent receives");
}

/// Skynet; `leaves` is a power of 10.
#[must_use]
pub fn skynet(leaves: u64) -> u64 {
    let (tx, mut rx) = channel(1);
    block_on(async move {
        spawn_local(skynet_task(tx, 0, leaves));
        rx.recv().await.expect("the root sent its sum")
    })
}

async fn ring_task(index: u64, mut rx: Receiver<u64>, next: Sender<u64>) -> Option<u64> {
    while let Some(token) = rx.recv().await {
        if token == 0 {
            return Some(index);
        }
        if next.send(token - 1).await.is_err() {
            break;
        }
    }
    None
}

/// The thread ring: `tasks` tasks, `hops` hops; the index of the task that got 0.
#[must_use]
pub fn thread_ring(tasks: u64, hops: u64) -> u64 {
    block_on(async move {
        let (senders, receivers): (Vec<_>, Vec<_>) = (0..tasks).map(|_| channel::<u64>(1)).unzip();
        senders[0].try_send(hops).expect("room for the token");
        let mut handles = Vec::new();
        for (i, rx) in receivers.into_iter().enumerate() {
            let next = senders[(i + 1) % senders.len()].clone();
            handles.push(spawn_local(ring_task(i as u64, rx, next)));
        }
        drop(senders);
        let mut winner = None;
        for handle in handles {
            winner = winner.or(handle.await.expect("no panic"));
        }
        winner.expect("one task got the token at 0")
    })
}

/// `n` tasks blocked at once, each on its own capacity-1 channel.
#[must_use]
pub fn parked(n: u64) -> Memory {
    block_on(async move {
        let before_kib = status_kib("VmRSS");
        let mut senders = Vec::with_capacity(usize::try_from(n).expect("fits"));
        for _ in 0..n {
            let (tx, mut rx) = channel::<u64>(1);
            senders.push(tx);
            spawn_local(async move {
                let _ = rx.recv().await;
            });
        }
        tokio::task::yield_now().await;
        let parked_kib = status_kib("VmRSS");
        drop(senders);
        Memory {
            before_kib,
            parked_kib,
        }
    })
}
