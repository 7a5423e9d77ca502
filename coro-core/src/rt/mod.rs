//! A runtime of N schedulers, one thread each: tasks placed by the runtime or pinned by the
//! user, channels across schedulers, work stealing, deadlock reports and shutdown.
//!
//! A [`Runtime`] starts its threads when it is built (one per available core by default,
//! named `coro-rt-{i}`); each owns an ordinary [`Scheduler`](crate::sched::Scheduler), with
//! its run queue, timers, task memory and reactor. Tasks given to the runtime must be `Send`
//! (they may start on any scheduler), and so must their results; once a task has started,
//! it stays on its scheduler, so inside it everything the single-thread scheduler offers
//! works: `recv!`, `send!`, `select!`, `sleep!`, `join!`, sockets, and
//! [`sched::spawn`](crate::sched::spawn) for `!Send` tasks on the same scheduler.
//!
//! | from | spawn, placed by the runtime | spawn on scheduler `i` | which scheduler |
//! |---|---|---|---|
//! | plain code | [`Runtime::spawn`] | [`Runtime::spawn_on`] | — |
//! | a task | [`rt::spawn`](spawn) (this scheduler's queue) | [`rt::spawn_on`](spawn_on) | [`rt::current`](current) |
//!
//! A task given to the runtime is `Send` as a whole: one that keeps an `Rc`, a
//! single-thread channel or a socket across a suspension is not, and is started from
//! inside a task with `sched::spawn` (a `Send` task may make one and spawn it so, as it
//! holds nothing of it across a suspension). A scheduler whose tasks wait on sockets
//! sleeps in its reactor, which a wake-up from another scheduler interrupts.
//!
//! Tasks on different schedulers talk through [`channel::sync`](crate::channel::sync)
//! channels (which `select!` may mix with single-thread ones): a task blocked on one
//! scheduler is woken on it by a send on another.
//!
//! ```
//! use coro_core::channel::sync;
//! use coro_core::rt::{self, Runtime};
//!
//! let rt = Runtime::builder().schedulers(2).build().unwrap();
//! let (tx, rx) = sync::channel(0);
//! // A producer pinned to scheduler 0, a consumer to scheduler 1.
//! rt.spawn_on(0, coro_core::coro!(move || {
//!     for i in 1..=10u64 {
//!         send!(tx, i).unwrap();
//!     }
//! }));
//! let consumer = rt.spawn_on(1, coro_core::coro!(move || {
//!     let mut sum = 0;
//!     while let Some(i) = recv!(rx) {
//!         assert_eq!(rt::current(), Some(1));
//!         sum += i;
//!     }
//!     sum
//! }));
//! rt.run().unwrap(); // every task ended
//! assert_eq!(consumer.try_join(), Some(Ok(55)));
//! ```
//!
//! # Placement and stealing
//!
//! **A task moves only before it starts; place long-lived tasks with `spawn_on`.** A task
//! spawned with [`rt::spawn`](spawn) waits in its scheduler's queue of unstarted tasks
//! (from plain code, [`Runtime::spawn`] picks a scheduler: see [`Placement`]). A scheduler
//! starts the tasks of its queue when it has nothing ready to run (one at a time if another
//! scheduler could steal them, else up to eight), and one every 64 runs otherwise, so they
//! do not starve behind busy tasks (with stealing on, it leaves them
//! for a while to a scheduler that looks for work: a task once started cannot move). An
//! idle scheduler takes half of the unstarted tasks of another (chosen at random), if
//! [stealing](RuntimeBuilder::stealing) is on (the default); a task started runs on that
//! scheduler until it ends, as its timers, sockets and wakers refer to it there. Tasks
//! spawned with `spawn_on` are never taken. An idle scheduler looks for work for a few microseconds, then sleeps (in its
//! reactor if one of its tasks waits on a socket) until work or a wake-up arrives.
//!
//! ```
//! use coro_core::rt::{self, Runtime};
//!
//! let rt = Runtime::builder().schedulers(2).build().unwrap();
//! let root = rt.spawn_on(0, coro_core::coro!(|| {
//!     let children: Vec<_> = (0..100u64).map(|i| rt::spawn(coro_core::coro!(move || i))).collect();
//!     let mut sum = 0;
//!     for child in children {
//!         sum += join!(child).unwrap();
//!     }
//!     sum
//! }));
//! assert_eq!(root.join(), Ok(4950));
//! ```
//!
//! # Memory
//!
//! A task placed by the runtime lives in a slot (with its result, once it ends) that the
//! placing thread carves from a block of 32 slots of one size class, up to 1,024 bytes
//! (a larger or over-aligned task gets an allocation of its own): placing a task costs the
//! bump of an index rather than a `malloc`. A block goes back to the allocator when the
//! last of its slots is freed, so one long-lived task, or a join handle kept after its task
//! ended, keeps the memory of up to 31 ended neighbours' slots; and a thread that placed
//! tasks keeps a partly carved block per size class it used until it exits (at most 64
//! blocks, about 1 MiB in all).
//!
//! # Failure, deadlock and shutdown
//!
//! A panic ends its task only: its [`JoinHandle`] reports [`JoinError::Panicked`] with the
//! message. [`Runtime::run`] waits until every task of every scheduler has ended, or
//! returns a [`Deadlock`] naming each task left and its scheduler
//! ([`BlockedTask::scheduler`]) when every scheduler is idle, no wake-up is on its way, and
//! no task waits on a timer, a socket, in `wait!`, or for a task of another runtime (which
//! code outside the runtime may wake). A task blocked on a
//! [`sync`](crate::channel::sync) channel counts as blocked: the runtime assumes that
//! such a channel is used by its own tasks only, so that when none of them runs, none
//! will send or receive. (On a lone scheduler, such a task waits instead, as another
//! thread may wake it.)
//!
//! Dropping the runtime stops every scheduler: each drops its scheduler on its own thread,
//! which drops each task not finished once (their handles report
//! [`JoinError::Cancelled`]), and the tasks still queued; then the threads are joined. A
//! value sent to a channel whose receivers were dropped so is handed back, as on any
//! closed channel. From the start of the drop, a send on a rendezvous
//! [`sync`](crate::channel::sync) channel hands no value to a receive of the runtime's
//! tasks (they will not run to take it): it meets another receiver, waits for one (and gets
//! its value back if the channel closes), or finds none. A value handed over just before
//! the drop began, to a task that is then cancelled without running, goes back to the
//! channel's buffer when the task's receive is withdrawn, like any buffered value (see
//! [`sync`](crate::channel::sync), "Shutdown").
//!
//! [`BlockedTask::scheduler`]: crate::sched::BlockedTask::scheduler

