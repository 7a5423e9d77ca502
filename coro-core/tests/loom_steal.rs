//! Models of the wake-up of a thief: the runtime's idle protocol (`rt/idle.rs`: a worker
//! counted as a sleeper, `Idle::wake_a_thief`) around its stealable queues (`rt/queue.rs`),
//! checked by loom in every interleaving of their locks and atomics (within loom's
//! preemption bound). Build with `--cfg loom` (TESTING.md).
//!
//! Two or three model workers, each a loom thread that does what a worker's loop does
//! around the protocol (`rt/worker.rs`): take its flag, start a task of its own stealable
//! queue, else steal half of another's, else go idle, park, ask the protocol when woken. A
//! task queued while the only worker that could run it sleeps for ever is a loom deadlock.
//!
//! The queue's length and the sleepers' count are written and read with sequentially
//! consistent accesses, each side writing its own then reading the other's; loom 0.7 takes
//! such accesses as acquire-release, which does not give their guarantee (at least one side
//! sees the other's write). So the models put a sequentially consistent fence between each
//! side's write and its read (after queueing, before `wake_a_thief`; in the looks that
//! `Idle::enter` and `Idle::woken` make after counting the worker): the same guarantee, in
//! the form loom models. A change of those accesses to weaker orderings is not seen here.
#![cfg(loom)]

mod loom_model;

use std::collections::VecDeque;
use std::sync::{Arc, OnceLock};
use std::vec::Vec;

use coro_core::__loom::{Flags, Idle, JobQueue, Woken};
use loom::sync::atomic::{AtomicBool, Ordering, fence};
use loom::sync::{Condvar, Mutex};
use loom::thread::{self, Thread};
use loom_model::model;

/// Model workers around the real idle protocol and stealable queues; jobs are numbers.
struct Runtime {
    idle: Idle,
    /// Each worker's stealable queue.
    queues: Vec<JobQueue>,
    /// Each worker's wake-up flag (its scheduler's `pending`).
    flags: Vec<AtomicBool>,
    /// Each worker's thread, to unpark it.
    threads: Vec<OnceLock<Thread>>,
    /// The jobs run so far, each with the worker that ran it.
    done: Mutex<Vec<(usize, u32)>>,
    /// Signalled when a job has run.
    progress: Condvar,
    /// How many jobs the model runs: the worker that runs the last shuts the runtime down.
    jobs: usize,
    /// Jobs that, once started, wait until others have run (tasks that keep their worker
    /// busy without yielding): each job, with the jobs it waits for.
    waits: &'static [(u32, &'static [u32])],
    shutdown: AtomicBool,
}

impl Flags for Runtime {
    fn is_set(&self, i: usize) -> bool {
        self.flags[i].load(Ordering::SeqCst)
    }

    fn unpark(&self, i: usize) {
        if let Some(thread) = self.threads[i].get() {
            thread.unpark();
        }
    }

    fn nudge(&self, i: usize) {
        self.flags[i].store(true, Ordering::SeqCst);
        self.unpark(i);
    }
}

