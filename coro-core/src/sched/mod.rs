//! A single-threaded scheduler for many coroutines, with Go-style blocking operations.
//!
//! A [`Scheduler`] runs *tasks*: coroutines that yield `()` (any `#[coroutine]` function or
//! `coro!` expression without `yield =`). [`spawn`](Scheduler::spawn) returns at once with a
//! [`JoinHandle`]; [`run`](Scheduler::run) drives every task to completion. Inside a task,
//! these macros block the task (never the thread) and are suspension points of the rewrite:
//!
//! | inside a task | evaluates to | waits until |
//! |---|---|---|
//! | `recv!(rx)` | `Option<T>` (`None`: closed and drained) | a value or the close |
//! | `send!(tx, value)` | `Result<(), SendError<T>>` | the value is buffered or taken |
//! | `select! { v = recv(rx) => .., r = send(tx, x) => .., _ = sleep(d) => .., default => .. }` (see [`select!`](crate::select)) | the arm's value | one operation is ready |
//! | `sleep!(duration_or_deadline)` | `()` | the scheduler's clock reaches it |
//! | `join!(handle)` | `Result<T, JoinError>` | the task finished |
//! | `yield_now!()` | `()` | the tasks already queued ran |
//! | `wait!(\|cx\| poll)` | what `poll` returns `Ready` | any `Poll`-style operation |
//!
//! `spawn` works inside tasks too ([`sched::spawn`](spawn)).
//!
//! ```
//! use coro_core::channel::channel;
//! use coro_core::sched::Scheduler;
//!
//! let sched = Scheduler::new();
//! let (tx, rx) = channel(0); // a rendezvous channel
//! sched.spawn(coro_core::coro!(move || {
//!     for word in ["ping", "pong"] {
//!         send!(tx, word).unwrap();
//!     }
//! })); // dropping `tx` at the end closes the channel
//! let printer = sched.spawn(coro_core::coro!(move || {
//!     let mut heard = Vec::new();
//!     while let Some(word) = recv!(rx) {
//!         heard.push(word);
//!     }
//!     heard
//! }));
//! sched.run().unwrap();
//! assert_eq!(printer.try_join().unwrap().unwrap(), ["ping", "pong"]);
//! ```
//!
//! # Scheduling
//!
//! Tasks run one at a time, each until it suspends, in first-in first-out order of when they
//! became ready. (A task woken through a [`Waker`] from another thread, or from this one
//! while its scheduler is not running, joins the queue when the scheduler next looks at
//! such wake-ups: between two tasks, and when `run` starts.) A task blocked
//! in an operation is not resumed until the operation's waker wakes it (a value arrived,
//! the channel closed, a timer fired, a task finished); a task that `yield_now!()`s (or
//! `yield_!`s) goes to the back of the queue. Wakers are ordinary
//! [`Waker`]s: they may be woken from other threads, and the scheduler's
//! thread sleeps until then or until its next timer.
//!
//! `select!` polls its arms in an order drawn uniformly at random at every wake-up, so that
//! when several are ready each is chosen with equal probability. The generator is seeded: a scheduler built with
//! [`SchedulerBuilder::seed`] and a [virtual clock](SchedulerBuilder::virtual_clock) makes
//! every choice and every timer the same on every run.
//!
//! # Failure
//!
//! A panic inside a task ends that task only: its [`JoinHandle`] reports it
//! ([`JoinError::Panicked`]) and the other tasks keep running. When tasks remain but every
//! one is blocked and no timer is pending, [`run`](Scheduler::run) returns a [`Deadlock`]
//! naming each task and what it waits on. (A task in `wait!` may be woken from another
//! thread, so while one waits, `run` waits for it rather than reporting a deadlock.)
//!
//! # Costs
//!
//! A task (its coroutine or result, and 48 bytes of bookkeeping on 64-bit targets, plus the
//! tag of the coroutine-or-result) lives in a block of its scheduler's memory, carved from
//! 64 KiB chunks in size classes 8 bytes apart; a finished task's block serves the next
//! spawn of that size, so spawning allocates once per chunk at most (tasks larger than 1
//! KiB get an allocation each). On Linux (5.14 and later) the pages of every chunk after
//! the first are mapped in one system call, rather than faulted in one at a time as tasks
//! first fill them. A task that sets a timer or is joined through a waker (`join!`,
//! [`JoinHandle::poll_join`]) gets an entry in a table of its scheduler the first time (a
//! word of key and 24 bytes), kept until it ends: the other tasks carry nothing for it.
//! While it lives, a scheduler keeps the memory of its largest number of live tasks; once
//! it is dropped, each chunk goes back to the allocator as soon as no task in it is
//! referred to (by a join handle, a waker or a channel). The scheduler keeps no list of its
//! tasks: it finds them in its chunks (to cancel them, or to report a deadlock). The run
//! queue links through the tasks themselves, so queueing a task needs no memory beside it,
//! and a task waiting on a channel takes a word of the channel's queue. Switching tasks,
//! waking them, and channel operations allocate nothing beyond the amortized growth of the
//! channels' buffers. On the scheduler's own thread, these and spawning and ending a task
//! take no atomic operation: tasks are counted there with plain counters, a task does not
//! count its reference to its scheduler (whose memory stays until its last task goes), and
//! only [`Waker`]s (for `wait!`, `join!`, or code outside the scheduler) touch an atomic
//! count.
//!
//! Dropping a scheduler drops the state of every task it still holds, once.