// The files: `builder` (`RuntimeBuilder`, starting the threads), `worker` (one thread's
// loop: taking queued tasks, stealing, spinning, sleeping), `queue` (the queues of unstarted
// tasks between threads), `join` (a task's slot and the `Send` join handle), `slots` (the
// memory of the slots, carved from blocks), `idle` (the idle, quiescence and deadlock
// protocol).

mod builder;
pub(crate) mod idle;
mod join;
pub(crate) mod queue;
pub(crate) mod slots;
mod worker;

use alloc::boxed::Box;
use alloc::sync::Arc;
use alloc::vec::Vec;
use core::fmt;
use core::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::io;
use std::sync::OnceLock;
use std::thread;

pub use builder::{Placement, RuntimeBuilder};
pub use join::JoinHandle;

use crate::Coroutine;
use crate::sched::{Deadlock, JoinError, Shared, TaskId, context};
use idle::Idle;
use queue::JobQueue;

/// N schedulers on N threads; see the [module docs](self).
///
/// `Send + Sync`: plain threads may share it to spawn and join. Dropping it stops the
/// schedulers and joins their threads; dropped by one of its own tasks, it joins every
/// thread but that task's, which ends when the task returns to its scheduler.
pub struct Runtime {
    inner: Arc<Inner>,
    threads: Vec<thread::JoinHandle<()>>,
    seed: u64,
}

/// What the runtime's threads share.
pub(crate) struct Inner {
    /// Tells this runtime from others (for a join handle: whether its task is of the
    /// runtime of the worker that waits for it).
    id: u64,
    workers: Box<[WorkerQueues]>,
    idle: Idle,
    shutdown: AtomicBool,
    stealing: bool,
    placement: Placement,
    /// The next scheduler of round-robin placement.
    next: AtomicUsize,
}