impl Runtime {
    /// A runtime of `workers` workers that runs `jobs` jobs.
    fn new(workers: usize, jobs: usize, waits: &'static [(u32, &'static [u32])]) -> Arc<Runtime> {
        Arc::new(Runtime {
            idle: Idle::new(workers),
            queues: (0..workers).map(|_| JobQueue::new()).collect(),
            flags: (0..workers).map(|_| AtomicBool::new(false)).collect(),
            threads: (0..workers).map(|_| OnceLock::new()).collect(),
            done: Mutex::new(Vec::new()),
            progress: Condvar::new(),
            jobs,
            waits,
            shutdown: AtomicBool::new(false),
        })
    }

    /// Starts worker `i`'s thread, which runs `first` (its first task), then its loop.
    /// (The workers run on threads of their own: loom does not support unparking a thread
    /// that waits in `join`.)
    fn start(self: &Arc<Self>, i: usize, first: fn(&Runtime)) -> thread::JoinHandle<()> {
        let rt = Arc::clone(self);
        thread::spawn(move || {
            // Before it can sleep: an unpark before this finds no thread, but the flag
            // that comes with it is seen.
            let _ = rt.threads[i].set(thread::current());
            first(&rt);
            rt.worker(i);
        })
    }

    /// Starts the workers, worker 0 with `first` (or, without, no thread for worker 0: it
    /// stands for a worker busy with a task all along), and waits until all have stopped.
    fn run_workers(self: &Arc<Self>, first: Option<fn(&Runtime)>) {
        let workers: Vec<_> = (0..self.queues.len())
            .filter_map(|i| match (i, first) {
                (0, None) => None,
                (0, Some(first)) => Some(self.start(0, first)),
                _ => Some(self.start(i, |_| {})),
            })
            .collect();
        for worker in workers {
            worker.join().unwrap();
        }
    }

    /// A task of worker `i` spawns `job`, as `Inner::place` does from a worker: queued on
    /// its own stealable queue, and a sleeping worker woken to steal it.
    fn spawn(&self, i: usize, job: u32) {
        self.queues[i].push(job);
        // Stands for the sequentially consistent order of the length's store and the
        // sleepers' load (the module's comment).
        fence(Ordering::SeqCst);
        self.idle.wake_a_thief(self);
    }

    /// The workers other than `i`, from `i + 1` on.
    fn others(&self, i: usize) -> impl Iterator<Item = usize> {
        let n = self.queues.len();
        (1..n).map(move |k| (i + k) % n)
    }

    /// Worker `i` takes half of the queue of the first other worker that has some, as
    /// `Worker::steal` does: it keeps the first, queues the rest on its own queue and wakes
    /// a thief for them.
    fn steal(&self, i: usize) -> Option<u32> {
        let mut stolen = VecDeque::new();
        for victim in self.others(i) {
            if self.queues[victim].steal_half(&mut stolen) > 0 {
                break;
            }
        }
        let first = stolen.pop_front()?;
        if !stolen.is_empty() {
            self.queues[i].push_all(&mut stolen);
            fence(Ordering::SeqCst);
            self.idle.wake_a_thief(self);
        }
        Some(first)
    }

    /// Whether worker `i` has its flag set or tasks queued.
    fn has_work(&self, i: usize) -> bool {
        self.is_set(i) || !self.queues[i].is_empty()
    }

    /// Whether another worker has tasks to steal, as worker `i` looks after counting
    /// itself a sleeper (the fence: the module's comment).
    fn work_elsewhere(&self, i: usize) -> bool {
        fence(Ordering::SeqCst);
        self.others(i).any(|other| !self.queues[other].is_empty())
    }

    /// Worker `i` runs `job`; the worker that runs the last job shuts the runtime down.
    fn run(&self, i: usize, job: u32) {
        if let Some((_, others)) = self.waits.iter().find(|(waiting, _)| *waiting == job) {
            self.wait_for(others);
        }
        let mut done = self.done.lock().unwrap();
        done.push((i, job));
        let last = done.len() == self.jobs;
        drop(done);
        self.progress.notify_all();
        if last {
            // As `Runtime`'s drop does.
            self.shutdown.store(true, Ordering::Release);
            self.idle.shut_down();
            for i in 0..self.queues.len() {
                self.nudge(i);
            }
        }
    }

    /// Blocks the calling worker until `jobs` have run.
    fn wait_for(&self, jobs: &[u32]) {
        let mut done = self.done.lock().unwrap();
        while !jobs
            .iter()
            .all(|job| done.iter().any(|(_, ran)| ran == job))
        {
            done = self.progress.wait(done).unwrap();
        }
    }

    /// Worker `i`'s loop, until shutdown.
    fn worker(&self, i: usize) {
        loop {
            // Takes the flag as the run loop does (a compare-and-swap rather than its swap:
            // loom issue #254, as in `loom_rt.rs`); nothing is queued on its remote queue.
            let _ =
                self.flags[i].compare_exchange(true, false, Ordering::AcqRel, Ordering::Acquire);
            if self.shutdown.load(Ordering::Acquire) {
                return;
            }
            if let Some(job) = self.queues[i].pop().or_else(|| self.steal(i)) {
                self.run(i, job);
                continue;
            }
            if !self.idle.enter(
                i,
                0,
                self,
                || self.has_work(i),
                || self.work_elsewhere(i),
                Vec::new,
            ) {
                continue;
            }
            loop {
                thread::park();
                let woken =
                    self.idle
                        .woken(i, || self.work_elsewhere(i) || self.has_work(i), Vec::new);
                match woken {
                    Woken::Leave => break,
                    Woken::Stay => {}
                    Woken::Shutdown => return,
                }
            }
        }
    }

    /// The jobs run, in order of their numbers, each with its worker.
    fn done(&self) -> Vec<(usize, u32)> {
        let mut done = self.done.lock().unwrap().clone();
        done.sort_unstable_by_key(|&(_, job)| job);
        done
    }
}