mod context;
mod deadlock;
mod extras;
#[doc(hidden)]
pub mod ops;
mod queue;
mod slab;
mod task;
mod time;

use alloc::borrow::Cow;
use alloc::sync::Arc;
use alloc::vec::Vec;
use core::cell::{Cell, RefCell};
use core::fmt;
use core::hash::{BuildHasher, BuildHasherDefault, Hasher};
use core::mem;
use core::ptr::NonNull;
use core::sync::atomic::{AtomicBool, Ordering};
use core::task::Waker;
use core::time::Duration;
use std::collections::{HashMap, HashSet};
use std::sync::{Mutex, PoisonError};
use std::time::Instant;

pub use deadlock::{BlockedTask, Deadlock, WaitingOn};
pub use task::{JoinError, JoinHandle, TaskId};
pub use time::{Deadline, Timeout};

use extras::{AddrHasher, ExtrasTable};
use queue::RunQueue;
pub(crate) use task::TaskRef;
use task::{Core, NAMED, Task};
use time::{Clock, Timers};

use crate::Coroutine;

/// How many task ids a scheduler takes from the process-wide counter at once.
const ID_BLOCK: u64 = 1024;

/// The part of a scheduler that other threads reach through wakers.
pub(crate) struct Shared {
    /// Tasks woken from elsewhere than a running scheduler's own thread.
    remote: Mutex<Remote>,
    pending: AtomicBool,
    thread: std::thread::Thread,
    /// The memory of the scheduler's tasks.
    pub(crate) slab: slab::Slab,
    /// The tasks ready to run (touched on the scheduler's thread only).
    pub(crate) run_queue: RunQueue,
    /// What only some tasks need (touched on the scheduler's thread only).
    pub(crate) extras: ExtrasTable,
}

/// The remote queue: tasks woken from elsewhere, each by a waker of its own (which keeps it
/// alive until the scheduler's thread takes it), until the scheduler is gone.
#[derive(Default)]
struct Remote {
    wakers: Vec<Waker>,
    /// Set when the scheduler is gone: a wake-up then queues nothing (its waker would keep
    /// its task, which keeps the shared part, which would keep the waker).
    closed: bool,
}

impl Shared {
    pub(crate) fn wake_remote(&self, waker: Waker) {
        let mut remote = self.remote.lock().unwrap_or_else(PoisonError::into_inner);
        if remote.closed {
            drop(remote);
            drop(waker);
            return;
        }
        remote.wakers.push(waker);
        drop(remote);
        self.pending.store(true, Ordering::Release);
        self.thread.unpark();
    }
}

