//! The runtime workloads on futures: `futures::executor::LocalPool` and
//! `futures::channel::mpsc` bounded channels (`channel(c)` holds `c` plus one per sender).

use std::future::Future;

use futures::channel::mpsc::{Receiver, Sender, channel};
use futures::executor::LocalPool;
use futures::task::{LocalSpawn, LocalSpawnExt};
use futures::{SinkExt, StreamExt};

use super::{FAN_OUT, Memory, YieldNow, status_kib};

/// Runs `root` and every task it spawns to completion; returns `root`'s output.
fn block_on<T: 'static, F: Future<Output = T> + 'static>(
    root: impl FnOnce(futures::executor::LocalSpawner) -> F,
) -> T {
    let mut pool = LocalPool::new();
    let spawner = pool.spawner();
    let handle = spawner
        .spawn_local_with_handle(root(spawner.clone()))
        .expect("spawn");
    pool.run();
    futures::executor::block_on(handle)
}

/// `n` trivial tasks spawned from a root task.
pub fn spawn(n: u64) {
    block_on(|spawner| async move {
        for _ in 0..n {
            spawner.spawn_local(async {}).expect("spawn");
        }
    });
}

/// `n` round trips between two tasks over channels of `capacity` (see the module docs).
#[must_use]
pub fn ping_pong(n: u64, capacity: usize) -> u64 {
    let buffer = capacity.saturating_sub(1);
    let (mut ping_tx, mut ping_rx) = channel::<u64>(buffer);
    let (mut pong_tx, mut pong_rx) = channel::<u64>(buffer);
    block_on(|spawner| async move {
        spawner
            .spawn_local(async move {
                while let Some(x) = ping_rx.next().await {
                    pong_tx.send(x + 1).await.expect("the pinger waits");
                }
            })
            .expect("spawn");
        let mut sum = 0u64;
        for i in 0..n {
            ping_tx.send(i).await.expect("the ponger receives");
            sum += pong_rx.next().await.expect("the ponger answers");
        }
        sum
    })
}

async fn skynet_task<S: LocalSpawn + Clone + 'static>(
    spawner: S,
    mut parent: Sender<u64>,
    first: u64,
    size: u64,
) {
    {
        if size == 1 {
            parent.send(first).await.expect("the parent receives");
            return;
        }
        let (tx, mut rx) = channel(0);
        let child_size = size / FAN_OUT;
        for i in 0..FAN_OUT {
            let child = skynet_task(
                spawner.clone(),
                tx.clone(),
                first + i * child_size,
                child_size,
            );
            spawner.spawn_local(Box::pin(child)).expect("spawn");
        }
        drop(tx);
        let mut sum = 0;
        while let Some(part) = rx.next().await {
            sum += part;
        }
        parent.send(sum).await.expect("the parent receives");
    }
}

/// Skynet; `leaves` is a power of 10. (`channel(0)` has one slot per sender: the
/// children's [`SKYNET_CAPACITY`](super::SKYNET_CAPACITY).)
#[must_use]
pub fn skynet(leaves: u64) -> u64 {
    let (tx, mut rx) = channel(0);
    block_on(|spawner| async move {
        spawner
            .spawn_local(skynet_task(spawner.clone(), tx, 0, leaves))
            .expect("spawn");
        rx.next().await.expect("the root sent its sum")
    })
}

async fn ring_task(index: u64, mut rx: Receiver<u64>, mut next: Sender<u64>) -> Option<u64> {
    while let Some(token) = rx.next().await {
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
    block_on(|spawner| async move {
        let (mut senders, receivers): (Vec<_>, Vec<_>) =
            (0..tasks).map(|_| channel::<u64>(0)).unzip();
        senders[0].try_send(hops).expect("room for the token");
        let mut handles = Vec::new();
        for (i, rx) in receivers.into_iter().enumerate() {
            let next = senders[(i + 1) % senders.len()].clone();
            handles.push(
                spawner
                    .spawn_local_with_handle(ring_task(i as u64, rx, next))
                    .expect("spawn"),
            );
        }
        senders.clear();
        let mut winner = None;
        for handle in handles {
            winner = winner.or(handle.await);
        }
        winner.expect("one task got the token at 0")
    })
}

/// `n` tasks blocked at once, each on its own channel.
#[must_use]
pub fn parked(n: u64) -> Memory {
    block_on(|spawner| async move {
        let before_kib = status_kib("VmRSS");
        let mut senders = Vec::with_capacity(usize::try_from(n).expect("fits"));
        for _ in 0..n {
            let (tx, mut rx) = channel::<u64>(0);
            senders.push(tx);
            spawner
                .spawn_local(async move {
                    let _ = rx.next().await;
                })
                .expect("spawn");
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
