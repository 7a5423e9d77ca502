//! The workloads across threads on tokio's multi-thread runtime with 2 workers:
//! `tokio::sync::mpsc` for skynet and ping-pong, `async-channel` (MPMC) for fan-out.

use std::future::Future;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use tokio::sync::mpsc::{Sender, channel};

use super::{FANOUT_CAPACITY, PING_PONG_CAPACITY};
use crate::runtime::{FAN_OUT, SKYNET_CAPACITY};

/// Runs `root` on a multi-thread runtime of `workers` workers; its output.
fn block_on<T: Send + 'static>(
    workers: usize,
    root: impl Future<Output = T> + Send + 'static,
) -> T {
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(workers)
        .build()
        .expect("a runtime");
    rt.block_on(async move { tokio::spawn(root).await.expect("no panic") })
}

fn skynet_task(
    parent: Sender<u64>,
    first: u64,
    size: u64,
) -> std::pin::Pin<Box<dyn Future<Output = ()> + Send>> {
    Box::pin(async move {
        if size == 1 {
            parent.send(first).await.expect("the parent receives");
            return;
        }
        let (tx, mut rx) = channel(SKYNET_CAPACITY);
        let child_size = size / FAN_OUT;
        for i in 0..FAN_OUT {
            tokio::spawn(skynet_task(tx.clone(), first + i * child_size, child_size));
        }
        drop(tx);
        let mut sum = 0;
        while let Some(part) = rx.recv().await {
            sum += part;
        }
        parent.send(sum).await.expect("the parent receives");
    })
}

/// Skynet on `workers` workers; `leaves` is a power of 10.
#[must_use]
pub fn skynet(leaves: u64, workers: usize) -> u64 {
    block_on(workers, async move {
        let (tx, mut rx) = channel(1);
        tokio::spawn(skynet_task(tx, 0, leaves));
        rx.recv().await.expect("the root sent its sum")
    })
}

/// `n` round trips between two tasks on 2 workers; with `busy`, two more tasks yield in a
/// loop meanwhile.
#[must_use]
pub fn ping_pong(n: u64, busy: bool) -> u64 {
    block_on(2, async move {
        let stop = Arc::new(AtomicBool::new(false));
        if busy {
            for _ in 0..2 {
                let stop = Arc::clone(&stop);
                tokio::spawn(async move {
                    while !stop.load(Ordering::Relaxed) {
                        tokio::task::yield_now().await;
                    }
                });
            }
        }
        let (ping_tx, mut ping_rx) = channel::<u64>(PING_PONG_CAPACITY);
        let (pong_tx, mut pong_rx) = channel::<u64>(PING_PONG_CAPACITY);
        tokio::spawn(async move {
            while let Some(x) = ping_rx.recv().await {
                pong_tx.send(x + 1).await.expect("the pinger waits");
            }
        });
        let pinger = tokio::spawn(async move {
            let mut sum = 0u64;
            for i in 0..n {
                ping_tx.send(i).await.expect("the ponger receives");
                sum += pong_rx.recv().await.expect("the ponger answers");
            }
            sum
        });
        let sum = pinger.await.expect("no panic");
        stop.store(true, Ordering::Relaxed);
        sum
    })
}

/// Fan-out and fan-in on 2 workers.
#[must_use]
pub fn fanout(n: u64, workers: usize) -> u64 {
    block_on(2, async move {
        let (work_tx, work_rx) = async_channel::bounded::<u64>(FANOUT_CAPACITY);
        let (done_tx, done_rx) = async_channel::bounded::<u64>(FANOUT_CAPACITY);
        tokio::spawn(async move {
            for i in 0..n {
                work_tx.send(i).await.expect("the workers receive");
            }
        });
        for _ in 0..workers {
            let work_rx = work_rx.clone();
            let done_tx = done_tx.clone();
            tokio::spawn(async move {
                while let Ok(i) = work_rx.recv().await {
                    done_tx
                        .send(i.wrapping_mul(i))
                        .await
                        .expect("the collector receives");
                }
            });
        }
        drop((work_rx, done_tx));
        let mut sum = 0u64;
        while let Ok(square) = done_rx.recv().await {
            sum = sum.wrapping_add(square);
        }
        sum
    })
}