/// Worker 1 is idle (or on its way there); a task of worker 0 spawns jobs 1 and 2, each
/// waking a sleeping thief (worker 1, if it is counted a sleeper by then), and worker 0
/// starts both itself between its tasks (worker 1 may take one first), so that worker 1,
/// nudged, may find nothing and go idle again. Then the task spawns job 3 and waits for it
/// without yielding: only worker 1 can run it, so it must be woken again (the nudge set its
/// flag, so it left idle and counted itself a sleeper anew in `enter`, which looks for work
/// after counting; `woken` counts it again if it stays idle). Each job runs once; job 3 on
/// worker 1.
#[test]
fn a_worker_that_found_its_stealable_work_taken_is_woken_by_the_next_spawn() {
    model(|| {
        let rt = Runtime::new(2, 3, &[]);
        rt.run_workers(Some(|rt| {
            rt.spawn(0, 1);
            rt.spawn(0, 2);
            while let Some(job) = rt.queues[0].pop() {
                rt.run(0, job);
            }
            rt.spawn(0, 3);
            rt.wait_for(&[3]);
        }));
        let done = rt.done();
        assert_eq!(
            done.iter().map(|&(_, job)| job).collect::<Vec<_>>(),
            [1, 2, 3]
        );
        assert_eq!(done[2], (1, 3), "job 3 ran on worker 0, which was busy");
    });
}

/// Jobs 1, 2 and 3 are queued on worker 0, and both workers look for work; job 1, once
/// started, waits until 2 and 3 have run. When worker 1 steals jobs 1 and 2 and worker 0
/// runs job 3, worker 0 may look at worker 1's queue before the stolen job 2 is queued
/// there, and sleep: the rest of the theft must wake it, since worker 1 is busy with job 1
/// until job 2 has run. Each job runs once, whoever takes it.
#[test]
fn the_rest_of_a_theft_wakes_a_sleeping_worker() {
    model(|| {
        let rt = Runtime::new(2, 3, &[(1, &[2, 3])]);
        for job in 1..=3 {
            rt.queues[0].push(job);
        }
        rt.run_workers(Some(|_| {}));
        let jobs: Vec<u32> = rt.done().into_iter().map(|(_, job)| job).collect();
        assert_eq!(jobs, [1, 2, 3]);
    });
}

/// Three workers; jobs 1, 2 and 3 are queued on worker 0, busy all along with a task that
/// does not yield; job 1, once started, waits until job 2 has run. When worker 1 steals
/// jobs 1 and 2 and worker 2 runs job 3, worker 2 may look at worker 1's queue before the
/// stolen job 2 is queued there, and sleep: the rest of the theft must wake it, since
/// worker 1 is busy with job 1 until job 2 has run. Each job runs once.
#[test]
fn the_rest_of_a_theft_wakes_a_third_worker() {
    model(|| {
        let rt = Runtime::new(3, 3, &[(1, &[2])]);
        for job in 1..=3 {
            rt.queues[0].push(job);
        }
        rt.run_workers(None);
        let jobs: Vec<u32> = rt.done().into_iter().map(|(_, job)| job).collect();
        assert_eq!(jobs, [1, 2, 3]);
    });
}