/// One worker, as the others see it. Aligned to 128 bytes (two cache lines, as a
/// prefetcher may fetch lines in pairs) so that the writes of one worker to its queues and
/// flags do not invalidate the lines that hold another's.
#[derive(Default)]
#[repr(align(128))]
struct WorkerQueues {
    /// Its scheduler's shared part (wake-up flag, thread), set when its thread starts.
    shared: OnceLock<Arc<Shared>>,
    /// Tasks the runtime placed here, not yet started: others may steal them.
    stealable: JobQueue,
    /// Tasks pinned here with `spawn_on`, not yet started.
    inbox: JobQueue,
    /// Its live tasks when it last looked, for least-loaded placement.
    load: AtomicUsize,
    /// Set while it has nothing to run and looks for work (spinning or asleep): a busy
    /// worker then leaves its stealable tasks to it rather than start them.
    hungry: AtomicBool,
}

impl WorkerQueues {
    fn is_pending(&self) -> bool {
        self.shared.get().is_some_and(|shared| shared.is_pending())
    }

    fn nudge(&self) {
        if let Some(shared) = self.shared.get() {
            shared.nudge();
        }
    }

    fn publish_load(&self, live: usize) {
        self.load.store(live, Ordering::Relaxed);
    }
}

impl idle::Flags for Inner {
    fn is_set(&self, i: usize) -> bool {
        self.workers[i].is_pending()
    }

    fn unpark(&self, i: usize) {
        if let Some(shared) = self.workers[i].shared.get() {
            shared.unpark();
        }
    }

    fn nudge(&self, i: usize) {
        self.workers[i].nudge();
    }
}

impl Inner {
    /// A new task id: from this thread's scheduler's block if a worker spawns, else from
    /// the process-wide counter.
    #[inline]
    fn next_id() -> TaskId {
        context::with_running_scheduler(crate::sched::Local::next_id)
            .unwrap_or_else(|| TaskId::new(TaskId::block(1).0))
    }

    /// Queues a task placed by the runtime: on worker `here`'s queue if a worker spawns
    /// it, else on the one `placement` picks (nudged); either way, with stealing on, a
    /// sleeping worker is woken to steal it (the worker it is queued on may be busy).
    fn place<C>(&self, here: Option<usize>, task: C) -> JoinHandle<C::Return>
    where
        C: Coroutine<(), Yield = ()> + Send + 'static,
        C::Return: Send,
    {
        let (job, handle) = join::new_task(task, Inner::next_id(), self.id);
        if self.shutdown.load(Ordering::Acquire) {
            drop(job);
            return handle;
        }
        if let Some(i) = here {
            self.workers[i].stealable.push(job);
            if self.stealing {
                self.idle.wake_a_thief(self);
            }
        } else {
            let i = self.choose();
            self.workers[i].stealable.push(job);
            self.workers[i].nudge();
            if self.stealing {
                self.idle.wake_a_thief(self);
            }
        }
        handle
    }

    /// Queues a task pinned to worker `i`.
    fn place_on<C>(&self, here: Option<usize>, i: usize, task: C) -> JoinHandle<C::Return>
    where
        C: Coroutine<(), Yield = ()> + Send + 'static,
        C::Return: Send,
    {
        let n = self.workers.len();
        assert!(
            i < n,
            "`spawn_on({i}, ..)` on a runtime of {n} scheduler{}",
            if n == 1 { "" } else { "s" }
        );
        let (job, handle) = join::new_task(task, Inner::next_id(), self.id);
        if self.shutdown.load(Ordering::Acquire) {
            drop(job);
            return handle;
        }
        self.workers[i].inbox.push(job);
        if here != Some(i) {
            self.workers[i].nudge();
        }
        handle
    }

    /// The worker a task from outside goes to.
    fn choose(&self) -> usize {
        let n = self.workers.len();
        match self.placement {
            Placement::RoundRobin => self.next.fetch_add(1, Ordering::Relaxed) % n,
            Placement::LeastLoaded => (0..n)
                .min_by_key(|&i| {
                    let worker = &self.workers[i];
                    worker.load.load(Ordering::Relaxed)
                        + worker.stealable.len()
                        + worker.inbox.len()
                })
                .unwrap_or(0),
        }
    }
}

impl Runtime {
    /// A runtime with the defaults: one scheduler per available core, stealing on.
    ///
    /// # Errors
    ///
    /// If a thread cannot be started.
    pub fn new() -> io::Result<Runtime> {
        RuntimeBuilder::new().build()
    }

    /// A builder, to set the number of schedulers, pinning, stealing, placement, the seed.
    #[must_use]
    pub fn builder() -> RuntimeBuilder {
        RuntimeBuilder::new()
    }

    /// The number of schedulers.
    #[must_use]
    pub fn schedulers(&self) -> usize {
        self.inner.workers.len()
    }

