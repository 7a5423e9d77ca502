//! The run queue: the tasks ready to run, first in first out, linked through the tasks
//! themselves (`LocalCore::set_next`), so that queueing a task touches no memory but its
//! own and the previous last task's, and a scheduler with a million runnable tasks holds no
//! queue beside them.

use core::cell::Cell;
use core::ptr::NonNull;

use super::task::{Core, TaskRef};
use super::token::ThreadToken;

/// Tasks ready to run; each queued task's reference is owned by the queue.
///
/// Only its scheduler's thread touches it: a task is pushed with its [`TaskRef`], which
/// exists on that thread only, and popping and counting take a [`ThreadToken`].
#[derive(Default)]
pub(crate) struct RunQueue {
    head: Cell<Option<NonNull<Core>>>,
    tail: Cell<Option<NonNull<Core>>>,
    len: Cell<usize>,
}

impl RunQueue {
    /// Queues `task` last. The caller marked it scheduled: a task is in the queue at most
    /// once, and its link belongs to the queue until it is popped.
    #[inline]
    pub(crate) fn push(&self, task: TaskRef) {
        let on = task.token();
        task.core().set_next(None);
        let ptr = task.into_raw();
        match self.tail.get() {
            // SAFETY: the queue owns a reference to its last task, which keeps it alive.
            Some(tail) => unsafe { tail.as_ref() }.on(on).set_next(Some(ptr)),
            None => self.head.set(Some(ptr)),
        }
        self.tail.set(Some(ptr));
        self.len.set(self.len.get() + 1);
    }

    /// Takes the first task out, with the reference the queue held.
    #[inline]
    pub(crate) fn pop(&self, on: ThreadToken) -> Option<TaskRef> {
        let head = self.head.get()?;
        // SAFETY: the queue owns a reference to each of its tasks, which keeps `head`
        // alive, and a queued task's link was written by `push`.
        let next = unsafe { head.as_ref().on(on).next() };
        self.head.set(next);
        if next.is_none() {
            self.tail.set(None);
        }
        self.len.set(self.len.get() - 1);
        // SAFETY: `push` gave this reference up with `into_raw`; it leaves the queue once.
        Some(unsafe { TaskRef::from_raw(head) })
    }

    /// How many tasks are queued.
    pub(crate) fn len(&self, _: ThreadToken) -> usize {
        self.len.get()
    }
}

// SAFETY: the queue sits in the scheduler's `Shared` part, which wakers on any thread
// reach, but it is touched only on the scheduler's thread: `push` takes a `TaskRef`, and
// `pop` and `len` a `ThreadToken`, neither of which exists elsewhere (the queue is reached
// through its tasks' cores or through `Local`, both of this thread's schedulers, see
// `ThreadToken`). It is dropped, with `Shared`, wherever the last reference to that goes,
// which is after the scheduler emptied it (`Scheduler::drop`): a queued task's memory is in
// the slab that `Shared` holds, and `Shared` outlives every such block, so it cannot go
// while a task is queued.
unsafe impl Send for RunQueue {}
// SAFETY: as above.
unsafe impl Sync for RunQueue {}

impl Drop for RunQueue {
    fn drop(&mut self) {
        // Never queued tasks here (see above); had there been, they would be leaked, as
        // releasing them may not happen on whatever thread this is.
        debug_assert!(
            self.head.get().is_none(),
            "a run queue dropped with tasks in it"
        );
    }
}
