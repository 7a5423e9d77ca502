//! [`TaskRef`]: a counted reference to a task on its scheduler's thread.

use core::fmt;
use core::mem::{self, ManuallyDrop};
use core::ptr::NonNull;
use core::sync::atomic::Ordering;
use core::task::{RawWaker, Waker};

use super::core::{Core, LocalCore};
use crate::sched::Local;
use crate::sched::token::ThreadToken;

/// A counted reference to a task, on its scheduler's thread: it is made there only (the
/// functions that make one are `unsafe`, and say so, but for [`Clone`]), and it is neither
/// `Send` nor `Sync`, so it proves being there ([`TaskRef::token`]). Cloning and dropping
/// one changes a plain counter; the references together own one unit of the task's atomic
/// count.
///
/// `repr(transparent)` over a `NonNull<Core>`, its only field: a channel's waiter reads
/// its word, a reference given up by [`into_raw`](TaskRef::into_raw), as a borrowed
/// `TaskRef` (`Waiter::task` in `channel/waiter.rs`). That reading is sound because the two
/// have the same size and alignment (asserted below: a field added here fails the build),
/// the same validity (a non-null pointer: the waiter's untagged word is one), and a
/// `TaskRef` has no interior mutability of its own (its counts are in the task), so a
/// shared borrow of the word is one of the reference.
#[repr(transparent)]
pub(crate) struct TaskRef {
    pub(super) core: NonNull<Core>,
}

const _: () = assert!(
    size_of::<TaskRef>() == size_of::<NonNull<Core>>()
        && align_of::<TaskRef>() == align_of::<NonNull<Core>>()
);

impl TaskRef {
    /// Another reference to the task of `core`, on the thread that `on` proves this is.
    ///
    /// # Safety
    ///
    /// `ptr` points to the core of a task (with the provenance of the whole task's block),
    /// which is kept alive (by a reference or a waker) for the duration of the call, of a
    /// scheduler of this thread.
    pub(crate) unsafe fn from_core(ptr: NonNull<Core>, on: ThreadToken) -> TaskRef {
        // SAFETY: per this function's contract.
        let core = unsafe { ptr.as_ref() }.on(on);
        let refs = core.refs();
        if refs == 0 {
            // The references take a count to share, from whatever keeps the task alive now.
            core.count.fetch_add(1, Ordering::Relaxed);
        }
        core.set_refs(checked_inc(refs));
        TaskRef { core: ptr }
    }

    /// Gives up this reference without dropping it: the pointer owns it until
    /// [`from_raw`](TaskRef::from_raw).
    pub(crate) fn into_raw(self) -> NonNull<Core> {
        let ptr = self.core;
        mem::forget(self);
        ptr
    }

    /// Takes back a reference given up by [`into_raw`](TaskRef::into_raw).
    ///
    /// # Safety
    ///
    /// `ptr` came from `into_raw`, and its reference is taken back once.
    pub(crate) unsafe fn from_raw(ptr: NonNull<Core>) -> TaskRef {
        TaskRef { core: ptr }
    }

    /// The task's core, on this thread, which the reference proves is its scheduler's.
    #[inline]
    pub(crate) fn core(&self) -> LocalCore<'_> {
        // SAFETY: the references own one count, so the task is alive while `self` is.
        unsafe { self.core.as_ref() }.on(self.token())
    }

    /// The proof that this is the thread of the task's scheduler.
    #[inline]
    pub(crate) fn token(&self) -> ThreadToken {
        ThreadToken::of_task(self)
    }

    /// Drops the coroutine of a task that has not finished.
    pub(crate) fn cancel(&self) {
        // SAFETY: the vtable belongs to the task's coroutine type, and the token is that of
        // its scheduler's thread.
        unsafe { (self.core().vtable.cancel)(self.core, self.token()) }
    }

    /// A waker for the task that borrows this reference instead of owning a count; it must
    /// not outlive it (it is never dropped: `ManuallyDrop`).
    pub(crate) fn waker_ref(&self) -> ManuallyDrop<Waker> {
        let raw = RawWaker::new(self.addr(), self.core().vtable.waker);
        // SAFETY: the data is a pointer to a live task of the coroutine type the vtable was
        // made for, which is what its functions expect. The waker owns no count and is
        // never dropped; its clones each take one.
        ManuallyDrop::new(unsafe { Waker::from_raw(raw) })
    }

    /// The task's address, which its wakers carry as their data.
    pub(crate) fn addr(&self) -> *const () {
        self.core.as_ptr().cast_const().cast()
    }

    /// The pointer to the task's core, with the provenance of the whole task.
    pub(crate) fn as_ptr(&self) -> NonNull<Core> {
        self.core
    }

    /// Wakes the task: into its scheduler's run queue, unless it is queued already or
    /// finished. (A `TaskRef` is on the scheduler's thread, whether or not the scheduler is
    /// running: the queue is its own.)
    #[expect(
        clippy::inline_always,
        reason = "measured: left to the compiler it is called, 4 to 7 instructions more per hop and spawn"
    )]
    #[inline(always)]
    pub(crate) fn wake(self) {
        // SAFETY: `self` keeps the task alive until it moves into the queue, and then the
        // queue does; the task's `shared`, which holds the queue, lives as long as it.
        let core = unsafe { self.core.as_ref() }.on(self.token());
        let flags = core.flags();
        if flags.is_wakeable() {
            core.set_flags(flags.with_scheduled());
            core.shared().run_queue.push(self);
        }
    }

    /// Resumes the task once (it was in the run queue).
    pub(crate) fn run(self, local: &Local) {
        let run = self.core().vtable.run;
        // SAFETY: the vtable belongs to the task's coroutine type, and `self` is a
        // reference to the task (on its scheduler's thread, as `local` is).
        unsafe { run(self, local) }
    }
}

#[inline]
fn checked_inc(refs: u32) -> u32 {
    match refs.checked_add(1) {
        Some(refs) => refs,
        // Four billion references to one task: a leak, not a use.
        None => std::process::abort(),
    }
}

impl Clone for TaskRef {
    #[inline]
    fn clone(&self) -> Self {
        let core = self.core();
        core.set_refs(checked_inc(core.refs()));
        TaskRef { core: self.core }
    }
}

impl Drop for TaskRef {
    #[inline]
    fn drop(&mut self) {
        let core = self.core();
        let refs = core.refs() - 1;
        core.set_refs(refs);
        if refs == 0 {
            let release = core.vtable.release;
            // SAFETY: the last local reference is gone; the vtable belongs to the task's
            // coroutine type, the shared count it releases is the one the references
            // owned, and the token is that of the task's scheduler's thread.
            unsafe { release(self.core, self.token()) };
        }
    }
}

impl fmt::Debug for TaskRef {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("TaskRef").field(&self.core().id).finish()
    }
}
