//! One worker: a thread that owns a [`Scheduler`] and runs it with the runtime's idle
//! strategy ([`Worker`]): between tasks it starts queued tasks now and then (so they do
//! not starve behind busy ones); when none is ready it starts some of its queued tasks
//! ([`BATCH`]), steals, spins for a bounded window, then sleeps (in its reactor if a task
//! waits on a socket, else parked, with the timeout of its next timer) through the idle
//! protocol.

use alloc::collections::VecDeque;
use alloc::sync::Arc;
use alloc::vec::Vec;
use core::cell::{Cell, RefCell};
use core::hint::spin_loop;
use core::sync::atomic::Ordering;
use std::sync::mpsc;

use super::idle::{Load, Woken};
use super::join::Queued;
use super::{Inner, WorkerQueues};
use crate::sched::run::{Idle, IdleStep};
use crate::sched::{BlockedTask, Local, Scheduler};

/// How many times an idle worker looks for work with a `spin_loop` hint between looks
/// before it sleeps (a microsecond or two in all)...
const SPINS: u32 = 64;

/// ... and then with the rest of its time slice given up between looks (`yield_now`: on a
/// machine with more threads than cores, the thread that will send the work gets to run).
const YIELDS: u32 = 8;

std::thread_local! {
    /// The worker running on this thread, if it is one: its index and runtime.
    static WORKER: RefCell<Option<(usize, Arc<Inner>)>> = const { RefCell::new(None) };
}

/// Calls `f` with this thread's worker index and runtime, if this is a worker's thread.
pub(crate) fn with_worker<R>(f: impl FnOnce(usize, &Arc<Inner>) -> R) -> Option<R> {
    WORKER
        .try_with(|worker| {
            // Borrowed while `f` runs, which may run user code (a task's drop) that asks
            // again: another shared borrow. (No clone of the `Arc`: its count would be
            // written at every spawn by every worker.) The thread's worker is set only
            // before its loop and cleared after.
            let worker = worker.borrow();
            let (index, inner) = worker.as_ref()?;
            Some(f(*index, inner))
        })
        .ok()
        .flatten()
}

/// This thread's worker index, if it is a worker's thread.
pub(crate) fn index() -> Option<usize> {
    WORKER
        .try_with(|worker| worker.borrow().as_ref().map(|(index, _)| *index))
        .ok()
        .flatten()
}

/// The body of worker `index`'s thread: makes its scheduler, reports it ready (or the
/// error of pinning), runs until shutdown, then drops the scheduler (cancelling its tasks
/// on this thread) and the tasks still queued for it.
pub(crate) fn main(
    index: usize,
    inner: &Arc<Inner>,
    seed: u64,
    ready: &mpsc::Sender<std::io::Result<()>>,
) {
    let sched = Scheduler::builder().seed(seed).build();
    let shared = Arc::clone(&sched.local().shared);
    if inner.workers[index].shared.set(shared).is_err() {
        unreachable!("each worker sets its own scheduler once");
    }
    WORKER.with(|worker| *worker.borrow_mut() = Some((index, Arc::clone(inner))));
    // The builder waits for every worker; it may have given up (a thread failed to start).
    let _ = ready.send(Ok(()));
    let worker = Worker {
        index,
        inner,
        left: Cell::new(0),
        stolen: RefCell::new(VecDeque::new()),
    };
    // The worker's strategy never returns a deadlock: it stops at shutdown only.
    let _ = sched.run_with(&worker);
    drop(sched);
    let queues = &inner.workers[index];
    drop(queues.inbox.take_all());
    drop(queues.stealable.take_all());
    WORKER.with(|worker| *worker.borrow_mut() = None);
}

/// How many queued tasks an idle worker starts at once where no other worker could take
/// them (those pinned to it; those placed on it too when it is the runtime's only worker or
/// stealing is off): a parent woken by its first child's value then finds the values of
/// the children started with it too, where it would run between every two of them (and wait
/// again) if they started one at a time. Bounded, so that the tasks queued are not all
/// moved into the scheduler at once.
const BATCH: usize = 8;

/// How many looks between tasks (one every 64 runs) in a row a busy worker leaves its
/// stealable tasks to a worker that looks for work, before it starts one all the same.
const LEAVE: u32 = 64;

/// The runtime's idle strategy for one worker's run loop.
struct Worker<'a> {
    index: usize,
    inner: &'a Inner,
    /// Looks in a row that left the stealable tasks to a hungry worker.
    left: Cell<u32>,
    /// Where a theft lands before it is queued here.
    stolen: RefCell<VecDeque<Queued>>,
}

