//! The wakers of a task: their vtable, and the wake-up that they do on any thread.

use core::ptr::NonNull;
use core::sync::atomic::Ordering;
use core::task::RawWaker;
use core::task::RawWakerVTable;

use super::core::Core;
use super::harness::Task;
use super::task_ref::TaskRef;
use crate::Coroutine;
use crate::sched::context;

/// Wakes the task at `ptr` from a waker, on any thread: when its scheduler runs on this
/// thread, straight into its run queue; anywhere else through the remote queue.
///
/// # Safety
///
/// `ptr` is a waker's data: the core of a live task, with the provenance of the whole task.
unsafe fn schedule(ptr: NonNull<Core>) {
    // SAFETY: per the contract; any thread may read a core's immutable fields and atomics,
    // and nothing else of it is touched without the token of its scheduler's thread.
    let core = unsafe { ptr.as_ref() };
    let here = context::with_scheduler_of(core.shared(), |local| {
        // The task's scheduler runs on this thread: its token serves the task.
        let on = local.token();
        if core.on(on).flags().is_wakeable() {
            // SAFETY: the task is of this thread's scheduler, and the waker calling this
            // keeps it alive.
            unsafe { TaskRef::from_core(ptr, on) }.wake();
        }
    });
    if here.is_none() {
        // SAFETY: per this function's contract.
        unsafe { core.wake_remote(ptr) };
    }
}

/// The waker vtable of `Task<C>`: the data pointer is the task's address
/// ([`TaskRef::addr`]), and each waker owns one unit of the task's count.
pub(super) struct Vtable<C>(core::marker::PhantomData<C>);

impl<C> Vtable<C>
where
    C: Coroutine<(), Yield = ()> + 'static,
{
    pub(super) const VTABLE: &'static RawWakerVTable = &RawWakerVTable::new(
        Self::clone_waker,
        Self::wake,
        Self::wake_by_ref,
        Self::drop_waker,
    );

    /// # Safety
    /// `data` is the address of a live `Task<C>` (`TaskRef::addr`), kept alive by the
    /// waker.
    unsafe fn clone_waker(data: *const ()) -> RawWaker {
        // SAFETY: per this function's contract; the new waker owns the count taken here.
        // The count is atomic, so any thread may do this.
        let old = unsafe { &*data.cast::<Core>() }
            .count
            .fetch_add(1, Ordering::Relaxed);
        if old > u32::MAX / 2 {
            // Wakers leaked by the billion: stop before the count wraps.
            std::process::abort();
        }
        RawWaker::new(data, Self::VTABLE)
    }

    /// # Safety
    /// As `clone_waker`; the waker's own count is consumed.
    unsafe fn wake(data: *const ()) {
        // SAFETY: as `wake_by_ref`, then the waker's count is released.
        unsafe {
            Self::wake_by_ref(data);
            Self::drop_waker(data);
        }
    }

    /// # Safety
    /// As `clone_waker`.
    unsafe fn wake_by_ref(data: *const ()) {
        // SAFETY: the data is the task's address (from `TaskRef::addr`, never null), and
        // the waker keeps the task alive.
        unsafe { schedule(NonNull::new_unchecked(data.cast_mut().cast::<Core>())) };
    }

    /// # Safety
    /// As `clone_waker`; the waker's own count is released.
    unsafe fn drop_waker(data: *const ()) {
        // SAFETY: the waker being dropped owns one count of this task. If it is the last,
        // the task has no local reference left, and the scheduler's thread emptied what may
        // not be dropped here (see the module docs). This may be any thread.
        unsafe {
            Task::<C>::release_count(NonNull::new_unchecked(data.cast_mut().cast()), false);
        }
    }
}
