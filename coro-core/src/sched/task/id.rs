//! [`TaskId`]: a task's number, unique in the process.

use core::fmt;
use core::sync::atomic::Ordering;

/// The id of a task, unique in the process; `Display`s as `task #N`.
///
/// # Examples
///
/// ```
/// use coro_core::sched::Scheduler;
///
/// let sched = Scheduler::new();
/// let a = sched.spawn(coro_core::coro!(|| 1));
/// let b = sched.spawn(coro_core::coro!(|| 2));
/// assert_ne!(a.id(), b.id());
/// assert!(a.id().to_string().starts_with("task #"));
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct TaskId(pub(super) u64);

impl TaskId {
    /// Reserves `n` ids for one scheduler: the range `start..end` of their numbers.
    pub(crate) fn block(n: u64) -> (u64, u64) {
        use core::sync::atomic::AtomicU64;
        static NEXT: AtomicU64 = AtomicU64::new(1);
        let start = NEXT.fetch_add(n, Ordering::Relaxed);
        (start, start + n)
    }

    pub(crate) fn new(number: u64) -> Self {
        Self(number)
    }
}

impl fmt::Display for TaskId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "task #{}", self.0)
    }
}
