//! [`Scheduler`]: the public handle of a scheduler, which owns its [`Local`] state.

use alloc::sync::Arc;
use alloc::vec::Vec;
use core::cell::Cell;
use core::fmt;
use core::mem;
use core::time::Duration;
use std::sync::PoisonError;

use super::Deadlock;
use super::builder::SchedulerBuilder;
use super::context;
use super::local::Local;
use super::queue::RunQueue;
use super::shared::Shared;
use super::task::{JoinHandle, TaskRef};
use super::token::ThreadToken;
#[cfg(doc)]
use super::{JoinError, TaskId};
use crate::Coroutine;

/// Runs many tasks on the current thread; see the [module docs](super).
///
/// A scheduler is not `Send`: it and its tasks stay on the thread that created it (tasks
/// may hold `Rc`s and channel handles).
///
/// # Examples
///
/// ```
/// use std::rc::Rc;
/// use std::cell::RefCell;
/// use coro_core::sched::Scheduler;
///
/// let log = Rc::new(RefCell::new(Vec::new()));
/// let sched = Scheduler::new();
/// for name in ["a", "b"] {
///     let log = log.clone();
///     sched.spawn(coro_core::coro!(move || {
///         for step in 0..2 {
///             log.borrow_mut().push(format!("{name}{step}"));
///             yield_now!();
///         }
///     }));
/// }
/// sched.run().unwrap();
/// assert_eq!(*log.borrow(), ["a0", "b0", "a1", "b1"]);
/// ```
pub struct Scheduler {
    pub(super) local: Local,
}

impl Scheduler {
    /// A scheduler on the wall clock with a random seed.
    #[must_use]
    pub fn new() -> Scheduler {
        SchedulerBuilder::new().build()
    }

    /// A builder, to set the seed or a virtual clock.
    #[must_use]
    pub fn builder() -> SchedulerBuilder {
        SchedulerBuilder::new()
    }

    /// Spawns a task; it starts when [`run`](Scheduler::run) runs. Returns at once.
    ///
    /// A task is any coroutine resumed with `()` that yields `()` and is `'static`: a
    /// `#[coroutine]` function without `yield =`, or a `coro!(move || ...)` expression.
    /// Spawning takes a block of the scheduler's memory (see [Costs](super#costs)).
    ///
    /// # Examples
    ///
    /// ```
    /// use coro_core::sched::Scheduler;
    ///
    /// #[coro_core::coroutine]
    /// fn countdown(from: u32) -> u32 {
    ///     let mut steps = 0;
    ///     for _ in 0..from {
    ///         yield_now!(); // let the other tasks run
    ///         steps += 1;
    ///     }
    ///     steps
    /// }
    ///
    /// let sched = Scheduler::new();
    /// let a = sched.spawn(countdown(3));
    /// let b = sched.spawn(coro_core::coro!(|| "no wait"));
    /// assert_eq!(sched.task_count(), 2);
    /// sched.run().unwrap();
    /// assert_eq!((a.try_join(), b.try_join()), (Some(Ok(3)), Some(Ok("no wait"))));
    /// ```
    pub fn spawn<C>(&self, task: C) -> JoinHandle<C::Return>
    where
        C: Coroutine<(), Yield = ()> + 'static,
    {
        self.local.spawn(task, None)
    }

    /// Runs the tasks until every one has finished.
    ///
    /// A task waiting on a socket (feature `net`) waits for the outside world: while one
    /// does, `run` waits with it, blocked in the scheduler's reactor until a socket is
    /// ready, a timer is due or a wake-up comes from another thread — for ever, for a
    /// server that accepts connections for ever.
    ///
    /// # Errors
    ///
    /// [`Deadlock`] when tasks remain and none can ever proceed: each is blocked, no timer
    /// is pending, none waits on a socket, and none waits in `wait!` for a wake-up from
    /// elsewhere. The tasks stay in the scheduler, so `run` can be called again after
    /// spawning more.
    ///
    /// # Panics
    ///
    /// When called from one of this scheduler's own tasks.
    ///
    /// # Examples
    ///
    /// ```
    /// use coro_core::channel::channel;
    /// use coro_core::sched::Scheduler;
    ///
    /// let sched = Scheduler::new();
    /// let (tx, rx) = channel::<u32>(0);
    /// let waiting = sched.spawn(coro_core::coro!(move || recv!(rx)));
    /// // Nobody sends yet: the task is blocked and nothing can wake it.
    /// let deadlock = sched.run().unwrap_err();
    /// assert_eq!(deadlock.blocked()[0].id(), waiting.id());
    /// // Add a sender and run again.
    /// sched.spawn(coro_core::coro!(move || send!(tx, 5).unwrap()));
    /// sched.run().unwrap();
    /// assert_eq!(waiting.try_join(), Some(Ok(Some(5))));
    /// ```
    pub fn run(&self) -> Result<(), Deadlock> {
        self.run_with(&super::run::Alone)
    }