/// The scheduler's state, on its own thread.
pub(crate) struct Local {
    pub(crate) shared: Arc<Shared>,
    /// How many tasks have not ended.
    live: Cell<usize>,
    /// The tasks too large for the slab, which [`Local::for_each_unfinished`] does not find
    /// there.
    large: RefCell<HashSet<NonNull<Core>, BuildHasherDefault<AddrHasher>>>,
    /// The names of the tasks spawned with one, by address.
    names: RefCell<HashMap<usize, Cow<'static, str>>>,
    /// The remote queue's previous buffer, swapped in to drain it without allocating.
    remote_spare: RefCell<Vec<Waker>>,
    pub(crate) timers: Timers,
    pub(crate) clock: Clock,
    rng: Cell<u64>,
    seed: u64,
    /// The unused part of this scheduler's block of task ids: next, end.
    ids: Cell<(u64, u64)>,
    running: Cell<bool>,
}

impl Local {
    #[inline]
    fn push(&self, task: TaskRef) {
        self.shared.run_queue.push(task);
    }

    pub(crate) fn task_count(&self) -> usize {
        self.live.get()
    }

    /// A task ended (it finished; `large`: it is not in the slab): the scheduler drops its
    /// own reference to it, and its name.
    #[expect(
        clippy::inline_always,
        reason = "measured: left to the compiler it is called, 11 instructions more per task"
    )]
    #[inline(always)]
    pub(crate) fn release(&self, task: &TaskRef, large: bool) {
        self.live.set(self.live.get() - 1);
        let core = task.core();
        let name = if core.flags() & NAMED == 0 {
            None
        } else {
            self.names.borrow_mut().remove(&task.addr().addr())
        };
        if large {
            self.large.borrow_mut().remove(&task.as_ptr());
        }
        // SAFETY: the reference `spawn` left to the scheduler, released once: the task ended
        // only now.
        drop(unsafe { TaskRef::from_raw(task.as_ptr()) });
        drop(name);
    }

    /// Every task that has not ended, each with the scheduler's own reference to it; the
    /// count of live tasks is then zero.
    fn take_unfinished(&self) -> Vec<TaskRef> {
        if self.live.get() == 0 {
            // The usual end: nothing to look for.
            return Vec::new();
        }
        let mut tasks = Vec::with_capacity(self.live.get());
        self.for_each_unfinished(|task| {
            // SAFETY: the task has not ended, so the reference `spawn` left to the scheduler
            // is still there, and it is taken once (the count of live tasks goes to zero, and
            // no task ends after this, as none runs any more).
            tasks.push(unsafe { TaskRef::from_raw(task) });
        });
        self.live.set(0);
        self.large.borrow_mut().clear();
        tasks
    }

    /// Calls `f` with every task that has not ended: those in the slab, found in its
    /// chunks, and the large ones.
    fn for_each_unfinished(&self, mut f: impl FnMut(NonNull<Core>)) {
        // SAFETY: on the scheduler's thread (it is not `Send`), which lives.
        let blocks = unsafe { self.shared.slab.blocks_in_use() };
        let large: Vec<NonNull<Core>> = self.large.borrow().iter().copied().collect();
        for task in blocks.into_iter().map(NonNull::cast).chain(large) {
            // SAFETY: a block in use holds a task (`Task::spawn` writes one in every block it
            // takes), alive until its count goes; one whose count went on another thread
            // meanwhile ended before, and only its flags are read, which nothing writes any
            // more.
            let core = unsafe { task.as_ref() };
            if core.flags() & task::COMPLETE == 0 {
                f(task);
            }
        }
    }

    /// A new task id: from a block of ids taken from the process-wide counter at once, so
    /// that spawning takes no atomic operation (most of the time).
    fn next_id(&self) -> TaskId {
        let (next, end) = self.ids.get();
        let (next, end) = if next == end {
            TaskId::block(ID_BLOCK)
        } else {
            (next, end)
        };
        self.ids.set((next + 1, end));
        TaskId::new(next)
    }

    /// A number uniform in `0..n` (xorshift64*, reduced by multiply-shift).
    pub(crate) fn random_below(&self, n: usize) -> usize {
        let mut x = self.rng.get();
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.rng.set(x);
        let r = x.wrapping_mul(0x2545_F491_4F6C_DD1D) >> 32;
        // `r < 2^32`, so the product fits in a u64 and the result is below `n`.
        usize::try_from((r * n as u64) >> 32).unwrap_or(0)
    }

    fn spawn<C>(&self, coroutine: C, name: Option<Cow<'static, str>>) -> JoinHandle<C::Return>
    where
        C: Coroutine<(), Yield = ()> + 'static,
    {
        let id = self.next_id();
        // SAFETY: `self` is the scheduler, on its thread (it is not `Send`).
        let task = unsafe { Task::spawn(coroutine, id, &self.shared) };
        // The scheduler's own reference, until the task ends (`release`) or is cancelled
        // (`take_unfinished`): it keeps a task that nothing else refers to, and the slab's
        // blocks in use are where the scheduler finds it.
        mem::forget(task.clone());
        self.live.set(self.live.get() + 1);
        if Task::<C>::OWN_COUNT {
            self.large.borrow_mut().insert(task.as_ptr());
        }
        if let Some(name) = name {
            self.names.borrow_mut().insert(task.addr().addr(), name);
            let core = task.core();
            core.set_flags(core.flags() | NAMED);
        }
        self.push(task.clone());
        JoinHandle::new::<C>(task)
    }

    /// Moves the tasks woken from other threads into the run queue; returns how many.
    #[inline]
    fn drain_remote(&self) -> usize {
        // A plain load first: the swap is a read-modify-write, and this runs between tasks.
        if !self.shared.pending.load(Ordering::Acquire) {
            return 0;
        }
        self.drain_remote_queue()
    }

    #[inline(never)]
    fn drain_remote_queue(&self) -> usize {
        if !self.shared.pending.swap(false, Ordering::AcqRel) {
            return 0;
        }
        let mut woken = self.remote_spare.borrow_mut();
        core::mem::swap(
            &mut self
                .shared
                .remote
                .lock()
                .unwrap_or_else(PoisonError::into_inner)
                .wakers,
            &mut *woken,
        );
        let mut count = 0;
        for waker in woken.drain(..) {
            let task = NonNull::new(waker.data().cast_mut().cast::<Core>())
                .unwrap_or_else(|| unreachable!("a task's waker carries its address"));
            // SAFETY: the waker keeps the task alive, and its data is the task's address,
            // with the provenance of the whole task (`TaskRef::addr`).
            let core = unsafe { task.as_ref() };
            // From now on, a wake-up from elsewhere queues the task again. A
            // read-modify-write, not a store: a wake-up that came after the queue was taken
            // saw the flag set and was merged into this one, and what its thread wrote
            // before waking must be visible to the resume it relies on.
            core.remote.swap(false, Ordering::AcqRel);
            if core.flags() & (task::SCHEDULED | task::COMPLETE) == 0 {
                // SAFETY: on the task's scheduler's thread; the waker keeps it alive.
                unsafe { TaskRef::from_core(task) }.wake();
                count += 1;
            }
            drop(waker);
        }
        count
    }

    fn run(&self) -> Result<(), Deadlock> {
        let mut polls: u32 = 0;
        loop {
            self.drain_remote();
            let next = self.shared.run_queue.pop();
            if let Some(task) = next {
                task.run(self);
                polls = polls.wrapping_add(1);
                // With the wall clock, timers come due while tasks run: look now and then.
                if polls.is_multiple_of(64) && !self.clock.is_virtual() {
                    self.timers.fire(self.clock.now());
                }
                continue;
            }
            if self.timers.fire(self.clock.now()) > 0 || self.drain_remote() > 0 {
                continue;
            }
            if let Some(at) = self.timers.next() {
                self.clock.wait_until(at);
                continue;
            }
            if self.live.get() == 0 {
                return Ok(());
            }
            let deadlock = self.deadlock();
            if deadlock
                .blocked
                .iter()
                .any(|task| task.waiting_on == WaitingOn::Other)
            {
                // Someone on another thread may wake it: wait for that.
                std::thread::park();
                continue;
            }
            return Err(deadlock);
        }
    }

    fn deadlock(&self) -> Deadlock {
        let names = self.names.borrow();
        let mut blocked = Vec::with_capacity(self.live.get());
        self.for_each_unfinished(|task| {
            // SAFETY: the task has not ended: the scheduler's own reference keeps it.
            let core = unsafe { task.as_ref() };
            blocked.push(BlockedTask {
                id: core.id,
                name: names.get(&task.addr().get()).cloned(),
                waiting_on: core.waiting_on().unwrap_or(WaitingOn::Other),
            });
        });
        blocked.sort_by_key(|task| task.id);
        Deadlock { blocked }
    }
}

