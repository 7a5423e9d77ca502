//! Models of the runtime's idle protocol (`rt/idle.rs`) and of its stealable queues
//! (`rt/queue.rs`), checked by loom in every interleaving of their locks and atomics
//! (within loom's preemption bound). Build with `--cfg loom` (TESTING.md).
//!
//! The idle models run the real protocol with two model workers, each a loom thread that
//! does what a worker's loop does around it (take its flag, go idle, park, ask the protocol
//! when woken); the workers' flags and parking are the model's [`Flags`]. A worker that is
//! never woken, or a `wait` never decided, is reported by loom as a deadlock.
#![cfg(loom)]

mod loom_model;

use std::collections::VecDeque;
use std::sync::Arc;
use std::vec::Vec;

use coro_core::__loom::{Flags, Idle, JobQueue, Woken};
use coro_core::sched::Deadlock;
use loom::sync::atomic::{AtomicBool, Ordering};
use loom::sync::{Condvar, Mutex};
use loom::thread;
use loom_model::model;

/// A thread's parking token, as `std::thread::park` has one: an unpark before the park is
/// not lost.
#[derive(Default)]
struct Parker {
    token: Mutex<bool>,
    unparked: Condvar,
}

impl Parker {
    fn park(&self) {
        let mut token = self.token.lock().unwrap();
        while !*token {
            token = self.unparked.wait(token).unwrap();
        }
        *token = false;
    }

    fn unpark(&self) {
        *self.token.lock().unwrap() = true;
        self.unparked.notify_one();
    }
}

/// What a model worker's tasks do.
#[derive(Clone, Copy)]
struct Script {
    /// Its tasks at the start, all blocked.
    live: usize,
    /// First, one of them wakes a task of (or queues a task for) this other worker, then
    /// ends (`true`) or blocks again (`false`).
    first: Option<(usize, bool)>,
}

/// Two model workers around the real idle protocol.
struct Runtime {
    idle: Idle,
    /// Each worker's wake-up flag (its scheduler's `pending`).
    flags: [AtomicBool; 2],
    parkers: [Parker; 2],
    /// Whether each worker has run a task since the start (taken its flag).
    ran: [AtomicBool; 2],
    shutdown: AtomicBool,
}

impl Flags for Runtime {
    fn is_set(&self, i: usize) -> bool {
        self.flags[i].load(Ordering::SeqCst)
    }

    fn unpark(&self, i: usize) {
        self.parkers[i].unpark();
    }

    fn nudge(&self, i: usize) {
        self.flags[i].store(true, Ordering::SeqCst);
        self.parkers[i].unpark();
    }
}

impl Runtime {
    fn new() -> Runtime {
        Runtime {
            idle: Idle::new(2),
            flags: [AtomicBool::new(false), AtomicBool::new(false)],
            parkers: [Parker::default(), Parker::default()],
            ran: [AtomicBool::new(false), AtomicBool::new(false)],
            shutdown: AtomicBool::new(false),
        }
    }

    /// Worker `i`'s loop, running `script` until shutdown.
    fn worker(&self, i: usize, script: Script) {
        let mut live = script.live;
        if let Some((other, ends)) = script.first {
            self.nudge(other);
            if ends {
                live -= 1;
            }
        }
        loop {
            // Takes the flag as the run loop does (a compare-and-swap rather than its
            // swap: loom 0.7 can order a concurrent store between a swap's read and its
            // write, loom issue #254, which would lose the wake-up in the model alone).
            if self.flags[i]
                .compare_exchange(true, false, Ordering::AcqRel, Ordering::Acquire)
                .is_ok()
            {
                // Its tasks run to their end (a task queued for it among them).
                live = 0;
                self.ran[i].store(true, Ordering::Release);
            }
            if self.shutdown.load(Ordering::Acquire) {
                return;
            }
            let blocked = || blocked_ids(i, live);
            if !self
                .idle
                .enter(i, live, self, || self.is_set(i), || false, blocked)
            {
                continue;
            }
            loop {
                self.parkers[i].park();
                match self.idle.woken(i, || self.is_set(i), blocked) {
                    Woken::Leave => break,
                    Woken::Stay => {}
                    Woken::Shutdown => return,
                }
            }
        }
    }
}

/// The ids of worker `i`'s `live` blocked tasks: `10 i + 1`, `10 i + 2`, ...
fn blocked_ids(i: usize, live: usize) -> Vec<u64> {
    (1..=live as u64).map(|k| 10 * i as u64 + k).collect()
}

