//! What a task reaches of the scheduler running on its thread: [`spawn`] and [`now`].

use core::time::Duration;

#[cfg(doc)]
use super::Scheduler;
use super::TaskBuilder;
use super::context;
use super::task::JoinHandle;
use crate::Coroutine;

#[cold]
#[track_caller]
pub(super) fn no_scheduler(function: &str) -> ! {
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
