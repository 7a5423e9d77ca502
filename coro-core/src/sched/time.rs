//! The scheduler's clock (real or virtual) and its timers.

use alloc::collections::BinaryHeap;
use core::cell::{Cell, RefCell};
use core::cmp::Ordering;
use core::fmt;
use core::time::Duration;
use std::time::Instant;

use super::task::TaskRef;

/// A point in a scheduler's time, for `sleep!` and the `sleep` arm of `select!`.
///
/// Scheduler time starts at zero when the [`Scheduler`](super::Scheduler) is created and runs
/// with the wall clock, or, on a scheduler built with
/// [`virtual_clock`](super::SchedulerBuilder::virtual_clock), jumps to the next timer
/// whenever every task waits.
///
/// `sleep!` takes a `Duration` (from now) or a `Deadline`. A deadline computed once bounds a
/// whole loop, where a duration would restart on every iteration:
///
/// ```
/// use std::time::Duration;
/// use coro_core::channel::channel;
/// use coro_core::sched::{self, Deadline, Scheduler};
///
/// let sched = Scheduler::builder().virtual_clock().build();
/// let (tx, rx) = channel::<u32>(0);
/// let collector = sched.spawn(coro_core::coro!(|| {
///     let deadline = Deadline::after(Duration::from_secs(1));
///     let mut got = Vec::new();
///     loop {
///         select! {
///             v = recv(rx) => got.push(v.unwrap()),
///             _ = sleep(deadline) => break,
///         }
///     }
///     (got, sched::now())
/// }));
/// sched.spawn(coro_core::coro!(move || {
///     for i in 0..100 {
///         sleep!(Duration::from_millis(300));
///         if send!(tx, i).is_err() {
///             break;
///         }
///     }
/// }));
/// sched.run().unwrap();
/// let (got, at) = collector.try_join().unwrap().unwrap();
/// assert_eq!(got, [0, 1, 2]);
/// assert_eq!(at, Duration::from_secs(1));
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Deadline(pub(crate) Duration);

impl Deadline {
    /// The deadline `duration` from now on the current task's scheduler.
    ///
    /// # Panics
    ///
    /// When called outside a task or a running scheduler.
    #[must_use]
    pub fn after(duration: Duration) -> Deadline {
        Deadline(super::now().saturating_add(duration))
    }

    /// The deadline at `since_start` in scheduler time (which starts at zero).
    #[must_use]
    pub const fn at(since_start: Duration) -> Deadline {
        Deadline(since_start)
    }

    /// The time of this deadline, measured from the scheduler's start.
    #[must_use]
    pub const fn since_start(self) -> Duration {
        self.0
    }
}

/// What `sleep!` and a `sleep` arm accept: a [`Duration`] from now, or a [`Deadline`].
///
/// # Examples
///
/// ```
/// use std::time::Duration;
/// use coro_core::sched::{self, Deadline, Scheduler};
///
/// let sched = Scheduler::builder().virtual_clock().build();
/// let task = sched.spawn(coro_core::coro!(|| {
///     sleep!(Duration::from_secs(1));                 // one second from now
///     sleep!(Deadline::at(Duration::from_secs(5)));   // until 5 s on the scheduler's clock
///     sleep!(Deadline::at(Duration::from_secs(2)));   // already past: no wait
///     sched::now()
/// }));
/// sched.run().unwrap();
/// assert_eq!(task.try_join(), Some(Ok(Duration::from_secs(5))));
/// assert_eq!(Deadline::at(Duration::from_secs(3)).since_start(), Duration::from_secs(3));
/// ```
pub trait Timeout {
    /// The deadline this timeout ends at, on the current scheduler's clock.
    fn deadline(self) -> Deadline;
}

impl Timeout for Duration {
    fn deadline(self) -> Deadline {
        Deadline::after(self)
    }
}

impl Timeout for Deadline {
    fn deadline(self) -> Deadline {
        self
    }
}

pub(crate) enum Clock {
    Real(Instant),
    Virtual(Cell<Duration>),
}

impl Clock {
    pub(crate) fn now(&self) -> Duration {
        match self {
            Clock::Real(start) => start.elapsed(),
            Clock::Virtual(now) => now.get(),
        }
    }

    pub(crate) fn is_virtual(&self) -> bool {
        matches!(self, Clock::Virtual(_))
    }

