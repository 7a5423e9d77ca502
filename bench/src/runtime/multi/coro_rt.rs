//! The workloads across threads on this project's runtime and `Send + Sync` channels.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};

use coro_core::channel::{self, sync};
use coro_core::coro;
use coro_core::rt::{self, Placement, Runtime};
use coro_core::sched;

use super::{FANOUT_CAPACITY, Mode, PING_PONG_CAPACITY, ThreadTimes, thread_times};
use crate::runtime::{FAN_OUT, SKYNET_CAPACITY};

/// A runtime of `schedulers` schedulers, stealing or not, with `placement`.
#[must_use]
pub fn runtime(schedulers: usize, stealing: bool, placement: Placement) -> Runtime {
    Runtime::builder()
        .schedulers(schedulers)
        .stealing(stealing)
        .placement(placement)
        .build()
        .expect("the runtime's threads start")
}

/// A skynet node placed by the runtime, reporting on a sync channel; `placed_levels` more
/// levels below it are placed too, the rest are local.
#[coro_core::coroutine]
fn placed_node(parent: sync::Sender<u64>, first: u64, size: u64, placed_levels: u32) {
    if size == 1 {
        send!(parent, first).expect("the parent receives until every child is done");
        return;
    }
    let child_size = size / FAN_OUT;
    if placed_levels == 0 {
        // The subtree runs on this scheduler: a local task (it is not `Send`) reports here.
        drop(sched::spawn(local_root(parent, first, size)));
        return;
    }
    let (tx, rx) = sync::channel(SKYNET_CAPACITY);
    for i in 0..FAN_OUT {
        spawn_placed(
            tx.clone(),
            first + i * child_size,
            child_size,
            placed_levels - 1,
        );
    }
    drop(tx);
    let mut sum = 0;
    while let Some(part) = recv!(rx) {
        sum += part;
    }
    send!(parent, sum).expect("the parent receives until every child is done");
}

/// Places a child (a function of its own: the `Send` bound on the coroutine type is proved
/// outside the coroutine's own body).
fn spawn_placed(parent: sync::Sender<u64>, first: u64, size: u64, placed_levels: u32) {
    drop(rt::spawn(placed_node(parent, first, size, placed_levels)));
}

/// The root of a local subtree: the single-thread skynet's node below it, its sum sent up
/// the sync channel.
#[coro_core::coroutine]
fn local_root(parent: sync::Sender<u64>, first: u64, size: u64) {
    if let Some(count) = rt::current().and_then(|i| SUBTREES.get(i)) {
        count.fetch_add(1, Ordering::Relaxed);
    }
    let (tx, rx) = channel::channel(1);
    sched::spawn(crate::runtime::coro::skynet_task(tx, first, size));
    let sum = recv!(rx).expect("the subtree sends its sum");
    send!(parent, sum).expect("the parent receives until every child is done");
}

/// How many local subtrees of [`Mode::TopTwo`] each scheduler ran (the first 64), since
/// [`skynet_on`] last began: how evenly stealing spread them.
static SUBTREES: [AtomicU64; 64] = [const { AtomicU64::new(0) }; 64];

/// How many local subtrees each of the first `schedulers` schedulers ran in the last
/// [`skynet_on`] with [`Mode::TopTwo`].
#[must_use]
pub fn subtrees_per_scheduler(schedulers: usize) -> Vec<u64> {
    SUBTREES
        .iter()
        .take(schedulers)
        .map(|count| count.load(Ordering::Relaxed))
        .collect()
}

/// Skynet on `rt`; `leaves` is a power of 10.
#[must_use]
pub fn skynet_on(rt: &Runtime, leaves: u64, mode: Mode) -> u64 {
    let levels = match mode {
        Mode::Placed => u32::MAX,
        Mode::TopTwo => 2,
    };
    for count in &SUBTREES {
        count.store(0, Ordering::Relaxed);
    }
    let (tx, rx) = sync::channel(1);
    rt.spawn(placed_node(tx, 0, leaves, levels));
    rt.run().expect("no deadlock");
    rx.try_recv().expect("the root sent its sum")
}

