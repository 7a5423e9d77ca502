//! Runtime workloads across threads: this project's [`Runtime`](coro_core::rt::Runtime) of
//! N schedulers against tokio's multi-thread runtime (2 workers), and OS threads with
//! crossbeam-channel for the hop between two threads. (Go's figures come from
//! `bench/peers/go-rt`.)
//!
//! - `skynet(leaves, schedulers, mode)`: as the single-thread skynet (every task below the
//!   root spawns 10 children down to `leaves` leaves, each sending its number's sum up to
//!   its parent over a channel with room for all its children), with the tasks placed by
//!   the runtime ([`Mode::Placed`]: every spawn is `rt::spawn`, every channel a sync one), or
//!   with only the root and the two levels below it placed and each subtree below them on
//!   its scheduler ([`Mode::TopTwo`]: local spawns and channels, one sync hop up).
//! - `ping_pong(n, busy)`: `n` round trips between a task on each of two schedulers (two
//!   workers, two threads) over two channels of capacity 1; with `busy`, each scheduler also
//!   runs a task that yields in a loop, so that the receiving side is never asleep; without,
//!   it sleeps between hops. Returns the sum that came back.
//! - `fanout(n, workers)`: a producer sends `n` numbers into one channel (capacity 64),
//!   `workers` tasks take them and send their square into another, and a collector sums
//!   them. Returns the sum.
//! - `threads::skynets(leaves, threads)`: independent single-thread skynets at once, one
//!   scheduler per thread, nothing shared: the ceiling of the runtime's skynet.

pub mod coro_rt;
pub mod threads;
pub mod tokio_mt;

/// How a runtime's skynet places its tasks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// Every task placed by the runtime.
    Placed,
    /// The root and the two levels below it placed; each subtree below on its scheduler.
    TopTwo,
}

/// The capacity of the ping-pong channels.
pub const PING_PONG_CAPACITY: usize = 1;

/// The capacity of the fan-out channels.
pub const FANOUT_CAPACITY: usize = 64;

/// This thread's time on a CPU and its time runnable but waiting for one, in nanoseconds,
/// since it started (`/proc/thread-self/schedstat`; zeros where that is not available):
/// how a run's threads shared the work, and how much of its wall time the machine took
/// from it (other processes on the same CPUs).
#[must_use]
pub fn thread_times() -> ThreadTimes {
    let Ok(text) = std::fs::read_to_string("/proc/thread-self/schedstat") else {
        return ThreadTimes::default();
    };
    let mut fields = text
        .split_whitespace()
        .map(|f| f.parse::<u64>().unwrap_or(0));
    ThreadTimes {
        on_cpu: fields.next().unwrap_or(0),
        waiting: fields.next().unwrap_or(0),
    }
}

/// A thread's scheduling times ([`thread_times`]), in nanoseconds.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ThreadTimes {
    /// On a CPU (user and kernel).
    pub on_cpu: u64,
    /// Runnable, waiting for a CPU.
    pub waiting: u64,
}

/// `cpu_ms=a/b wait_ms=a/b`: each thread's [`ThreadTimes`] in milliseconds, for the
/// example's output line.
#[must_use]
pub fn format_times(times: &[ThreadTimes]) -> String {
    let ms = |f: fn(&ThreadTimes) -> u64| {
        times
            .iter()
            .map(|t| {
                let ns = f(t);
                format!("{}.{}", ns / 1_000_000, ns % 1_000_000 / 100_000)
            })
            .collect::<Vec<_>>()
            .join("/")
    };
    format!(" cpu_ms={} wait_ms={}", ms(|t| t.on_cpu), ms(|t| t.waiting))
}

/// What `fanout(n, _)` returns: the sum of the squares of `0..n`, wrapping.
#[must_use]
pub fn fanout_expected(n: u64) -> u64 {
    (0..n).fold(0u64, |sum, i| sum.wrapping_add(i.wrapping_mul(i)))
}

#[cfg(test)]
mod tests {
    use super::{Mode, coro_rt, fanout_expected, threads, tokio_mt};

    #[test]
    fn every_runtime_gives_the_same_results() {
        let expected = crate::runtime::skynet_expected(1000);
        for mode in [Mode::Placed, Mode::TopTwo] {
            assert_eq!(coro_rt::skynet(1000, 2, mode, true), expected);
            assert_eq!(coro_rt::skynet(1000, 2, mode, false), expected);
        }
        assert_eq!(tokio_mt::skynet(1000, 2), expected);
        for busy in [false, true] {
            assert_eq!(coro_rt::ping_pong(100, busy), 100 * 101 / 2);
            assert_eq!(tokio_mt::ping_pong(100, busy), 100 * 101 / 2);
        }
        assert_eq!(threads::ping_pong(100), 100 * 101 / 2);
        for n in [1, 2] {
            let (sum, times) = threads::skynets(1000, n);
            assert_eq!(sum, n * expected);
            assert_eq!(times.len(), usize::try_from(n).unwrap());
        }
        assert_eq!(coro_rt::fanout(1000, 4), fanout_expected(1000));
        assert_eq!(tokio_mt::fanout(1000, 4), fanout_expected(1000));
    }
}