impl Worker<'_> {
    fn shutting_down(&self) -> bool {
        self.inner.shutdown.load(Ordering::Acquire)
    }

    /// Starts up to [`BATCH`] tasks pinned here, and of those placed here one if another
    /// worker could steal them, else up to [`BATCH`]; returns whether it started one.
    fn start_queued(&self, local: &Local) -> bool {
        let queues = &self.inner.workers[self.index];
        let mut started = false;
        for _ in 0..BATCH {
            let Some(job) = queues.inbox.pop() else {
                break;
            };
            job.start(local);
            started = true;
        }
        let placed = if self.inner.stealing && self.inner.workers.len() > 1 {
            1
        } else {
            BATCH
        };
        for _ in 0..placed {
            let Some(job) = queues.stealable.pop() else {
                break;
            };
            job.start(local);
            started = true;
        }
        started
    }

    /// Takes half of the stealable tasks of the first worker that has some, from a
    /// random one on; starts one and queues the rest here (where others may steal them
    /// again). Returns whether it took any.
    fn steal(&self, local: &Local) -> bool {
        let n = self.inner.workers.len();
        if n < 2 {
            return false;
        }
        let start = local.random_below(n);
        let mut stolen = self.stolen.borrow_mut();
        for k in 0..n {
            let victim = (start + k) % n;
            if victim == self.index {
                continue;
            }
            if self.inner.workers[victim].stealable.steal_half(&mut stolen) > 0 {
                break;
            }
        }
        let Some(first) = stolen.pop_front() else {
            return false;
        };
        if !stolen.is_empty() {
            self.inner.workers[self.index]
                .stealable
                .push_all(&mut stolen);
            // Others may take half of these in turn: a sleeping worker is woken for them.
            self.inner.idle.wake_a_thief(self.inner);
        }
        drop(stolen);
        first.start(local);
        true
    }

    /// Whether stealing is on and `f` holds for another worker.
    fn any_other(&self, f: impl Fn(&WorkerQueues) -> bool) -> bool {
        self.inner.stealing
            && self
                .inner
                .workers
                .iter()
                .enumerate()
                .any(|(i, worker)| i != self.index && f(worker))
    }

    /// Whether another worker has tasks to steal.
    fn work_elsewhere(&self) -> bool {
        self.any_other(|worker| !worker.stealable.is_empty())
    }

    /// Whether another worker looks for work.
    fn other_hungry(&self) -> bool {
        self.any_other(|worker| worker.hungry.load(Ordering::Relaxed))
    }

    /// Whether this worker has a wake-up to look at or tasks queued for it.
    fn has_work(&self) -> bool {
        let queues = &self.inner.workers[self.index];
        queues.is_pending() || !queues.inbox.is_empty() || !queues.stealable.is_empty()
    }

    fn blocked(&self, local: &Local) -> Vec<BlockedTask> {
        let mut blocked = local.deadlock().blocked;
        for task in &mut blocked {
            task.scheduler = Some(self.index);
        }
        blocked
    }

    /// Sleeps until there is work, through the idle protocol.
    fn sleep(&self, local: &Local) -> IdleStep {
        let idle = &self.inner.idle;
        let flags = self.inner;
        let sockets = local.waits_on_sockets();
        let external = sockets || local.timers.next().is_some();
        self.inner.workers[self.index].publish_load(local.task_count());
        let load = Load {
            live: local.task_count(),
            external,
        };
        if !idle.enter(
            self.index,
            load,
            flags,
            || self.has_work(),
            || self.work_elsewhere(),
            || self.blocked(local),
        ) {
            return if self.shutting_down() {
                IdleStep::Stop
            } else {
                IdleStep::Continue
            };
        }
        loop {
            let timer = local.timers.next();
            if sockets {
                // (`sockets` is never set without the feature.)
                #[cfg(feature = "net")]
                local.block_in_reactor(timer);
            } else if let Some(at) = timer {
                local.sleep_until(at);
            } else {
                local.park();
            }
            let woken = idle.woken(
                self.index,
                || {
                    self.has_work()
                        || local.runnable() > 0
                        || timer.is_some_and(|at| at <= local.clock.now())
                        || self.work_elsewhere()
                },
                || self.blocked(local),
            );
            match woken {
                Woken::Leave => return IdleStep::Continue,
                Woken::Stay => {}
                Woken::Shutdown => return IdleStep::Stop,
            }
        }
    }
}

impl Idle for Worker<'_> {
    fn between_tasks(&self, local: &Local) -> bool {
        if self.shutting_down() {
            return true;
        }
        let queues = &self.inner.workers[self.index];
        if let Some(job) = queues.inbox.pop() {
            job.start(local);
        }
        // A task started here stays here: while another worker looks for work, the
        // stealable ones are left for it to take half (for `LEAVE` looks at most, so that
        // none waits long behind busy tasks if it does not come), else one starts now.
        if queues.stealable.is_empty() {
            return false;
        }
        let left = self.left.get();
        if left < LEAVE && self.other_hungry() {
            self.left.set(left + 1);
            return false;
        }
        self.left.set(0);
        if let Some(job) = queues.stealable.pop() {
            job.start(local);
        }
        false
    }

    fn idle(&self, local: &Local) -> IdleStep {
        let hungry = &self.inner.workers[self.index].hungry;
        hungry.store(true, Ordering::Relaxed);
        let step = self.look_for_work(local);
        hungry.store(false, Ordering::Relaxed);
        step
    }
}

impl Worker<'_> {
    /// [`Idle::idle`]: starts a queued task, steals, spins, sleeps.
    fn look_for_work(&self, local: &Local) -> IdleStep {
        if self.shutting_down() {
            return IdleStep::Stop;
        }
        if self.start_queued(local) || (self.inner.stealing && self.steal(local)) {
            return IdleStep::Continue;
        }
        // A timer about to fire, or a socket: no spinning, the sleep has a timeout or an
        // event to wait for.
        if local.timers.next().is_none() && !local.waits_on_sockets() {
            for spin in 0..SPINS + YIELDS {
                if spin < SPINS {
                    spin_loop();
                } else {
                    std::thread::yield_now();
                }
                if self.has_work() || self.work_elsewhere() {
                    return IdleStep::Continue;
                }
            }
        }
        self.sleep(local)
    }
}