/// Each scheduler's thread's scheduling times so far (asked by a task pinned to each).
#[must_use]
pub fn worker_times(rt: &Runtime) -> Vec<ThreadTimes> {
    (0..rt.schedulers())
        .map(|i| {
            rt.spawn_on(i, coro!(|| thread_times()))
                .join()
                .expect("no panic")
        })
        .collect()
}

/// Skynet on a new runtime of `schedulers` (round-robin placement).
#[must_use]
pub fn skynet(leaves: u64, schedulers: usize, mode: Mode, stealing: bool) -> u64 {
    skynet_timed(leaves, schedulers, mode, stealing).0
}

/// As [`skynet`], with each scheduler's thread's scheduling times at the end.
#[must_use]
pub fn skynet_timed(
    leaves: u64,
    schedulers: usize,
    mode: Mode,
    stealing: bool,
) -> (u64, Vec<ThreadTimes>) {
    let rt = runtime(schedulers, stealing, Placement::RoundRobin);
    let sum = skynet_on(&rt, leaves, mode);
    (sum, worker_times(&rt))
}

/// Starts a task on each of the first two schedulers that yields until `stop` is set.
fn busy(rt: &Runtime, stop: &Arc<AtomicBool>) {
    for i in 0..2 {
        let stop = Arc::clone(stop);
        rt.spawn_on(
            i,
            coro!(move || {
                while !stop.load(Ordering::Relaxed) {
                    yield_now!();
                }
            }),
        );
    }
}

/// `n` round trips between a task on scheduler 0 and one on scheduler 1.
#[must_use]
pub fn ping_pong_on(rt: &Runtime, n: u64, busy_too: bool) -> u64 {
    let stop = Arc::new(AtomicBool::new(false));
    if busy_too {
        busy(rt, &stop);
    }
    let (ping_tx, ping_rx) = sync::channel::<u64>(PING_PONG_CAPACITY);
    let (pong_tx, pong_rx) = sync::channel::<u64>(PING_PONG_CAPACITY);
    rt.spawn_on(
        1,
        coro!(move || {
            while let Some(x) = recv!(ping_rx) {
                send!(pong_tx, x + 1).expect("the pinger waits for the pong");
            }
        }),
    );
    let pinger = rt.spawn_on(
        0,
        coro!(move || {
            let mut sum = 0u64;
            for i in 0..n {
                send!(ping_tx, i).expect("the ponger receives until closed");
                sum += recv!(pong_rx).expect("the ponger answers");
            }
            sum
        }),
    );
    let sum = pinger.join().expect("no panic");
    stop.store(true, Ordering::Relaxed);
    rt.run().expect("no deadlock");
    sum
}

/// Ping-pong on a new runtime of 2 schedulers.
#[must_use]
pub fn ping_pong(n: u64, busy_too: bool) -> u64 {
    ping_pong_on(&runtime(2, true, Placement::RoundRobin), n, busy_too)
}

/// Fan-out and fan-in on `rt`: the producer on scheduler 0, the collector on the last one,
/// the workers placed by the runtime.
#[must_use]
pub fn fanout_on(rt: &Runtime, n: u64, workers: usize) -> u64 {
    let (work_tx, work_rx) = sync::channel::<u64>(FANOUT_CAPACITY);
    let (done_tx, done_rx) = sync::channel::<u64>(FANOUT_CAPACITY);
    rt.spawn_on(
        0,
        coro!(move || {
            for i in 0..n {
                send!(work_tx, i).expect("the workers receive until closed");
            }
        }),
    );
    for _ in 0..workers {
        let work_rx = work_rx.clone();
        let done_tx = done_tx.clone();
        rt.spawn(coro!(move || {
            while let Some(i) = recv!(work_rx) {
                send!(done_tx, i.wrapping_mul(i)).expect("the collector receives");
            }
        }));
    }
    drop((work_rx, done_tx));
    let collector = rt.spawn_on(
        rt.schedulers() - 1,
        coro!(move || {
            let mut sum = 0u64;
            while let Some(square) = recv!(done_rx) {
                sum = sum.wrapping_add(square);
            }
            sum
        }),
    );
    collector.join().expect("no panic")
}

/// Fan-out on a new runtime of 2 schedulers.
#[must_use]
pub fn fanout(n: u64, workers: usize) -> u64 {
    fanout_on(&runtime(2, true, Placement::RoundRobin), n, workers)
}
