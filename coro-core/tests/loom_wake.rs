//! A model of the wake-up handshake between a thread that wakes a task of a scheduler and
//! the scheduler's thread on its way to block in its reactor or to park
//! (`sched/signal.rs`), checked by loom in every interleaving of the handshake's atomics
//! (within loom's preemption bound). Build with `--cfg loom` (TESTING.md).
//!
//! The reactor is a `loom::sync::Notify`: writing its waker stores a wake-up that the next
//! (or current) wait consumes, as an eventfd does; parking is loom's, whose unpark leaves
//! a token as the standard library's does. A wake-up that neither side sees leaves the
//! scheduler waiting for ever, which loom reports as a deadlock.
#![cfg(loom)]

mod loom_model;

use std::sync::Arc;
use std::vec::Vec;

use coro_core::__loom::Signal;
use loom::sync::{Mutex, Notify};
use loom::thread;
use loom_model::model;

/// A scheduler: its remote queue, its signal, its reactor; with `parks`, its thread parks
/// instead of blocking in the reactor.
#[derive(Default)]
struct Scheduler {
    remote: Mutex<Vec<u32>>,
    signal: Signal,
    reactor: Notify,
    parks: bool,
}

impl Scheduler {
    /// A wake-up from another thread, as `Shared::wake_remote` does it: queue the task,
    /// raise the signal, write the reactor's waker (or unpark `thread`, the scheduler's, if
    /// it parks) if the scheduler blocks so.
    fn wake_remote(&self, task: u32, thread: Option<&thread::Thread>) {
        self.remote.lock().unwrap().push(task);
        match thread {
            None => {
                if self.signal.raise() {
                    self.reactor.notify();
                }
            }
            Some(thread) => {
                if self.signal.raise_parked() {
                    thread.unpark();
                }
            }
        }
    }

    /// The run loop until it has taken `n` tasks: drain the remote queue when the signal
    /// is raised, else block in the reactor (or park).
    fn run_until(&self, n: usize) -> Vec<u32> {
        let mut taken = Vec::new();
        loop {
            if self.signal.take() {
                taken.append(&mut self.remote.lock().unwrap());
            }
            if taken.len() >= n {
                return taken;
            }
            if self.parks {
                self.signal.park(thread::park, ());
            } else {
                self.signal.block(|| self.reactor.wait(), ());
            }
        }
    }
}

/// One waker, one scheduler about to block: the scheduler takes the task, either because
/// it saw the signal before blocking or because the waker interrupted the block.
#[test]
fn a_wake_up_reaches_a_scheduler_about_to_block() {
    model(|| {
        let sched = Arc::new(Scheduler::default());
        let waker = {
            let sched = Arc::clone(&sched);
            thread::spawn(move || sched.wake_remote(1, None))
        };
        assert_eq!(sched.run_until(1), [1]);
        waker.join().unwrap();
    });
}

/// Two wake-ups from one thread, the scheduler taking the first and blocking again while
/// the second is raised: both tasks are taken, each once.
#[test]
fn a_second_wake_up_reaches_a_scheduler_blocking_again() {
    model(|| {
        let sched = Arc::new(Scheduler::default());
        let waker = {
            let sched = Arc::clone(&sched);
            thread::spawn(move || {
                sched.wake_remote(1, None);
                sched.wake_remote(2, None);
            })
        };
        let mut taken = sched.run_until(1);
        if taken.len() < 2 {
            taken.extend(sched.run_until(1));
        }
        waker.join().unwrap();
        assert_eq!(taken, [1, 2]);
    });
}

/// A scheduler that parks, running `run` on a thread of its own (loom's `join` does not
/// take an unpark meant for a park).
fn parking(
    run: impl FnOnce(&Scheduler) -> Vec<u32> + Send + 'static,
) -> (Arc<Scheduler>, thread::JoinHandle<Vec<u32>>) {
    let sched = Arc::new(Scheduler {
        parks: true,
        ..Scheduler::default()
    });
    let running = {
        let sched = Arc::clone(&sched);
        thread::spawn(move || run(&sched))
    };
    (sched, running)
}

/// As the first model, with a scheduler that parks: unparked only if the handshake says
/// it parks, it takes the task all the same.
#[test]
fn a_wake_up_reaches_a_scheduler_about_to_park() {
    model(|| {
        let (sched, running) = parking(|sched| sched.run_until(1));
        sched.wake_remote(1, Some(running.thread()));
        assert_eq!(running.join().unwrap(), [1]);
    });
}

/// As the second model, with a scheduler that parks.
#[test]
fn a_second_wake_up_reaches_a_scheduler_parking_again() {
    model(|| {
        let (sched, running) = parking(|sched| {
            let mut taken = sched.run_until(1);
            if taken.len() < 2 {
                taken.extend(sched.run_until(1));
            }
            taken
        });
        sched.wake_remote(1, Some(running.thread()));
        sched.wake_remote(2, Some(running.thread()));
        assert_eq!(running.join().unwrap(), [1, 2]);
    });
}