    /// The seed the schedulers' seeds derive from.
    #[must_use]
    pub fn seed(&self) -> u64 {
        self.seed
    }

    /// Spawns a task on a scheduler the runtime picks (see [`Placement`]); it may be stolen
    /// by another before it starts. Returns at once.
    ///
    /// # Examples
    ///
    /// ```
    /// use coro_core::rt::Runtime;
    ///
    /// let rt = Runtime::builder().schedulers(2).build().unwrap();
    /// let handles: Vec<_> = (0..4u32).map(|i| rt.spawn(coro_core::coro!(move || i * i))).collect();
    /// let squares: Vec<u32> = handles.iter().map(|h| h.join().unwrap()).collect();
    /// assert_eq!(squares, [0, 1, 4, 9]);
    /// ```
    pub fn spawn<C>(&self, task: C) -> JoinHandle<C::Return>
    where
        C: Coroutine<(), Yield = ()> + Send + 'static,
        C::Return: Send,
    {
        self.inner
            .place(worker::index().filter(|_| self.is_mine()), task)
    }

    /// Spawns a task on scheduler `i`, where it stays. Returns at once.
    ///
    /// # Panics
    ///
    /// If `i` is not below [`schedulers`](Runtime::schedulers).
    ///
    /// # Examples
    ///
    /// ```
    /// use coro_core::rt::{self, Runtime};
    ///
    /// let rt = Runtime::builder().schedulers(3).build().unwrap();
    /// let handle = rt.spawn_on(2, coro_core::coro!(|| rt::current()));
    /// assert_eq!(handle.join(), Ok(Some(2)));
    /// ```
    pub fn spawn_on<C>(&self, i: usize, task: C) -> JoinHandle<C::Return>
    where
        C: Coroutine<(), Yield = ()> + Send + 'static,
        C::Return: Send,
    {
        self.inner
            .place_on(worker::index().filter(|_| self.is_mine()), i, task)
    }

    /// Spawns a task and blocks this thread until it ends; its result.
    ///
    /// # Errors
    ///
    /// If the task panicked ([`JoinError::Panicked`]).
    ///
    /// # Examples
    ///
    /// ```
    /// use coro_core::rt::Runtime;
    ///
    /// let rt = Runtime::builder().schedulers(2).build().unwrap();
    /// assert_eq!(rt.block_on(coro_core::coro!(|| "done")), Ok("done"));
    /// ```
    pub fn block_on<C>(&self, task: C) -> Result<C::Return, JoinError>
    where
        C: Coroutine<(), Yield = ()> + Send + 'static,
        C::Return: Send,
    {
        self.spawn(task).join()
    }

    /// Blocks this thread until every task of every scheduler has ended.
    ///
    /// A task waiting on a timer, a socket, in `wait!`, or for a task of another runtime
    /// keeps `run` waiting with it.
    ///
    /// # Errors
    ///
    /// [`Deadlock`] when tasks remain and none can proceed: every scheduler is idle, no
    /// wake-up is on its way, no task waits as above. It names every task left, with its
    /// scheduler. The tasks stay; `run` can be called again after spawning more.
    ///
    /// # Examples
    ///
    /// ```
    /// use coro_core::channel::sync;
    /// use coro_core::rt::Runtime;
    ///
    /// let rt = Runtime::builder().schedulers(2).build().unwrap();
    /// let (tx, rx) = sync::channel::<u32>(0);
    /// let waiting = rt.spawn_on(1, coro_core::coro!(move || recv!(rx)));
    /// let deadlock = rt.run().unwrap_err();
    /// assert_eq!(deadlock.blocked()[0].id(), waiting.id());
    /// assert_eq!(deadlock.blocked()[0].scheduler(), Some(1));
    /// rt.spawn_on(0, coro_core::coro!(move || send!(tx, 5).unwrap()));
    /// rt.run().unwrap();
    /// assert_eq!(waiting.try_join(), Some(Ok(Some(5))));
    /// ```
    pub fn run(&self) -> Result<(), Deadlock> {
        self.inner.idle.wait(&*self.inner)
    }

    /// Whether this thread is one of this runtime's workers.
    fn is_mine(&self) -> bool {
        worker::with_worker(|_, inner| Arc::ptr_eq(inner, &self.inner)).unwrap_or(false)
    }
}

