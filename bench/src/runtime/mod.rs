//! Runtime workloads, single thread: this project's scheduler (`coro_core::sched`) against
//! tokio (`current_thread` + `LocalSet`, `tokio::sync::mpsc`), futures (`LocalPool`,
//! `futures::channel::mpsc`) and async-executor (`LocalExecutor`, `async-channel`).
//!
//! One module per runtime, each with the same five functions and the same results:
//!
//! - `spawn(n)`: a root task spawns `n` trivial tasks; runs until all have finished.
//! - `ping_pong(n, capacity)`: two tasks, `n` round trips (`2n` hops) over two channels of
//!   that capacity; returns the sum of what came back. Capacity 0 (rendezvous) exists only
//!   in this project; tokio and async-channel need at least 1, and `futures::channel::mpsc`
//!   always has one slot per sender on top of its buffer (its `channel(0)` is used for 1).
//! - `skynet(leaves)`: every task below the root spawns 10 children, down to `leaves`
//!   leaves, each sending its number up a channel to its parent, which sums them; returns
//!   the sum (`leaves * (leaves - 1) / 2`). A parent's channel has room for all its
//!   children's numbers ([`SKYNET_CAPACITY`]; `futures::channel::mpsc::channel(0)` has one
//!   slot per sender, which is the same), so that a child reports without waiting for its
//!   parent to run, in every runtime alike.
//! - `thread_ring(tasks, hops)`: `tasks` tasks in a ring of capacity-1 channels pass a token
//!   `hops` times; returns the index of the task that stopped it.
//! - `parked(n)`: `n` tasks each blocked on its own channel at once; a last task records
//!   the resident memory (see [`Memory`]) and closes the channels so that all finish.
//!   `parked_shared(n)`, only where a channel has many receivers (this project and
//!   async-channel): the same with one channel for all, so that the memory is the tasks'.
//!
//! `bench/examples/runtime.rs` runs one workload on one runtime in a process of its own, so
//! that its peak resident set (`VmHWM` in `/proc/self/status`) belongs to that run only.

#![allow(
    clippy::missing_panics_doc,
    reason = "the workloads panic only when a runtime misbehaves, which is what the tests check"
)]

pub mod async_executor;
pub mod coro;
pub mod local_pool;
pub mod multi;
pub mod tokio;

use core::future::Future;
use core::pin::Pin;
use core::task::{Context, Poll};

/// Fan-out of `skynet`.
pub const FAN_OUT: u64 = 10;

/// The capacity of a `skynet` parent's channel: one slot per child ([`FAN_OUT`]).
pub const SKYNET_CAPACITY: usize = 10;

/// The resident memory of the process, in KiB, before spawning the parked tasks and while
/// they were all parked.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Memory {
    /// `VmRSS` before spawning.
    pub before_kib: u64,
    /// `VmRSS` with every task parked.
    pub parked_kib: u64,
}

impl Memory {
    /// Bytes per parked task.
    #[must_use]
    #[allow(clippy::cast_precision_loss, reason = "a figure for a table")]
    pub fn bytes_per_task(&self, n: u64) -> f64 {
        (self.parked_kib.saturating_sub(self.before_kib) * 1024) as f64 / n.max(1) as f64
    }
}

/// A field of `/proc/self/status` in KiB (`VmRSS`, `VmHWM`); 0 where there is none.
#[must_use]
pub fn status_kib(field: &str) -> u64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|status| {
            status.lines().find_map(|line| {
                let rest = line.strip_prefix(field)?.strip_prefix(':')?;
                rest.trim().trim_end_matches("kB").trim().parse().ok()
            })
        })
        .unwrap_or(0)
}

/// A future that is pending once (waking itself), for the runtimes that have no
/// `yield_now` of their own here.
#[derive(Debug, Default)]
pub struct YieldNow(bool);

impl Future for YieldNow {
    type Output = ();

    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<()> {
        if self.0 {
            Poll::Ready(())
        } else {
            self.0 = true;
            cx.waker().wake_by_ref();
            Poll::Pending
        }
    }
}

/// What `skynet(leaves)` returns.
#[must_use]
pub fn skynet_expected(leaves: u64) -> u64 {
    leaves * leaves.saturating_sub(1) / 2
}

/// What `thread_ring(tasks, hops)` returns: the token starts at `hops` in task 0 and every
/// hop decrements it, so the task holding 0 is `hops % tasks`.
#[must_use]
pub fn thread_ring_expected(tasks: u64, hops: u64) -> u64 {
    hops % tasks
}

#[cfg(test)]
mod tests {
    use super::{FAN_OUT, SKYNET_CAPACITY, async_executor, coro, local_pool, tokio};

    #[test]
    fn skynet_capacity_is_one_slot_per_child() {
        assert_eq!(u64::try_from(SKYNET_CAPACITY), Ok(FAN_OUT));
    }

    #[test]
    fn spawn_completes() {
        for n in [0, 1, 1000] {
            coro::spawn(n);
            tokio::spawn(n);
            local_pool::spawn(n);
            async_executor::spawn(n);
        }
    }

    #[test]
    fn ping_pong_agrees() {
        for n in [0, 1, 100] {
            let expected: u64 = (0..n).map(|i| i + 1).sum();
            for capacity in [0, 1] {
                assert_eq!(coro::ping_pong(n, capacity), expected);
                assert_eq!(tokio::ping_pong(n, capacity), expected);
                assert_eq!(local_pool::ping_pong(n, capacity), expected);
                assert_eq!(async_executor::ping_pong(n, capacity), expected);
            }
        }
    }

    #[test]
    fn skynet_agrees() {
        for leaves in [1, 10, 1000] {
            let expected = super::skynet_expected(leaves);
            assert_eq!(coro::skynet(leaves), expected);
            assert_eq!(tokio::skynet(leaves), expected);
            assert_eq!(local_pool::skynet(leaves), expected);
            assert_eq!(async_executor::skynet(leaves), expected);
        }
    }

    #[test]
    fn thread_ring_agrees() {
        // (Not a ring of one: a `futures` sender's `send` waits until its message is taken,
        // which a task sending to itself never does.)
        for (tasks, hops) in [(2, 5), (3, 0), (3, 10), (503, 2000)] {
            let expected = super::thread_ring_expected(tasks, hops);
            assert_eq!(coro::thread_ring(tasks, hops), expected, "{tasks} {hops}");
            assert_eq!(tokio::thread_ring(tasks, hops), expected);
            assert_eq!(local_pool::thread_ring(tasks, hops), expected);
            assert_eq!(async_executor::thread_ring(tasks, hops), expected);
        }
    }

    #[test]
    fn parked_completes() {
        for n in [0, 1, 100] {
            assert!(coro::parked(n).parked_kib > 0);
            assert!(tokio::parked(n).parked_kib > 0);
            assert!(local_pool::parked(n).parked_kib > 0);
            assert!(async_executor::parked(n).parked_kib > 0);
            assert!(coro::parked_shared(n).parked_kib > 0);
            assert!(async_executor::parked_shared(n).parked_kib > 0);
        }
    }
}
