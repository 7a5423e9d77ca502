//! [`Task`]: a task of one coroutine type, in one block of its scheduler's memory (its
//! [`Core`] first, then its stage: the coroutine, then its result), and what a task does
//! from birth to its free: spawning, resuming, finishing, cancelling, detaching, being
//! joined, releasing its local references and freeing its memory.

use alloc::alloc::Layout;
use alloc::boxed::Box;
use alloc::sync::Arc;
use core::cell::{Cell, UnsafeCell};
use core::mem::{self, ManuallyDrop};
use core::ptr::{self, NonNull};
use core::sync::atomic::{Ordering, fence};
use core::task::{Poll, Waker};
use std::panic::{self, AssertUnwindSafe};

use super::core::{Core, TaskVtable};
use super::error::{JoinError, PanicEnding};
use super::id::TaskId;
use super::task_ref::TaskRef;
use super::waker::Vtable;
use crate::sched::Local;
use crate::sched::context::{self, TaskContext};
use crate::sched::slab;
use crate::sched::token::ThreadToken;
use crate::{Coroutine, CoroutineState};

/// Takes a finished task out of its scheduler: its extras go, and the scheduler's own
/// reference is released. [`Task::finish`] does it with [`take`](Release::take), which
/// returns the join waker to wake; should dropping the task's coroutine or result panic
/// before, the guard's drop does it (the join waker is dropped, not woken: the result is
/// lost), without which the task and the scheduler's memory would never be freed.
struct Release<'a> {
    task: &'a TaskRef,
    local: &'a Local,
    large: bool,
}

impl Release<'_> {
    /// Takes the task out; returns its join waker, if any.
    #[inline]
    fn take(self) -> Option<Waker> {
        ManuallyDrop::new(self).release()
    }

    #[expect(
        clippy::inline_always,
        reason = "measured: left to the compiler it is called, 15 instructions more per task"
    )]
    #[inline(always)]
    fn release(&self) -> Option<Waker> {
        let waker = self.task.core().take_extras();
        self.local.release(self.task, self.large);
        waker
    }
}

impl Drop for Release<'_> {
    fn drop(&mut self) {
        drop(self.release());
    }
}

enum Stage<C: Coroutine> {
    Running(C),
    /// (The error is boxed: it is rare, and larger than most results.)
    Done(Result<C::Return, Box<JoinError>>),
    /// The result went to the join handle, or nobody wanted it.
    Taken,
    /// The scheduler dropped the task before it finished.
    Cancelled,
}

/// A task: its core first (`repr(C)`), so that a pointer to the task is one to its core.
#[repr(C)]
pub(crate) struct Task<C: Coroutine> {
    core: Core,
    /// Borrowed only through [`Task::stage`], which keeps its flag in `core.flags`.
    stage: UnsafeCell<Stage<C>>,
}

/// The borrowed stage of a task, on its scheduler's thread; releases the borrow when
/// dropped.
struct StageMut<'a, C: Coroutine> {
    task: &'a Task<C>,
    on: ThreadToken,
}

impl<C: Coroutine> core::ops::Deref for StageMut<'_, C> {
    type Target = Stage<C>;
    fn deref(&self) -> &Stage<C> {
        // SAFETY: this guard is the only borrow of the stage (the stage's flag is set while
        // it lives, and `Task::stage` makes no guard while it is), and only the thread of
        // the task's scheduler touches the stage, as this guard's token shows this is.
        unsafe { &*self.task.stage.get() }
    }
}

impl<C: Coroutine> core::ops::DerefMut for StageMut<'_, C> {
    fn deref_mut(&mut self) -> &mut Stage<C> {
        // SAFETY: as `deref`; `&mut self` makes this borrow unique.
        unsafe { &mut *self.task.stage.get() }
    }
}

impl<C: Coroutine> Drop for StageMut<'_, C> {
    fn drop(&mut self) {
        let core = self.task.core.on(self.on);
        core.set_flags(core.flags().without_stage_borrowed());
    }
}

