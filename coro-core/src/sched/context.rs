//! The thread-local context: which scheduler runs on this thread, and which task it is
//! resuming. Both are scoped: set for the extent of a call and restored afterwards, also
//! when the call unwinds.

use core::cell::Cell;
use core::mem::ManuallyDrop;
use core::ptr;
use core::task::Waker;
use core::time::Duration;

use super::task::{Parked, TaskRef};
use super::{Local, Shared};
use alloc::sync::Arc;

/// What the blocking operations of the task being resumed need.
pub(crate) struct TaskContext<'a> {
    pub(crate) local: &'a Local,
    pub(crate) task: &'a TaskRef,
    /// Set by `ops::park`: the task is about to suspend waiting for this.
    pub(crate) parked: Cell<Option<Parked>>,
    /// The deadline of the timer the task set during this resume, if any.
    pub(crate) deadline: Cell<Option<Duration>>,
}

impl TaskContext<'_> {
    /// The task's waker, for operations that take a `Context` (it borrows the task's
    /// reference: use it within the call).
    pub(crate) fn waker(&self) -> ManuallyDrop<Waker> {
        self.task.waker_ref()
    }

    /// Forgets the task's timer: it no longer sleeps.
    pub(crate) fn clear_timer(&self) {
        self.task.core().clear_timer();
        self.deadline.set(None);
    }
}

std::thread_local! {
    static SCHEDULER: Cell<*const Local> = const { Cell::new(ptr::null()) };
    static TASK: Cell<*const TaskContext<'static>> = const { Cell::new(ptr::null()) };
}

/// Restores a thread-local pointer when dropped.
struct Restore<T: 'static> {
    key: &'static std::thread::LocalKey<Cell<*const T>>,
    previous: *const T,
}

impl<T> Drop for Restore<T> {
    fn drop(&mut self) {
        let previous = self.previous;
        self.key.with(|cell| cell.set(previous));
    }
}

/// Runs `f` with `local` as this thread's running scheduler.
pub(crate) fn enter_scheduler<R>(local: &Local, f: impl FnOnce() -> R) -> R {
    let previous = SCHEDULER.with(|cell| cell.replace(ptr::from_ref(local)));
    let _restore = Restore {
        key: &SCHEDULER,
        previous,
    };
    f()
}

/// Runs `f` outside any task (a scheduler dropping its tasks inside another's).
pub(crate) fn outside_task<R>(f: impl FnOnce() -> R) -> R {
    let previous = TASK.with(|cell| cell.replace(ptr::null()));
    let _restore = Restore {
        key: &TASK,
        previous,
    };
    f()
}

/// Runs `f` with `cx` as the context of the task being resumed.
pub(crate) fn enter_task<R>(cx: &TaskContext<'_>, f: impl FnOnce() -> R) -> R {
    let erased = ptr::from_ref(cx).cast::<TaskContext<'static>>();
    let previous = TASK.with(|cell| cell.replace(erased));
    let _restore = Restore {
        key: &TASK,
        previous,
    };
    f()
}

/// Calls `f` with this thread's running scheduler, if any (`None` also while the thread is
/// exiting and its thread-locals are gone).
pub(crate) fn with_running_scheduler<R>(f: impl FnOnce(&Local) -> R) -> Option<R> {
    let local = SCHEDULER.try_with(Cell::get).ok()?;
    // SAFETY: a non-null pointer was set by `enter_scheduler` from a `&Local` that outlives
    // the call it scopes, and is reset when that call returns or unwinds; we are inside it.
    unsafe { local.as_ref() }.map(f)
}

/// Calls `f` with the scheduler of `shared` if it is the one running on this thread (so
/// this is its thread): where a task of it may be touched without atomics.
pub(crate) fn with_scheduler_of<R>(shared: &Shared, f: impl FnOnce(&Local) -> R) -> Option<R> {
    with_running_scheduler(|local| ptr::eq(Arc::as_ptr(&local.shared), shared).then(|| f(local)))
        .flatten()
}

/// Calls `f` with the context of the task being resumed on this thread, if any.
#[expect(
    clippy::inline_always,
    reason = "measured: called, it costs 8 instructions more per channel hop"
)]
#[inline(always)]
pub(crate) fn with_task<R>(f: impl FnOnce(&TaskContext<'_>) -> R) -> Option<R> {
    let cx = TASK.try_with(Cell::get).ok()?;
    // SAFETY: a non-null pointer was set by `enter_task` from a `&TaskContext` that outlives
    // the call it scopes, and is reset when that call returns or unwinds; we are inside it.
    // The `'static` in the stored type is erased: `f` sees a lifetime bounded by this call.
    unsafe { cx.as_ref() }.map(f)
}