    /// [`run`](Scheduler::run), with `idle` deciding what to do when no task is ready.
    pub(crate) fn run_with<I: super::run::Idle>(&self, idle: &I) -> Result<(), Deadlock> {
        struct Stop<'a>(&'a Cell<bool>);
        impl Drop for Stop<'_> {
            fn drop(&mut self) {
                self.0.set(false);
            }
        }
        assert!(
            !self.local.running.replace(true),
            "`Scheduler::run` called from one of its own tasks"
        );
        let _stop = Stop(&self.local.running);
        context::enter_scheduler(&self.local, || self.local.run(idle))
    }

    /// The seed of the generator behind `select!`'s choices (print it to replay a run with
    /// [`SchedulerBuilder::seed`]).
    ///
    /// # Examples
    ///
    /// ```
    /// use coro_core::sched::Scheduler;
    ///
    /// let first = Scheduler::new(); // a random seed
    /// let replay = Scheduler::builder().seed(first.seed()).build();
    /// assert_eq!(replay.seed(), first.seed());
    /// ```
    #[must_use]
    pub fn seed(&self) -> u64 {
        self.local.seed
    }

    /// The time since the scheduler was created, on its clock.
    ///
    /// # Examples
    ///
    /// ```
    /// use std::time::Duration;
    /// use coro_core::sched::Scheduler;
    ///
    /// let sched = Scheduler::builder().virtual_clock().build();
    /// assert_eq!(sched.now(), Duration::ZERO);
    /// sched.spawn(coro_core::coro!(|| sleep!(Duration::from_millis(250))));
    /// sched.run().unwrap();
    /// assert_eq!(sched.now(), Duration::from_millis(250));
    /// ```
    #[must_use]
    pub fn now(&self) -> Duration {
        self.local.clock.now()
    }

    /// How many tasks the scheduler holds (spawned and not finished).
    ///
    /// # Examples
    ///
    /// ```
    /// use coro_core::sched::Scheduler;
    ///
    /// let sched = Scheduler::new();
    /// sched.spawn(coro_core::coro!(|| ()));
    /// assert_eq!(sched.task_count(), 1);
    /// sched.run().unwrap();
    /// assert_eq!(sched.task_count(), 0);
    /// ```
    #[must_use]
    pub fn task_count(&self) -> usize {
        self.local.live.get()
    }
}

impl Scheduler {
    /// The scheduler's state on its thread.
    pub(crate) fn local(&self) -> &Local {
        &self.local
    }
}

impl Default for Scheduler {
    fn default() -> Self {
        Scheduler::new()
    }
}

impl Drop for Scheduler {
    /// Drops the state of every task that has not finished, once; their join handles then
    /// report [`JoinError::Cancelled`].
    fn drop(&mut self) {
        /// Closes the slab, last, also when the drop of a task's state panics. Tasks still
        /// referred to (by channels, wakers, join handles) then hold the shared part
        /// together, with one count, taken before any of them can see the slab closed; the
        /// free of the last one releases it. (Skipped, the scheduler's own count would be
        /// the last, and the shared part and its memory would go under those tasks.)
        struct Close<'a>(&'a Arc<Shared>);
        impl Drop for Close<'_> {
            fn drop(&mut self) {
                let held = Arc::clone(self.0);
                // SAFETY: on the scheduler's thread (it is not `Send`), once, as it goes.
                // Tasks still referred to give their memory back through the slab's lock.
                if unsafe { self.0.slab.close() } {
                    core::mem::forget(held);
                } else {
                    drop(held);
                }
            }
        }
        /// Empties the run queue, also when the drop of a task's state panics: the queued
        /// tasks keep the scheduler's shared part alive (their memory is in its slab), and
        /// it holds the queue, so left there they would keep each other alive.
        struct Drain<'a>(&'a RunQueue, ThreadToken);
        impl Drop for Drain<'_> {
            fn drop(&mut self) {
                while let Some(task) = self.0.pop(self.1) {
                    drop(task);
                }
            }
        }
        let local = &self.local;
        // Sends hand no value to the registrations of tasks that will not run again.
        local.shared.begin_shutdown();
        let close = Close(&local.shared);
        let drain = Drain(&local.shared.run_queue, local.token());
        // Wake-ups from elsewhere not taken yet, and from now on (also while the tasks are
        // cancelled, and if a drop panics), queue nothing: their wakers would keep their
        // tasks, which keep the shared part, which would keep them.
        let woken = {
            let mut remote = local
                .shared
                .remote
                .lock()
                .unwrap_or_else(PoisonError::into_inner);
            remote.closed = true;
            mem::take(&mut remote.wakers)
        };
        drop(woken);
        let tasks: Vec<TaskRef> = local.take_unfinished();
        context::outside_task(|| {
            for task in &tasks {
                task.cancel();
            }
        });
        drop(tasks);
        drop(drain);
        local.timers.clear();
        let names = core::mem::take(&mut *local.names.borrow_mut());
        drop(names);
        drop(close);
    }
}

impl fmt::Debug for Scheduler {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let local = &self.local;
        f.debug_struct("Scheduler")
            .field("tasks", &local.live.get())
            .field("runnable", &local.shared.run_queue.len(local.token()))
            .field("timers", &local.timers.len())
            .field("clock", &local.clock)
            .field("seed", &local.seed)
            .finish()
    }
}
