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
//! naming each task and what it waits on. (A task in `wait!`, or on a
//! [`sync`](crate::channel::sync) channel, may be woken from another thread, so while one
//! waits, `run` waits for it rather than reporting a deadlock.)
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
//!
//! [`Waker`]: core::task::Waker

// The files: `scheduler` (`Scheduler`), `builder` (`SchedulerBuilder`, `TaskBuilder`),
// `current` (`spawn` and `now` for the scheduler running on this thread), `local` (the
// scheduler's state on its thread: spawning, releasing), `run` (the run loop), `shared` (the
// part that wakers reach from any thread), `token` (`ThreadToken`, the proof of being on a
// scheduler's thread), `task/` (a task: its core, references, wakers, join handle), `queue`
// (the run queue), `slab/` (the tasks' memory), `extras` (what few tasks need), `time`
// (clock and timers), `context` (the thread-local scheduler and task), `deadlock` (the
// report), `ops` (what the macros call).

mod builder;
pub(crate) mod context;
mod current;
mod deadlock;
mod extras;
mod local;
#[doc(hidden)]
pub mod ops;
mod queue;
#[cfg(feature = "net")]
pub(crate) mod reactor;
pub(crate) mod run;
mod scheduler;
mod shared;
pub(crate) mod signal;
mod slab;
mod task;
mod time;
mod token;

pub use builder::{SchedulerBuilder, TaskBuilder};
pub use current::{now, spawn};
pub use deadlock::{BlockedTask, Deadlock, WaitingOn};
pub use scheduler::Scheduler;
pub use task::{JoinError, JoinHandle, TaskId};
pub use time::{Deadline, Timeout};

pub(crate) use local::Local;
pub(crate) use shared::Shared;
pub(crate) use task::TaskRef;
pub(crate) use task::ending_panic;