impl<C> Task<C>
where
    C: Coroutine<(), Yield = ()> + 'static,
{
    const VTABLE: &'static TaskVtable = &TaskVtable {
        run: Self::run,
        cancel: Self::cancel,
        detach: Self::detach,
        release: Self::release,
        waker: Vtable::<C>::VTABLE,
    };

    const LAYOUT: Layout = Layout::new::<Self>();

    /// Whether the task is too large (or too aligned) for the slab's chunks, and so holds a
    /// count of the scheduler's shared part of its own.
    pub(crate) const OWN_COUNT: bool = slab::class_of(Self::LAYOUT).is_none();

    /// A new task of `local`'s scheduler, marked scheduled, and the first reference to it.
    pub(crate) fn spawn(coroutine: C, id: TaskId, local: &Local) -> TaskRef {
        let shared = &local.shared;
        // With the provenance of the whole `Arc` (its counts too), as `Arc::from_raw` in
        // `free` needs.
        let shared_ptr = NonNull::new(Arc::as_ptr(shared).cast_mut())
            .unwrap_or_else(|| unreachable!("an `Arc` is not null"));
        // SAFETY: `local` is the scheduler's state, on its thread (it is neither `Send` nor
        // `Sync`), and the scheduler lives while it does.
        let block = unsafe { shared.slab.allocate(Self::LAYOUT) }.cast::<Self>();
        let task = Task {
            core: Core::new(Self::VTABLE, id, shared_ptr),
            stage: UnsafeCell::new(Stage::Running(coroutine)),
        };
        // SAFETY: the block is fresh memory of `Self::LAYOUT`.
        unsafe { block.write(task) };
        if Self::OWN_COUNT {
            // Released by `free`.
            mem::forget(Arc::clone(shared));
        }
        TaskRef { core: block.cast() }
    }

    /// Drops the task and gives its memory back to the slab.
    ///
    /// # Safety
    ///
    /// `ptr` points to a `Task<C>` whose count just reached zero (nothing refers to it);
    /// `owner`: on its scheduler's thread.
    unsafe fn free(ptr: NonNull<Core>, owner: bool) {
        let task = ptr.cast::<Self>().as_ptr();
        // SAFETY: per the contract, the task is alive (until it is dropped below).
        let shared_ptr = unsafe { (*task).core.shared };
        // SAFETY: per the contract, the task is ours to drop: nothing refers to it. It is
        // dropped once, and its block is not read again (only given back).
        unsafe { ptr::drop_in_place(task) };
        // SAFETY: the scheduler's shared part outlives its tasks (see `Core::shared`): it
        // stays at least until this free releases a count of it below, after the last use
        // of this borrow.
        let shared = unsafe { shared_ptr.as_ref() };
        // A last waker dropped on the scheduler's thread while it runs gives the block
        // straight back to the free lists too.
        let owner = owner || context::with_scheduler_of(shared, |_| ()).is_some();
        // SAFETY: the block came from this slab's `allocate` with this layout (`spawn`),
        // and its task is dropped; `owner` is true only on the scheduler's thread (the
        // caller's word, or the check of `with_scheduler_of`).
        if unsafe { shared.slab.free_here(ptr.cast(), Self::LAYOUT, owner) } {
            if Self::OWN_COUNT {
                // SAFETY: the count of the shared part that a task too large for the slab
                // holds of its own (taken by `spawn`), released once, as the task goes.
                drop(unsafe { Arc::from_raw(shared_ptr.as_ptr()) });
            }
            return;
        }
        // Through the slab's lock (off the scheduler's thread, or once it is gone), this
        // thread gives up its claim on the shared part inside the lock, and still runs the
        // lock's code after: another thread may then free the last task, or drop the
        // scheduler, and with it the shared part. A count keeps it alive until this free
        // returns.
        // SAFETY: the pointer is the `Arc`'s (with the provenance of the whole `Arc`,
        // `spawn`), and the shared part is alive (see above).
        unsafe { Arc::increment_strong_count(shared_ptr.as_ptr()) };
        // SAFETY: the count just taken, owned by `keep` from now on.
        let keep = unsafe { Arc::from_raw(shared_ptr.as_ptr()) };
        // SAFETY: as for `free_here`, which returned false for this block.
        if unsafe { shared.slab.free_under_lock(ptr.cast(), Self::LAYOUT) } {
            // SAFETY: the count that the tasks left by a dropped scheduler held together
            // (`Slab::close`), released by the free of the last of them, this one.
            drop(unsafe { Arc::from_raw(shared_ptr.as_ptr()) });
        }
        drop(keep);
    }

    /// Releases one count of the task at `ptr`; frees it if that was the last.
    ///
    /// # Safety
    ///
    /// The caller owns a count of this `Task<C>`; `owner`: on its scheduler's thread.
    pub(super) unsafe fn release_count(ptr: NonNull<Core>, owner: bool) {
        // SAFETY: the count keeps the task alive until this decrement.
        let count = unsafe { &ptr.as_ref().count };
        // The caller's is the only count (no waker exists, and none can be made without
        // one): no other thread can touch it, so it needs no read-modify-write.
        if count.load(Ordering::Acquire) == 1 {
            // SAFETY: the count reaches zero.
            unsafe { Self::free(ptr, owner) };
            return;
        }
        if count.fetch_sub(1, Ordering::Release) == 1 {
            // Every use of the task by other counts' owners happens before this.
            fence(Ordering::Acquire);
            // SAFETY: the count reached zero.
            unsafe { Self::free(ptr, owner) };
        }
    }

    /// Borrows the stage, on the thread that `on` proves this is, unless it is borrowed
    /// already (the task is being resumed: it polls its own join handle, say).
    fn stage(&self, on: ThreadToken) -> Option<StageMut<'_, C>> {
        let core = self.core.on(on);
        let flags = core.flags();
        if flags.is_stage_borrowed() {
            return None;
        }
        core.set_flags(flags.with_stage_borrowed());
        Some(StageMut { task: self, on })
    }

    /// # Safety
    ///
    /// `ptr` points to the core of a live `Task<C>`, with the provenance of the whole task,
    /// and the task outlives `'a`.
    unsafe fn of<'a>(ptr: NonNull<Core>) -> &'a Self {
        // SAFETY: per the contract, and `Task` is `repr(C)` with its core first.
        unsafe { ptr.cast::<Self>().as_ref() }
    }

    /// Completes the task with `result`: drops the coroutine, keeps the result for the join
    /// handle (or drops it), drops the scheduler's reference, wakes the joiner.
    fn finish(&self, me: &TaskRef, local: &Local, result: Result<C::Return, JoinError>) {
        let on = me.token();
        let core = self.core.on(on);
        core.set_flags(core.flags().with_complete());
        // Should a drop below panic, the task still leaves the scheduler (the guard's
        // drop).
        let unwinding = Release {
            task: me,
            local,
            large: Self::OWN_COUNT,
        };
        // User code (drops) runs with no borrow held.
        let body = self
            .stage(on)
            .map(|mut stage| mem::replace(&mut *stage, Stage::Taken));
        drop(body);
        if !core.flags().is_detached()
            && let Some(mut stage) = self.stage(on)
        {
            *stage = Stage::Done(result.map_err(Box::new));
        } else {
            drop(result);
        }
        core.set_waiting_on(None);
        if let Some(waker) = unwinding.take() {
            waker.wake();
        }
    }

    /// Ends the task whose coroutine panicked (`error`), which is at hand while the
    /// coroutine is dropped (a runtime's task reports it).
    #[cold]
    #[inline(never)]
    fn panicked(&self, me: &TaskRef, local: &Local, error: JoinError) {
        let ending = error.clone();
        let _ending = PanicEnding::new(&ending);
        self.finish(me, local, Err(error));
    }

    /// # Safety
    ///
    /// `me` is a reference to a `Task<C>`, on its scheduler's thread.
    unsafe fn run(me: TaskRef, local: &Local) {
        // SAFETY: per the contract. The task outlives this call: `me` holds it until the
        // end.
        let task = unsafe { Self::of(me.core) };
        let on = me.token();
        let core = task.core.on(on);
        core.set_flags(core.flags().without_scheduled());
        let outcome = {
            let Some(mut stage) = task.stage(on) else {
                return;
            };
            let Stage::Running(coroutine) = &mut *stage else {
                return;
            };
            // A timer of an earlier resume is no longer needed: if the task still sleeps,
            // its poll sets the timer again.
            core.clear_timer();
            let cx = TaskContext {
                local,
                task: &me,
                parked: Cell::new(None),
                deadline: Cell::new(None),
            };
            context::enter_task(&cx, || {
                panic::catch_unwind(AssertUnwindSafe(|| coroutine.resume(())))
            })
            .map(|state| (state, cx.parked.get()))
        };
        match outcome {
            Ok((CoroutineState::Yielded(()), Some(on))) => core.set_waiting_on(Some(on)),
            Ok((CoroutineState::Yielded(()), None)) => {
                core.set_waiting_on(None);
                me.wake();
            }
            Ok((CoroutineState::Complete(value), _)) => {
                task.finish(&me, local, Ok(value));
                // The usual end of a task nobody joins: `me` is its last reference and no
                // waker is left. `finish` emptied what `release` would (the stage holds no
                // result: the join handle is gone, or it would hold a reference), so the
                // task is freed here at once.
                if core.refs() == 1 && core.count.load(Ordering::Acquire) == 1 {
                    let ptr = me.into_raw();
                    // SAFETY: `me` was the last reference and its count the only one:
                    // nothing else refers to the task, and we are on its scheduler's
                    // thread.
                    unsafe { Self::free(ptr, true) };
                } else {
                    // Another reference may be a record of receives that a coroutine the
                    // task resumed, and let go of alive, left waiting: withdrawn now that
                    // the task will not take them.
                    crate::channel::sync::waits::abandoned_in(&me);
                }
            }
            Err(payload) => task.panicked(&me, local, JoinError::panicked(core.id, &*payload)),
        }
    }

    /// # Safety
    ///
    /// `ptr` is the core of a `Task<C>` (as for [`Task::of`]) of a scheduler of the thread
    /// that `on` proves this is.
    unsafe fn cancel(ptr: NonNull<Core>, on: ThreadToken) {
        // SAFETY: per the contract.
        let task = unsafe { Self::of(ptr) };
        let core = task.core.on(on);
        core.set_flags(core.flags().with_complete());
        let Some(mut stage) = task.stage(on) else {
            return;
        };
        if !matches!(*stage, Stage::Running(_)) {
            return;
        }
        let body = mem::replace(&mut *stage, Stage::Cancelled);
        drop(stage);
        drop(body);
        let waker = core.take_extras();
        if core.flags().is_detached()
            && let Some(mut stage) = task.stage(on)
        {
            *stage = Stage::Taken;
        }
        if let Some(waker) = waker {
            waker.wake();
        }
    }

    /// # Safety
    ///
    /// As for [`cancel`](Task::cancel).
    unsafe fn detach(ptr: NonNull<Core>, on: ThreadToken) {
        // SAFETY: per the contract.
        let task = unsafe { Self::of(ptr) };
        let core = task.core.on(on);
        let flags = core.flags();
        core.set_flags(flags.with_detached());
        if !flags.is_complete() && !flags.has_extras() {
            // The usual case, a handle dropped at once: no result yet, no join waker.
            return;
        }
        let waker = core.take_join_waker();
        let result = match task.stage(on) {
            Some(mut stage) if !matches!(*stage, Stage::Running(_)) => {
                Some(mem::replace(&mut *stage, Stage::Taken))
            }
            _ => None,
        };
        drop(waker);
        drop(result);
    }

    /// # Safety
    ///
    /// `core` points to the core of a `Task<C>` whose last local reference just went, of a
    /// scheduler of the thread that `on` proves this is; the local references owned one
    /// count.
    unsafe fn release(core: NonNull<Core>, on: ThreadToken) {
        {
            // SAFETY: the task is alive until the count below is released.
            let task = unsafe { Self::of(core) };
            // What may not leave this thread goes now. (The stage is `Running` only if the
            // task was neither finished nor cancelled: it cannot be, the scheduler holds a
            // reference until then.)
            let stage = task
                .stage(on)
                .map(|mut stage| mem::replace(&mut *stage, Stage::Taken));
            let waker = task.core.on(on).take_extras();
            drop(stage);
            drop(waker);
        }
        // SAFETY: the local references owned this count; they are all gone. The token
        // shows this is the scheduler's thread.
        unsafe { Self::release_count(core, true) };
    }

    /// # Safety
    ///
    /// As for [`cancel`](Task::cancel).
    pub(super) unsafe fn poll_join(
        ptr: NonNull<Core>,
        waker: Option<&Waker>,
        on: ThreadToken,
    ) -> Poll<Result<C::Return, JoinError>> {
        // SAFETY: per the contract.
        let task = unsafe { Self::of(ptr) };
        let core = task.core.on(on);
        // Borrowed only while the task itself runs: a task joining itself waits forever
        // (and a deadlock report says so).
        let Some(mut stage) = task.stage(on) else {
            return Poll::Pending;
        };
        let id = core.id;
        match &*stage {
            Stage::Running(_) => {
                drop(stage);
                if let Some(waker) = waker {
                    let waker = waker.clone();
                    let old = core.with_extras(|extras| extras.join_waker.replace(waker));
                    drop(old);
                }
                Poll::Pending
            }
            Stage::Done(_) => {
                let Stage::Done(result) = mem::replace(&mut *stage, Stage::Taken) else {
                    unreachable!("the stage was just matched as done")
                };
                Poll::Ready(result.map_err(|error| *error))
            }
            Stage::Taken => Poll::Ready(Err(JoinError::Taken { task: id })),
            Stage::Cancelled => Poll::Ready(Err(JoinError::Cancelled { task: id })),
        }
    }
}