/// Runs two workers with their scripts until the protocol decides; returns the decision
/// and which workers had run a task by then, after shutting down (which must wake both).
fn run(scripts: [Script; 2]) -> (Result<(), Deadlock>, [bool; 2]) {
    let rt = Arc::new(Runtime::new());
    let workers: Vec<_> = scripts
        .into_iter()
        .enumerate()
        .map(|(i, script)| {
            let rt = Arc::clone(&rt);
            thread::spawn(move || rt.worker(i, script))
        })
        .collect();
    let outcome = rt.idle.wait(&*rt);
    let ran = [0, 1].map(|i| rt.ran[i].load(Ordering::Acquire));
    // As `Runtime`'s drop does.
    rt.shutdown.store(true, Ordering::Release);
    rt.idle.shut_down();
    rt.nudge(0);
    rt.nudge(1);
    for worker in workers {
        worker.join().unwrap();
    }
    (outcome, ran)
}

/// A worker with `live` blocked tasks that does nothing unless woken.
fn blocked(live: usize) -> Script {
    Script { live, first: None }
}

/// Worker 0's task wakes a blocked task of worker 1, then ends, and worker 0 goes idle,
/// possibly before worker 1 has seen the wake-up (or while it is idle): no deadlock is
/// reported while the wake-up is in flight; worker 1 leaves idle, its task ends, and the
/// runtime is quiescent. Shutdown then wakes both workers.
#[test]
fn no_false_deadlock_while_a_wake_up_is_in_flight() {
    model(|| {
        let sender = Script {
            live: 1,
            first: Some((1, true)),
        };
        let (outcome, _) = run([sender, blocked(1)]);
        assert_eq!(outcome, Ok(()));
    });
}

/// Worker 0's task queues a task for worker 1, which has none, then blocks for good;
/// worker 0 goes idle, possibly while worker 1 is idle with nothing to answer for: the
/// deadlock is decided only once worker 1 has run the task (not while it is in flight),
/// with worker 0's task alone.
#[test]
fn no_deadlock_is_decided_while_a_task_is_queued_for_an_idle_worker() {
    model(|| {
        let spawner = Script {
            live: 1,
            first: Some((1, false)),
        };
        let (outcome, ran) = run([spawner, blocked(0)]);
        assert!(ran[1], "decided while a task was queued");
        assert_eq!(tasks(&outcome.unwrap_err()), [(Some(0), 1)]);
    });
}

/// Both workers have a blocked task and nothing is in flight: once both are idle, the
/// deadlock is decided (the last to go idle answers for itself and asks the other), with
/// both tasks; shutdown then wakes both workers.
#[test]
fn a_deadlock_is_decided_once_every_worker_is_idle() {
    model(|| {
        let (outcome, _) = run([blocked(1), blocked(1)]);
        assert_eq!(tasks(&outcome.unwrap_err()), [(Some(0), 1), (Some(1), 11)]);
    });
}

/// The scheduler and number of each task of a deadlock (`task #N`), in order.
fn tasks(deadlock: &Deadlock) -> Vec<(Option<usize>, u64)> {
    deadlock
        .blocked()
        .iter()
        .map(|task| {
            let id = task.id().to_string();
            let number = id.trim_start_matches("task #").parse().unwrap();
            (task.scheduler(), number)
        })
        .collect()
}

/// An owner pushing, popping and pushing again while a thief takes half of the queue,
/// twice: each job is
/// taken exactly once (by the owner, by the thief, or left in the queue), none is lost,
/// and the length read without the lock matches the queue.
#[test]
fn stealing_takes_each_job_once() {
    model(|| {
        let queue = Arc::new(JobQueue::new());
        queue.push(1);
        queue.push(2);
        let thief = {
            let queue = Arc::clone(&queue);
            thread::spawn(move || {
                let mut stolen = VecDeque::new();
                queue.steal_half(&mut stolen);
                queue.steal_half(&mut stolen);
                stolen
            })
        };
        queue.push(3);
        let popped = queue.pop();
        queue.push(4);
        let stolen = thief.join().unwrap();
        assert_eq!(
            queue.len(),
            4 - stolen.len() - usize::from(popped.is_some()),
            "the length read without the lock is the queue's"
        );
        let left = queue.take_all();
        assert!(queue.is_empty());
        // The thief takes the oldest jobs, in order.
        assert!(stolen.iter().zip(stolen.iter().skip(1)).all(|(a, b)| a < b));
        let mut all: Vec<u32> = stolen.into_iter().chain(popped).chain(left).collect();
        all.sort_unstable();
        assert_eq!(all, [1, 2, 3, 4]);
    });
}