    /// Lets time pass until `deadline`: sleeps the thread (a wake-up from another thread
    /// cuts the sleep short), or moves the virtual clock.
    pub(crate) fn wait_until(&self, deadline: Duration) {
        match self {
            Clock::Real(start) => {
                if let Some(wait) = deadline.checked_sub(start.elapsed()) {
                    std::thread::park_timeout(wait);
                }
            }
            Clock::Virtual(now) => {
                if deadline > now.get() {
                    now.set(deadline);
                }
            }
        }
    }
}

impl fmt::Debug for Clock {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Clock::Real(_) => write!(f, "Real({:?})", self.now()),
            Clock::Virtual(now) => write!(f, "Virtual({:?})", now.get()),
        }
    }
}

/// A timer set by `task`; it is valid while the task's current timer is `(at, seq)` (a task
/// forgets its timer each time it is resumed, and sets it again if it still sleeps).
struct Timer {
    at: Duration,
    seq: u64,
    task: TaskRef,
}

impl Timer {
    fn is_valid(&self) -> bool {
        self.task.core().timer().is_some_and(|seq| seq == self.seq)
    }
}

impl PartialEq for Timer {
    fn eq(&self, other: &Self) -> bool {
        (self.at, self.seq) == (other.at, other.seq)
    }
}

impl Eq for Timer {}

impl PartialOrd for Timer {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Timer {
    /// Reversed, so that the `BinaryHeap` (a max-heap) pops the earliest timer first, and
    /// timers due at the same time in the order they were set.
    fn cmp(&self, other: &Self) -> Ordering {
        (other.at, other.seq).cmp(&(self.at, self.seq))
    }
}

/// The pending timers, earliest first. Timers that their task no longer needs stay in the
/// heap until they come due or the heap is compacted; compaction (in place, when at least
/// half the timers are stale) keeps the heap proportional to the tasks.
#[derive(Default)]
pub(crate) struct Timers {
    heap: RefCell<BinaryHeap<Timer>>,
    next_seq: Cell<u64>,
}

impl Timers {
    /// Sets `task`'s timer at `at` (replacing the one it had); `tasks` bounds how many
    /// timers can be valid.
    pub(crate) fn set(&self, at: Duration, task: &TaskRef, tasks: usize) {
        let core = task.core();
        // Numbered from 1: a task's timer number 0 means none.
        let seq = self.next_seq.get() + 1;
        self.next_seq.set(seq);
        core.set_timer(seq);
        let mut heap = self.heap.borrow_mut();
        if heap.len() >= 64 && heap.len() >= 2 * tasks {
            heap.retain(Timer::is_valid);
        }
        heap.push(Timer {
            at,
            seq,
            task: task.clone(),
        });
    }

    /// The earliest valid timer's deadline, dropping the stale ones before it.
    pub(crate) fn next(&self) -> Option<Duration> {
        let mut heap = self.heap.borrow_mut();
        loop {
            let timer = heap.peek()?;
            if timer.is_valid() {
                return Some(timer.at);
            }
            let stale = heap.pop();
            drop(stale);
        }
    }

    pub(crate) fn len(&self) -> usize {
        self.heap.borrow().len()
    }

    /// Fires the timers due on `clock`, reading it only if a timer is set; how many.
    /// (Always inlined: the run loop calls it between every two tasks, and the check of an
    /// empty heap is a few instructions.)
    #[allow(clippy::inline_always, reason = "measured: a hint is not always taken")]
    #[inline(always)]
    pub(crate) fn fire_on(&self, clock: &Clock) -> usize {
        if self.heap.borrow().is_empty() {
            return 0;
        }
        self.fire(clock.now())
    }

    /// Wakes the task of every valid timer due at `now`, earliest first; returns how many.
    pub(crate) fn fire(&self, now: Duration) -> usize {
        let mut fired = 0;
        loop {
            let due = {
                let mut heap = self.heap.borrow_mut();
                match heap.peek() {
                    Some(timer) if timer.at <= now => heap.pop(),
                    _ => None,
                }
            };
            let Some(timer) = due else { return fired };
            if timer.is_valid() {
                timer.task.core().clear_timer();
                timer.task.wake();
                fired += 1;
            }
        }
    }

    /// Drops every timer (and the task references they hold).
    pub(crate) fn clear(&self) {
        let heap = core::mem::take(&mut *self.heap.borrow_mut());
        drop(heap);
    }
}