/// Runs many tasks on the current thread; see the [module docs](self).
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
    local: Local,
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
    /// Spawning takes a block of the scheduler's memory (see [Costs](self#costs)).
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
    /// # Errors
    ///
    /// [`Deadlock`] when tasks remain and none can ever proceed: each is blocked, no timer is
    /// pending, and none waits in `wait!` for a wake-up from elsewhere. The tasks stay in the
    /// scheduler, so `run` can be called again after spawning more.
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
        context::enter_scheduler(&self.local, || self.local.run())
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
        struct Drain<'a>(&'a RunQueue);
        impl Drop for Drain<'_> {
            fn drop(&mut self) {
                while let Some(task) = self.0.pop() {
                    drop(task);
                }
            }
        }
        let local = &self.local;
        let close = Close(&local.shared);
        let drain = Drain(&local.shared.run_queue);
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
        for task in &tasks {
            task.cancel();
        }
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
            .field("runnable", &local.shared.run_queue.len())
            .field("timers", &local.timers.len())
            .field("clock", &local.clock)
            .field("seed", &local.seed)
            .finish()
    }
}

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
                    pending: AtomicBool::new(false),
                    thread: std::thread::current(),
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

#[cold]
#[track_caller]
fn no_scheduler(function: &str) -> ! {
    panic!(
        "`coro_core::sched::{function}` called outside a running scheduler; \
         use the `Scheduler`'s own methods from plain code"
    )
}

