//! [`SchedulerBuilder`] and [`TaskBuilder`]: the options of a scheduler and of a task.

use alloc::borrow::Cow;
use alloc::sync::Arc;
use alloc::vec::Vec;
use core::cell::{Cell, RefCell};
use core::hash::{BuildHasher, Hasher};
use core::time::Duration;
use std::collections::{HashMap, HashSet};
use std::sync::Mutex;
use std::time::Instant;

use super::context;
use super::current::no_scheduler;
use super::extras::ExtrasTable;
use super::local::Local;
use super::queue::RunQueue;
use super::scheduler::Scheduler;
use super::shared::{LineBreak, Remote, Shared};
use super::signal::Signal;
use super::slab;
use super::task::JoinHandle;
use super::time::Clock;
use super::time::Timers;
#[cfg(doc)]
use super::{Deadlock, spawn};
use crate::Coroutine;

/// Configures a [`Scheduler`].
///
/// # Examples
///
/// ```
/// use std::time::Duration;
/// use coro_core::sched::Scheduler;
///
/// let sched = Scheduler::builder().seed(7).virtual_clock().build();
/// sched.spawn(coro_core::coro!(|| sleep!(Duration::from_secs(3600))));
/// sched.run().unwrap(); // returns at once: the clock jumps to the timer
/// assert_eq!(sched.now(), Duration::from_secs(3600));
/// assert_eq!(sched.seed(), 7);
/// ```
#[derive(Debug, Clone, Default)]
pub struct SchedulerBuilder {
    seed: Option<u64>,
    virtual_clock: bool,
}

impl SchedulerBuilder {
    /// The defaults: wall clock, random seed.
    #[must_use]
    pub fn new() -> SchedulerBuilder {
        SchedulerBuilder::default()
    }

    /// Fixes the seed of `select!`'s choices, so a run can be replayed exactly.
    #[must_use]
    pub fn seed(mut self, seed: u64) -> SchedulerBuilder {
        self.seed = Some(seed);
        self
    }

    /// Uses a virtual clock: time stands still while tasks run, and jumps to the next timer
    /// when all of them wait. Timed programs then run instantly and deterministically.
    ///
    /// It is meant for programs without sockets. While a task waits on a socket, the
    /// scheduler looks for socket events without waiting before it moves the clock to the
    /// next timer: a socket operation's timeout (a `select!` with a `sleep` arm) fires as
    /// soon as nothing is ready at that instant, and a task that sleeps in a loop beside a
    /// socket wait makes the scheduler spin.
    #[must_use]
    pub fn virtual_clock(mut self) -> SchedulerBuilder {
        self.virtual_clock = true;
        self
    }

    /// Builds the scheduler.
    #[must_use]
    pub fn build(self) -> Scheduler {
        let seed = self.seed.unwrap_or_else(|| {
            let mut hasher = std::hash::RandomState::new().build_hasher();
            hasher.write_u64(0x636f_726f);
            hasher.finish()
        });
        // xorshift needs a non-zero state; mix the seed so that small seeds differ a lot.
        let state = (seed ^ 0x9E37_79B9_7F4A_7C15).wrapping_mul(0xBF58_476D_1CE4_E5B9) | 1;
        let clock = if self.virtual_clock {
            Clock::Virtual(Cell::new(Duration::ZERO))
        } else {
            Clock::Real(Instant::now())
        };
        Scheduler {
            local: Local {
                shared: Arc::new(Shared {
                    remote: Mutex::new(Remote::default()),
                    signal: Signal::new(),
                    thread: std::thread::current(),
                    shutting_down: core::sync::atomic::AtomicBool::new(false),
                    #[cfg(feature = "net")]
                    io_waker: std::sync::OnceLock::new(),
                    _own_lines: LineBreak,
                    slab: slab::Slab::new(),
                    run_queue: RunQueue::default(),
                    extras: ExtrasTable::default(),
                }),
                live: Cell::new(0),
                large: RefCell::new(HashSet::default()),
                names: RefCell::new(HashMap::new()),
                remote_spare: RefCell::new(Vec::new()),
                timers: Timers::default(),
                clock,
                rng: Cell::new(state),
                seed,
                ids: Cell::new((0, 0)),
                running: Cell::new(false),
                #[cfg(feature = "net")]
                reactor: core::cell::OnceCell::new(),
            },
        }
    }
}

/// Options for one task: its name, shown in [`Deadlock`] reports.
///
/// # Examples
///
/// ```
/// use coro_core::sched::{Scheduler, TaskBuilder};
///
/// let sched = Scheduler::new();
/// let handle = TaskBuilder::new()
///     .name(format!("worker {}", 3))
///     .spawn_on(&sched, coro_core::coro!(|| "done"));
/// sched.run().unwrap();
/// assert_eq!(handle.try_join(), Some(Ok("done")));
/// ```
#[derive(Debug, Clone, Default)]
pub struct TaskBuilder {
    name: Option<Cow<'static, str>>,
}

impl TaskBuilder {
    /// No name.
    #[must_use]
    pub fn new() -> TaskBuilder {
        TaskBuilder::default()
    }

    /// Names the task.
    #[must_use]
    pub fn name(mut self, name: impl Into<Cow<'static, str>>) -> TaskBuilder {
        self.name = Some(name.into());
        self
    }

    /// Spawns the task on `scheduler`.
    pub fn spawn_on<C>(self, scheduler: &Scheduler, task: C) -> JoinHandle<C::Return>
    where
        C: Coroutine<(), Yield = ()> + 'static,
    {
        scheduler.local.spawn(task, self.name)
    }

    /// Spawns the task on the scheduler running on this thread, like [`spawn`].
    ///
    /// # Panics
    ///
    /// When no scheduler is running on this thread.
    ///
    /// # Examples
    ///
    /// ```
    /// use coro_core::sched::{Scheduler, TaskBuilder};
    ///
    /// let sched = Scheduler::new();
    /// let parent = sched.spawn(coro_core::coro!(|| {
    ///     let child = TaskBuilder::new().name("child").spawn(coro_core::coro!(|| 7));
    ///     join!(child).unwrap()
    /// }));
    /// sched.run().unwrap();
    /// assert_eq!(parent.try_join(), Some(Ok(7)));
    /// ```
    #[track_caller]
    pub fn spawn<C>(self, task: C) -> JoinHandle<C::Return>
    where
        C: Coroutine<(), Yield = ()> + 'static,
    {
        let name = self.name;
        match context::with_running_scheduler(move |local| local.spawn(task, name)) {
            Some(handle) => handle,
            None => no_scheduler("spawn"),
        }
    }
}
