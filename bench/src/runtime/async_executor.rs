//! The runtime workloads on async-executor's `LocalExecutor` with `async-channel` bounded
//! channels (capacity at least 1).

use std::future::Future;

use async_channel::{Receiver, Sender, bounded};
use async_executor::LocalExecutor;

use super::{FAN_OUT, Memory, SKYNET_CAPACITY, YieldNow, status_kib};

/// The executor, leaked so that tasks can spawn on it (`&'static`); one per call.
type Executor = &'static LocalExecutor<'static>;

/// Runs `root` on a new executor until it and every task spawned on the executor have
/// finished; returns `root`'s output.
fn block_on<T: 'static, F: Future<Output = T> + 'static>(root: impl FnOnce(Executor) -> F) -> T {
    let ex: Executor = Box::leak(Box::new(LocalExecutor::new()));
    let task = ex.spawn(root(ex));
    futures::executor::block_on(ex.run(async move {
        let out = task.await;
        while !ex.is_empty() {
            YieldNow::default().await;
        }
        out
    }))
}

/// `n` trivial tasks spawned from a root task.
pub fn spawn(n: u64) {
    block_on(|ex| async move {
        for _ in 0..n {
            ex.spawn(async {}).detach();
        }
    });
}

/// `n` round trips between two tasks over channels of `capacity` (at least 1).
#[must_use]
pub fn ping_pong(n: u64, capacity: usize) -> u64 {
    let (ping_tx, ping_rx) = bounded::<u64>(capacity.max(1));
    let (pong_tx, pong_rx) = bounded::<u64>(capacity.max(1));
    block_on(|ex| async move {
        ex.spawn(async move {
            while let Ok(x) = ping_rx.recv().await {
                pong_tx.send(x + 1).await.expect("the pinger waits");
            }
        })
        .detach();
        let mut sum = 0u64;
        for i in 0..n {
            ping_tx.send(i).await.expect("the ponger receives");
            sum += pong_rx.recv().await.expect("the ponger answers");
        }
        sum
    })
}

async fn skynet_task(ex: Executor, parent: Sender<u64>, first: u64, size: u64) {
    {
        if size == 1 {
            parent.send(first).await.expect("the parent receives");
            return;
        }
        let (tx, rx) = bounded(SKYNET_CAPACITY);
        let child_size = size / FAN_OUT;
        for i in 0..FAN_OUT {
            let child = skynet_task(ex, tx.clone(), first + i * child_size, child_size);
            ex.spawn(Box::pin(child)).detach();
        }
        drop(tx);
        let mut sum = 0;
        while let Ok(part) = rx.recv().await {
            sum += part;
        }
        parent.send(sum).await.expect("the parent receives");
    }
}

/// Skynet; `leaves` is a power of 10.
#[must_use]
pub fn skynet(leaves: u64) -> u64 {
    let (tx, rx) = bounded(1);
    block_on(|ex| async move {
        ex.spawn(skynet_task(ex, tx, 0, leaves)).detach();
        rx.recv().await.expect("the root sent its sum")
    })
}

async fn ring_task(index: u64, rx: Receiver<u64>, next: Sender<u64>) -> Option<u64> {
    while let Ok(token) = rx.recv().await {
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
    block_on(|ex| async move {
        let (senders, receivers): (Vec<_>, Vec<_>) = (0..tasks).map(|_| bounded::<u64>(1)).unzip();
        senders[0].try_send(hops).expect("room for the token");
        let mut handles = Vec::new();
        for (i, rx) in receivers.into_iter().enumerate() {
            let next = senders[(i + 1) % senders.len()].clone();
            handles.push(ex.spawn(ring_task(i as u64, rx, next)));
        }
        drop(senders);
        let mut winner = None;
        for handle in handles {
            winner = winner.or(handle.await);
        }
        winner.expect("one task got the token at 0")
    })
}

/// `n` tasks blocked at once, each on its own capacity-1 channel.
#[must_use]
pub fn parked(n: u64) -> Memory {
    block_on(|ex| async move {
        let before_kib = status_kib("VmRSS");
        let mut senders = Vec::with_capacity(usize::try_from(n).expect("fits"));
        for _ in 0..n {
            let (tx, rx) = bounded::<u64>(1);
            senders.push(tx);
            ex.spawn(async move {
                let _ = rx.recv().await;
            })
            .detach();
        }
        YieldNow::default().await;
        let parked_kib = status_kib("VmRSS");
        drop(senders);
        Memory {
            before_kib,
            parked_kib,
        }
    })
}

/// `n` tasks blocked at once on one shared channel (each holds a receiver), so that the
/// memory per task is the task's own.
#[must_use]
pub fn parked_shared(n: u64) -> Memory {
    block_on(|ex| async move {
        let before_kib = status_kib("VmRSS");
        let (tx, rx) = bounded::<u64>(1);
        for _ in 0..n {
            let rx = rx.clone();
            ex.spawn(async move {
                let _ = rx.recv().await;
            })
            .detach();
        }
        drop(rx);
        YieldNow::default().await;
        let parked_kib = status_kib("VmRSS");
        drop(tx);
        Memory {
            before_kib,
            parked_kib,
        }
    })
}