/// Spawns a task on the scheduler running on this thread (from inside one of its tasks).
///
/// # Panics
///
/// When no scheduler is running on this thread; use [`Scheduler::spawn`] there.
///
/// # Examples
///
/// ```
/// use coro_core::channel::channel;
/// use coro_core::sched::{self, Scheduler};
///
/// let sched = Scheduler::new();
/// let root = sched.spawn(coro_core::coro!(|| {
///     let (tx, rx) = channel(0);
///     for i in 0..10u32 {
///         let tx = tx.clone();
///         sched::spawn(coro_core::coro!(move || { send!(tx, i).unwrap(); }));
///     }
///     drop(tx);
///     let mut sum = 0;
///     while let Some(i) = recv!(rx) {
///         sum += i;
///     }
///     sum
/// }));
/// sched.run().unwrap();
/// assert_eq!(root.try_join(), Some(Ok(45)));
/// ```
#[track_caller]
pub fn spawn<C>(task: C) -> JoinHandle<C::Return>
where
    C: Coroutine<(), Yield = ()> + 'static,
{
    TaskBuilder::new().spawn(task)
}

/// The current scheduler's time since it was created (virtual or wall clock).
///
/// # Panics
///
/// When no scheduler is running on this thread; use [`Scheduler::now`] there.
///
/// # Examples
///
/// ```
/// use std::time::Duration;
/// use coro_core::sched::{self, Scheduler};
///
/// let sched = Scheduler::builder().virtual_clock().build();
/// let task = sched.spawn(coro_core::coro!(|| {
///     let before = sched::now();
///     sleep!(Duration::from_secs(2));
///     sched::now() - before
/// }));
/// sched.run().unwrap();
/// assert_eq!(task.try_join(), Some(Ok(Duration::from_secs(2))));
/// ```
#[must_use]
#[track_caller]
pub fn now() -> Duration {
    match context::with_running_scheduler(|local| local.clock.now()) {
        Some(now) => now,
        None => no_scheduler("now"),
    }
}