impl Drop for Runtime {
    /// Stops every scheduler: each drops its tasks on its own thread, once; the tasks still
    /// queued are dropped too; their handles report [`JoinError::Cancelled`]. Then the
    /// threads are joined (all but this one, if a task of the runtime drops it).
    fn drop(&mut self) {
        self.inner.shutdown.store(true, Ordering::Release);
        self.inner.idle.shut_down();
        for worker in &self.inner.workers {
            if let Some(shared) = worker.shared.get() {
                shared.begin_shutdown();
            }
            worker.nudge();
        }
        // Dropped by one of its own tasks, the runtime cannot wait for the thread that task
        // runs on: that thread ends when the task returns to its scheduler, which then sees
        // the shutdown (its handle is let go).
        let own = thread::current().id();
        for thread in self.threads.drain(..) {
            if thread.thread().id() == own {
                continue;
            }
            // A worker's thread panics only if a task's drop did while it was cancelled;
            // the other threads are joined all the same.
            let _ = thread.join();
        }
        // Tasks queued while the workers stopped (by the drop of another task).
        for worker in &self.inner.workers {
            drop(worker.inbox.take_all());
            drop(worker.stealable.take_all());
        }
    }
}

impl fmt::Debug for Runtime {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let queued: Vec<usize> = self
            .inner
            .workers
            .iter()
            .map(|worker| worker.stealable.len() + worker.inbox.len())
            .collect();
        f.debug_struct("Runtime")
            .field("schedulers", &self.schedulers())
            .field("stealing", &self.inner.stealing)
            .field("placement", &self.inner.placement)
            .field("queued", &queued)
            .field("seed", &self.seed)
            .finish_non_exhaustive()
    }
}

/// Spawns a task from inside a runtime's task, on this task's scheduler's queue of
/// unstarted tasks (an idle scheduler may take it before it starts).
///
/// For a `!Send` task, use [`sched::spawn`](crate::sched::spawn), which starts it on this
/// scheduler at once.
///
/// # Panics
///
/// When called outside the tasks of a [`Runtime`].
///
/// # Examples
///
/// ```
/// use coro_core::rt::{self, Runtime};
///
/// let rt = Runtime::builder().schedulers(2).build().unwrap();
/// let root = rt.spawn(coro_core::coro!(|| {
///     let child = rt::spawn(coro_core::coro!(|| 20));
///     join!(child).unwrap() + 1
/// }));
/// assert_eq!(root.join(), Ok(21));
/// ```
#[track_caller]
pub fn spawn<C>(task: C) -> JoinHandle<C::Return>
where
    C: Coroutine<(), Yield = ()> + Send + 'static,
    C::Return: Send,
{
    match worker::with_worker(|i, inner| inner.place(Some(i), task)) {
        Some(handle) => handle,
        None => outside("spawn"),
    }
}

/// Spawns a task from inside a runtime's task on scheduler `i`, where it stays.
///
/// # Panics
///
/// When called outside the tasks of a [`Runtime`], or if `i` is not below the number of
/// its schedulers.
///
/// # Examples
///
/// ```
/// use coro_core::rt::{self, Runtime};
///
/// let rt = Runtime::builder().schedulers(2).build().unwrap();
/// let root = rt.spawn_on(0, coro_core::coro!(|| {
///     let there = rt::spawn_on(1, coro_core::coro!(|| rt::current()));
///     (rt::current(), join!(there).unwrap())
/// }));
/// assert_eq!(root.join(), Ok((Some(0), Some(1))));
/// ```
#[track_caller]
pub fn spawn_on<C>(i: usize, task: C) -> JoinHandle<C::Return>
where
    C: Coroutine<(), Yield = ()> + Send + 'static,
    C::Return: Send,
{
    match worker::with_worker(|here, inner| inner.place_on(Some(here), i, task)) {
        Some(handle) => handle,
        None => outside("spawn_on"),
    }
}

/// The id of the runtime whose worker this thread is, if it is one.
fn current_runtime() -> Option<u64> {
    worker::with_worker(|_, inner| inner.id)
}

/// The index of the scheduler running this task, if it is a runtime's (`None` on other
/// threads). A started task stays on its scheduler: the answer does not change between
/// its resumes.
#[must_use]
pub fn current() -> Option<usize> {
    worker::index()
}

#[cold]
#[track_caller]
fn outside(function: &str) -> ! {
    panic!(
        "`coro_core::rt::{function}` called outside the tasks of a runtime; \
         use the `Runtime`'s own methods from plain code"
    )
}
