//! A pipeline: one producer, a pool of workers, one collector, shut down by closing.
//!
//! ```sh
//! cargo run --example pipeline
//! ```
//!
//! The producer sends job numbers into a buffered channel shared by every worker (each job
//! reaches exactly one of them). A worker squares its job's number, taking a few turns of
//! the scheduler to do so (as if the work took time), and sends the result over a rendezvous
//! channel to the collector.
//!
//! No message says "stop". When the producer has sent its last job it returns, dropping its
//! `Sender`: the jobs channel closes, and once the workers have drained it their `recv!`
//! gives `None`, so they return too, dropping their `Sender`s of the results channel. When
//! the last one is gone the collector's `recv!` gives `None`, and it returns its tally, which
//! shows every job arrived exactly once.
use std::io::{self, Write};

use coro_core::channel::{Receiver, Sender, channel};
use coro_core::sched::{JoinHandle, Scheduler};

/// A worker's answer for one job.
#[derive(Debug)]
struct Done {
    job: u64,
    square: u64,
}

/// What the collector saw.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Tally {
    /// Results received.
    pub received: u64,
    /// Jobs whose result never arrived.
    pub lost: u64,
    /// Results that arrived more than once for the same job.
    pub duplicated: u64,
    /// Results that were not the square of their job.
    pub wrong: u64,
    /// The sum of the squares received.
    pub sum: u64,
}

/// How a run of the pipeline went.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Report {
    /// Jobs the producer sent.
    pub sent: u64,
    /// Jobs each worker handled.
    pub per_worker: Vec<u64>,
    /// The collector's tally.
    pub tally: Tally,
}

/// Sends jobs `0..jobs`; returning drops `queue`, which closes the channel.
#[coro_core::coroutine]
fn producer(queue: Sender<u64>, jobs: u64) -> u64 {
    let mut sent = 0;
    for job in 0..jobs {
        send!(queue, job).expect("the workers receive until the channel closes");
        sent += 1;
    }
    sent
}

/// Squares jobs until the queue is closed and empty; returns how many it handled.
#[coro_core::coroutine]
fn worker(queue: Receiver<u64>, results: Sender<Done>) -> u64 {
    let mut handled = 0;
    while let Some(job) = recv!(queue) {
        // The work takes `job % 7` turns: the workers finish jobs at different times.
        for _ in 0..job % 7 {
            yield_now!();
        }
        let done = Done {
            job,
            square: job * job,
        };
        send!(results, done).expect("the collector receives until every worker is done");
        handled += 1;
    }
    handled
}

/// Receives results until every worker has gone, and checks them against the jobs.
#[coro_core::coroutine]
fn collector(results: Receiver<Done>, jobs: u64) -> Tally {
    let mut seen = vec![0u32; usize::try_from(jobs).expect("jobs fit in memory")];
    let mut tally = Tally {
        received: 0,
        lost: 0,
        duplicated: 0,
        wrong: 0,
        sum: 0,
    };
    while let Some(Done { job, square }) = recv!(results) {
        tally.received += 1;
        tally.sum += square;
        if square != job * job {
            tally.wrong += 1;
        }
        match usize::try_from(job).ok().and_then(|i| seen.get_mut(i)) {
            Some(count) => *count += 1,
            None => tally.wrong += 1,
        }
    }
    for count in seen {
        match count {
            0 => tally.lost += 1,
            1 => {}
            _ => tally.duplicated += u64::from(count - 1),
        }
    }
    tally
}

/// The result of a task that has finished without panicking.
fn result<T>(handle: &JoinHandle<T>) -> T {
    handle
        .try_join()
        .expect("the task finished")
        .expect("the task did not panic")
}

/// Runs `jobs` jobs through `workers` workers.
///
/// # Panics
///
/// If a task panics or the scheduler reports a deadlock: neither happens.
#[must_use]
pub fn pipeline(jobs: u64, workers: usize) -> Report {
    let sched = Scheduler::new();
    let (queue_tx, queue_rx) = channel(8);
    let (results_tx, results_rx) = channel(0);
    let producer = sched.spawn(producer(queue_tx, jobs));
    let workers: Vec<_> = (0..workers)
        .map(|_| sched.spawn(worker(queue_rx.clone(), results_tx.clone())))
        .collect();
    // Only the tasks may hold the channels' ends, or they would never close.
    drop((queue_rx, results_tx));
    let collector = sched.spawn(collector(results_rx, jobs));
    sched.run().expect("closing the channels ends every task");
    Report {
        sent: result(&producer),
        per_worker: workers.iter().map(result).collect(),
        tally: result(&collector),
    }
}

/// Runs 1000 jobs through 4 workers and prints what each stage saw.
///
/// # Errors
///
/// Any error writing to `out`.
pub fn run(out: &mut impl Write) -> io::Result<()> {
    let Report {
        sent,
        per_worker,
        tally,
    } = pipeline(1000, 4);
    writeln!(out, "producer: sent {sent} jobs, then closed the queue")?;
    for (i, handled) in per_worker.iter().enumerate() {
        writeln!(out, "worker {i}: handled {handled} jobs")?;
    }
    writeln!(
        out,
        "collector: received {} results ({} lost, {} duplicated, {} wrong); sum of squares {}",
        tally.received, tally.lost, tally.duplicated, tally.wrong, tally.sum
    )
}

fn main() -> io::Result<()> {
    run(&mut io::stdout().lock())
}
