//! A spawned task: one allocation holding the coroutine, its result and its bookkeeping;
//! the references to it; its waker; the join handle.
//!
//! A task lives in a block of its scheduler's [slab], with an atomic reference count
//! (`Core::count`), but only its wakers hold counts of their own. On the scheduler's thread,
//! everything else (the scheduler itself until the task ends, the run queue, timers,
//! channel registrations of its blocking operations, the join handle) holds a [`TaskRef`]:
//! a thin pointer counted in a plain `Cell`, whose references together own one count of
//! `count`. (The scheduler's reference is not kept anywhere: it finds its tasks in its
//! slab's blocks in use.) So spawning, switching, waking and parking on the scheduler's own
//! thread take no atomic operation; a `Waker` (for `wait!`, `join!`, or code outside the
//! scheduler) costs one per clone and drop, as any waker.
//!
//! Wakers may travel to other threads (`Waker` is `Send + Sync`), while the coroutine, its
//! result and the counts may not. So a waker on another thread reads only the immutable
//! part of the task's [`Core`] (vtable, id, scheduler) and its `remote` flag, an atomic: a
//! wake-up from elsewhere goes through the scheduler's remote queue, as a waker of its own,
//! which the scheduler's thread drains. And when the last local reference goes, the
//! scheduler's thread empties the rest (the stage, the join waker) before the shared count
//! is released: the last count, wherever it is dropped, then drops only thread-safe data,
//! and gives the block back to the slab.

use alloc::alloc::Layout;
use alloc::boxed::Box;
use alloc::string::String;
use alloc::sync::Arc;
use core::any::Any;
use core::cell::{Cell, UnsafeCell};
use core::fmt;
use core::mem::{self, ManuallyDrop};
use core::ptr::{self, NonNull};
use core::sync::atomic::{AtomicBool, AtomicU32, Ordering, fence};
use core::task::{Poll, RawWaker, RawWakerVTable, Waker};
use std::panic::{self, AssertUnwindSafe};

use super::context::{self, TaskContext};
use super::extras::Extras;
use super::slab;
use super::{Local, Shared, WaitingOn};
use crate::channel::ChannelId;
use crate::{Coroutine, CoroutineState};

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
pub struct TaskId(u64);

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

/// Set while the task is in the run queue.
pub(crate) const SCHEDULED: u8 = 1;
/// Set once the task has completed (or was cancelled): wake-ups are ignored.
pub(crate) const COMPLETE: u8 = 2;
/// Set when the join handle was dropped: nobody will take the result.
const DETACHED: u8 = 4;
/// Set while the task's stage is borrowed (a `RefCell`'s flag, kept here to save its word).
const BORROWED: u8 = 8;
/// Set when the task was spawned with a name (kept by the scheduler until it ends).
pub(crate) const NAMED: u8 = 16;
/// Set while the task has an entry in its scheduler's [`ExtrasTable`](super::extras::ExtrasTable).
const EXTRAS: u8 = 32;
/// Set while the task is in a `select!`, from its start until its losing arms are
/// withdrawn: the task's channel registrations then belong to the `select!`.
const IN_SELECT: u8 = 64;
/// Set once an arm of the task's current `select!` completed (or it took its default or
/// timeout arm): its other registrations can no longer complete. Set with `IN_SELECT` when
/// the task ends, so that registrations it left behind are dead too.
const DECIDED: u8 = 128;

/// The kinds of [`WaitingOn`], as a task's core keeps them.
const WAIT_NONE: u8 = 0;
const WAIT_RECV: u8 = 1;
const WAIT_SEND: u8 = 2;
const WAIT_SLEEP: u8 = 3;
const WAIT_JOIN: u8 = 4;
const WAIT_SELECT: u8 = 5;
const WAIT_OTHER: u8 = 6;

/// What depends on a task's coroutine type, reached from its [`Core`].
pub(crate) struct TaskVtable {
    /// Resumes the task once, then requeues it, parks it or completes it.
    run: unsafe fn(TaskRef, &Local),
    /// Drops the coroutine of a task that has not finished (the scheduler is going away).
    cancel: unsafe fn(NonNull<Core>),
    /// The join handle is gone: drops a result nobody will take.
    detach: unsafe fn(NonNull<Core>),
    /// Empties the thread-bound parts and releases the count the local references shared
    /// (the last one went).
    release: unsafe fn(NonNull<Core>),
    /// The vtable of the task's wakers.
    waker: &'static RawWakerVTable,
}

/// The part of a task that does not depend on its coroutine; first in every task.
///
/// `vtable`, `id`, `shared` never change and `remote` is atomic: a waker on any thread may
/// read them. The `Cell`s belong to the scheduler's thread.
///
/// `repr(C)` with `vtable` first: the first word of a task's block is its vtable's address,
/// which is never tagged as a free block's link is
/// ([`Slab::blocks_in_use`](super::slab::Slab::blocks_in_use)).
#[repr(C)]
pub(crate) struct Core {
    vtable: &'static TaskVtable,
    pub(crate) id: TaskId,
    /// The scheduler's shared part, which outlives the task without a count per task (an
    /// atomic read-modify-write at each spawn and each free): the scheduler holds it while
    /// it lives; once it is gone, the tasks left in its slab hold one count together, which
    /// the free of the last one releases ([`Slab::close`](super::slab::Slab::close)); and a
    /// task too large for the slab holds a count of its own.
    shared: NonNull<Shared>,
    /// While the task is in the run queue (`SCHEDULED`), the next task there; otherwise
    /// the second part of what it waits on. (A queued task waits on nothing, and the run
    /// queue needs no memory of its own.)
    link: Cell<Link>,
    /// The task's reference count: one per waker, plus one for all the local references
    /// while there are any. The task is freed when it reaches zero.
    count: AtomicU32,
    /// How many [`TaskRef`]s point here, the scheduler's own among them until the task
    /// ends (see [`TaskRef`]).
    refs: Cell<u32>,
    /// Set while a wake-up from elsewhere than the scheduler's thread is queued in
    /// `shared` (so that a task woken there many times is queued once).
    pub(crate) remote: AtomicBool,
    flags: Cell<u8>,
    /// What the task waits on, in two parts (so that the kind fits beside the flags):
    /// the kind (`WAIT_*`) and, in `link`, its channel, task or count.
    waiting_kind: Cell<u8>,
}

/// A task's [`Core::link`]: the run queue's next task, or a number (a channel, a task).
/// Both are plain data, valid for any bits; which one is there follows from `SCHEDULED`.
#[derive(Clone, Copy)]
union Link {
    next: Option<NonNull<Core>>,
    what: u64,
}

impl Core {
    pub(crate) fn flags(&self) -> u8 {
        self.flags.get()
    }

    /// The scheduler's shared part.
    #[inline]
    pub(crate) fn shared(&self) -> &Shared {
        // SAFETY: the shared part outlives every task of its scheduler (see `shared`), and
        // so this borrow of the task.
        unsafe { self.shared.as_ref() }
    }

    pub(crate) fn set_flags(&self, flags: u8) {
        self.flags.set(flags);
    }

    /// What the task waits on, if it is suspended in a blocking operation (not queued).
    pub(crate) fn waiting_on(&self) -> Option<WaitingOn> {
        let kind = self.waiting_kind.get();
        if kind == WAIT_NONE || self.flags.get() & SCHEDULED != 0 {
            return None;
        }
        // SAFETY: the kind is not `WAIT_NONE`, so `set_waiting_on` wrote the link since the
        // task last left the run queue (`set_next` resets the kind): it holds a number.
        let what = unsafe { self.link.get().what };
        Some(match kind {
            WAIT_RECV => WaitingOn::Recv(ChannelId::from_number(what)),
            WAIT_SEND => WaitingOn::Send(ChannelId::from_number(what)),
            WAIT_SLEEP => WaitingOn::Sleep,
            WAIT_JOIN => WaitingOn::Join(TaskId(what)),
            WAIT_SELECT => WaitingOn::Select(usize::try_from(what).unwrap_or(usize::MAX)),
            WAIT_OTHER => WaitingOn::Other,
            _ => return None,
        })
    }

    /// Records what the task waits on, unless it is queued already (woken during the
    /// resume that parked it, or before it finished): then it waits on nothing, and its
    /// link belongs to the run queue.
    fn set_waiting_on(&self, on: Option<WaitingOn>) {
        if self.flags.get() & SCHEDULED != 0 {
            return;
        }
        let (kind, what) = match on {
            None => (WAIT_NONE, 0),
            Some(WaitingOn::Recv(channel)) => (WAIT_RECV, channel.number()),
            Some(WaitingOn::Send(channel)) => (WAIT_SEND, channel.number()),
            Some(WaitingOn::Sleep) => (WAIT_SLEEP, 0),
            Some(WaitingOn::Join(task)) => (WAIT_JOIN, task.0),
            Some(WaitingOn::Select(arms)) => (WAIT_SELECT, arms as u64),
            Some(WaitingOn::Other) => (WAIT_OTHER, 0),
        };
        self.waiting_kind.set(kind);
        self.link.set(Link { what });
    }

    /// The next task in the run queue.
    ///
    /// # Safety
    ///
    /// The task is in the run queue (`SCHEDULED`), so its link was set by
    /// [`set_next`](Core::set_next).
    pub(crate) unsafe fn next(&self) -> Option<NonNull<Core>> {
        // SAFETY: per the contract, `next` is the field last written.
        unsafe { self.link.get().next }
    }

    /// Links the task to the next one in the run queue (the task is queued, so it waits
    /// on nothing).
    pub(crate) fn set_next(&self, next: Option<NonNull<Core>>) {
        self.waiting_kind.set(WAIT_NONE);
        self.link.set(Link { next });
    }

    /// The task's address, its key in the [`ExtrasTable`](super::extras::ExtrasTable).
    fn key(&self) -> usize {
        ptr::from_ref(self).addr()
    }

    /// Runs `f` on the task's extras, made now if it has none.
    fn with_extras<R>(&self, f: impl FnOnce(&mut Extras) -> R) -> R {
        self.flags.set(self.flags.get() | EXTRAS);
        self.shared().extras.with(self.key(), f)
    }

    /// Runs `f` on the task's extras, if it has some (most tasks never have).
    #[inline]
    fn extras<R>(&self, f: impl FnOnce(&mut Extras) -> R) -> Option<R> {
        if self.flags.get() & EXTRAS == 0 {
            return None;
        }
        self.shared().extras.get(self.key(), f)
    }

    /// The sequence number of the task's current timer (never 0).
    pub(crate) fn timer(&self) -> Option<u64> {
        self.extras(|extras| extras.timer).filter(|&seq| seq != 0)
    }

    /// Records the task's timer (`seq` is never 0).
    pub(crate) fn set_timer(&self, seq: u64) {
        self.with_extras(|extras| extras.timer = seq);
    }

    /// Forgets the task's timer, if it has one (most tasks never had).
    #[inline]
    pub(crate) fn clear_timer(&self) {
        self.extras(|extras| extras.timer = 0);
    }

    /// Starts a `select!`: the task's registrations from now on belong to it, and it is
    /// undecided.
    #[inline]
    pub(crate) fn select_begin(&self) {
        self.flags.set((self.flags.get() | IN_SELECT) & !DECIDED);
    }

    /// Whether the task's current `select!` is decided.
    #[inline]
    pub(crate) fn select_is_decided(&self) -> bool {
        self.flags.get() & DECIDED != 0
    }

    /// Decides the task's current `select!`, if it is in one.
    #[inline]
    pub(crate) fn select_decide(&self) {
        let flags = self.flags.get();
        if flags & IN_SELECT != 0 {
            self.flags.set(flags | DECIDED);
        }
    }

    /// Ends the task's `select!`, once its losing arms are withdrawn: its registrations
    /// from now on are plain ones.
    #[inline]
    pub(crate) fn select_end(&self) {
        self.flags.set(self.flags.get() & !(IN_SELECT | DECIDED));
    }

    /// Whether a registration of this task in a channel may still complete: not one of a
    /// decided `select!` (nor one left behind by a task that ended).
    #[inline]
    pub(crate) fn registration_is_live(&self) -> bool {
        self.flags.get() & (IN_SELECT | DECIDED) != IN_SELECT | DECIDED
    }

    /// Whether the task is in a `select!`: its registrations belong to it.
    #[inline]
    pub(crate) fn in_select(&self) -> bool {
        self.flags.get() & IN_SELECT != 0
    }

    /// Takes the extras of a task that is done out of the table: its join waker (its timer
    /// is forgotten).
    fn take_extras(&self) -> Option<Waker> {
        if self.flags.get() & EXTRAS == 0 {
            return None;
        }
        self.flags.set(self.flags.get() & !EXTRAS);
        self.shared().extras.remove(self.key())?.join_waker
    }

    fn take_join_waker(&self) -> Option<Waker> {
        self.extras(|extras| extras.join_waker.take()).flatten()
    }

    /// A wake-up from elsewhere than the scheduler's thread (or while it does not run):
    /// queued in the scheduler's remote queue with a waker of its own, unless one is queued
    /// already.
    ///
    /// # Safety
    ///
    /// `ptr` points to this core, with the provenance of the whole task, which the caller's
    /// waker keeps alive.
    unsafe fn wake_remote(&self, ptr: NonNull<Core>) {
        if !self.remote.swap(true, Ordering::AcqRel) {
            // The queued waker's count (one at a time per task: the flag is set).
            self.count.fetch_add(1, Ordering::Relaxed);
            let raw = RawWaker::new(ptr.as_ptr().cast_const().cast(), self.vtable.waker);
            // SAFETY: the data is the task's address and the vtable its wakers' own, which
            // expect that; the waker owns the count just taken.
            let waker = unsafe { Waker::from_raw(raw) };
            self.shared().wake_remote(waker);
        }
    }
}

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

/// A counted reference to a task, on its scheduler's thread (it is neither `Send` nor
/// `Sync`). Cloning and dropping one changes a plain counter; the references together own
/// one unit of the task's atomic count.
#[repr(transparent)]
pub(crate) struct TaskRef {
    core: NonNull<Core>,
}

impl TaskRef {
    /// Another reference to the task of `core`.
    ///
    /// # Safety
    ///
    /// `ptr` points to the core of a task (with the provenance of the whole task's block),
    /// which is kept alive (by a reference or a waker) for the duration of the call, and the
    /// caller is on the task's scheduler's thread.
    pub(crate) unsafe fn from_core(ptr: NonNull<Core>) -> TaskRef {
        // SAFETY: per this function's contract.
        let core = unsafe { ptr.as_ref() };
        let refs = core.refs.get();
        if refs == 0 {
            // The references take a count to share, from whatever keeps the task alive now.
            core.count.fetch_add(1, Ordering::Relaxed);
        }
        core.refs.set(checked_inc(refs));
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

    pub(crate) fn core(&self) -> &Core {
        // SAFETY: the references own one count, so the task is alive while `self` is.
        unsafe { self.core.as_ref() }
    }

    /// Drops the coroutine of a task that has not finished.
    pub(crate) fn cancel(&self) {
        // SAFETY: the vtable belongs to the task's coroutine type; a `TaskRef` stays on the
        // scheduler's thread.
        unsafe { (self.core().vtable.cancel)(self.core) }
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
        let core = unsafe { self.core.as_ref() };
        let flags = core.flags();
        if flags & (SCHEDULED | COMPLETE) == 0 {
            core.set_flags(flags | SCHEDULED);
            core.shared().run_queue.push(self);
        }
    }

    /// Resumes the task once (it was in the run queue).
    pub(crate) fn run(self, local: &Local) {
        let run = self.core().vtable.run;
        // SAFETY: the vtable belongs to the task's coroutine type; we are on the scheduler's
        // thread (a `TaskRef` never leaves it).
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
        core.refs.set(checked_inc(core.refs.get()));
        TaskRef { core: self.core }
    }
}

impl Drop for TaskRef {
    #[inline]
    fn drop(&mut self) {
        let core = self.core();
        let refs = core.refs.get() - 1;
        core.refs.set(refs);
        if refs == 0 {
            let release = core.vtable.release;
            // SAFETY: the last local reference is gone; the vtable belongs to the task's
            // coroutine type, and the shared count it releases is the one the references
            // owned.
            unsafe { release(self.core) };
        }
    }
}

impl fmt::Debug for TaskRef {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("TaskRef").field(&self.core().id).finish()
    }
}

/// The error of joining a task that did not return a value.
///
/// # Examples
///
/// ```
/// use coro_core::sched::{JoinError, Scheduler};
///
/// let sched = Scheduler::new();
/// let failing = sched.spawn(coro_core::coro!(|| -> u8 { panic!("out of range") }));
/// sched.run().unwrap();
/// match failing.try_join() {
///     Some(Err(JoinError::Panicked { task, message })) => {
///         assert_eq!(task, failing.id());
///         assert_eq!(message, "out of range");
///     }
///     other => panic!("unexpected {other:?}"),
/// }
/// ```
#[derive(Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum JoinError {
    /// The task panicked; the panic's message (when it was a string) is kept.
    Panicked {
        /// The task.
        task: TaskId,
        /// The panic's message, or `"Box<dyn Any>"` when the payload was not a string.
        message: String,
    },
    /// The scheduler was dropped before the task finished; its state was dropped.
    Cancelled {
        /// The task.
        task: TaskId,
    },
    /// The task's result was already taken through this handle.
    Taken {
        /// The task.
        task: TaskId,
    },
}

impl JoinError {
    fn panicked(task: TaskId, payload: &(dyn Any + Send)) -> JoinError {
        let message = if let Some(s) = payload.downcast_ref::<&'static str>() {
            String::from(*s)
        } else if let Some(s) = payload.downcast_ref::<String>() {
            s.clone()
        } else {
            String::from("Box<dyn Any>")
        };
        JoinError::Panicked { task, message }
    }

    /// The task this error is about.
    #[must_use]
    pub fn task(&self) -> TaskId {
        match self {
            JoinError::Panicked { task, .. }
            | JoinError::Cancelled { task }
            | JoinError::Taken { task } => *task,
        }
    }

    /// The panic message, if the task panicked.
    ///
    /// # Examples
    ///
    /// ```
    /// use coro_core::sched::Scheduler;
    ///
    /// let sched = Scheduler::new();
    /// let handle = sched.spawn(coro_core::coro!(|| -> u32 { panic!("boom") }));
    /// let sibling = sched.spawn(coro_core::coro!(|| 7));
    /// sched.run().unwrap();
    /// let error = handle.try_join().unwrap().unwrap_err();
    /// assert_eq!(error.panic_message(), Some("boom"));
    /// assert_eq!(error.to_string(), format!("{} panicked: boom", handle.id()));
    /// assert_eq!(sibling.try_join().unwrap(), Ok(7)); // the others keep running
    /// ```
    #[must_use]
    pub fn panic_message(&self) -> Option<&str> {
        match self {
            JoinError::Panicked { message, .. } => Some(message),
            _ => None,
        }
    }

    /// Whether the task panicked.
    #[must_use]
    pub fn is_panic(&self) -> bool {
        matches!(self, JoinError::Panicked { .. })
    }
}

impl fmt::Display for JoinError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            JoinError::Panicked { task, message } => write!(f, "{task} panicked: {message}"),
            JoinError::Cancelled { task } => {
                write!(f, "{task} was cancelled: its scheduler was dropped")
            }
            JoinError::Taken { task } => write!(f, "the result of {task} was already taken"),
        }
    }
}

impl fmt::Debug for JoinError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(self, f)
    }
}

impl core::error::Error for JoinError {}

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

/// The borrowed stage of a task; releases the borrow when dropped.
struct StageMut<'a, C: Coroutine> {
    task: &'a Task<C>,
}

impl<C: Coroutine> core::ops::Deref for StageMut<'_, C> {
    type Target = Stage<C>;
    fn deref(&self) -> &Stage<C> {
        // SAFETY: this guard is the only borrow of the stage (`BORROWED` is set while it
        // lives), and tasks are touched on their scheduler's thread only.
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
        let flags = &self.task.core.flags;
        flags.set(flags.get() & !BORROWED);
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

    /// A new task, marked scheduled, and the first reference to it.
    ///
    /// # Safety
    ///
    /// On the thread of `shared`'s scheduler, while it lives.
    pub(crate) unsafe fn spawn(coroutine: C, id: TaskId, shared: &Arc<Shared>) -> TaskRef {
        // SAFETY: per this function's contract.
        let block = unsafe { shared.slab.allocate(Self::LAYOUT) }.cast::<Self>();
        let task = Task {
            core: Core {
                id,
                // With the provenance of the whole `Arc` (its counts too), as
                // `Arc::from_raw` in `free` needs.
                shared: NonNull::new(Arc::as_ptr(shared).cast_mut())
                    .unwrap_or_else(|| unreachable!("an `Arc` is not null")),
                vtable: Self::VTABLE,
                // The local references' count; `refs` starts at one, for the one returned.
                count: AtomicU32::new(1),
                refs: Cell::new(1),
                remote: AtomicBool::new(false),
                flags: Cell::new(SCHEDULED),
                waiting_kind: Cell::new(WAIT_NONE),
                link: Cell::new(Link { what: 0 }),
            },
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
        // SAFETY: per the contract, the task is ours to drop. Its scheduler's shared part
        // outlives it (see `Core::shared`): until the count this free may release below.
        unsafe {
            let shared_ptr = (*task).core.shared;
            ptr::drop_in_place(task);
            let shared = shared_ptr.as_ref();
            // A last waker dropped on the scheduler's thread while it runs gives the block
            // straight back to the free lists too.
            let owner = owner || context::with_scheduler_of(shared, |_| ()).is_some();
            if shared.slab.free_here(ptr.cast(), Self::LAYOUT, owner) {
                if Self::OWN_COUNT {
                    // The task's own count (it was not in the slab's chunks).
                    drop(Arc::from_raw(shared_ptr.as_ptr()));
                }
                return;
            }
            // Through the slab's lock (off the scheduler's thread, or once it is gone), this
            // thread gives up its claim on the shared part inside the lock, and still runs
            // the lock's code after: another thread may then free the last task, or drop
            // the scheduler, and with it the shared part. A count keeps it alive until
            // this free returns.
            Arc::increment_strong_count(shared_ptr.as_ptr());
            let keep = Arc::from_raw(shared_ptr.as_ptr());
            if shared.slab.free_under_lock(ptr.cast(), Self::LAYOUT) {
                // The count the tasks left by a dropped scheduler held together, this
                // being the last of them.
                drop(Arc::from_raw(shared_ptr.as_ptr()));
            }
            drop(keep);
        }
    }

    /// Releases one count of the task at `ptr`; frees it if that was the last.
    ///
    /// # Safety
    ///
    /// The caller owns a count of this `Task<C>`; `owner`: on its scheduler's thread.
    unsafe fn release_count(ptr: NonNull<Core>, owner: bool) {
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

    /// Borrows the stage, unless it is borrowed already (the task is being resumed: it polls
    /// its own join handle, say).
    fn stage(&self) -> Option<StageMut<'_, C>> {
        let flags = self.core.flags.get();
        if flags & BORROWED != 0 {
            return None;
        }
        self.core.flags.set(flags | BORROWED);
        Some(StageMut { task: self })
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
        let core = &self.core;
        core.flags
            .set(core.flags.get() | COMPLETE | IN_SELECT | DECIDED);
        // Should a drop below panic, the task still leaves the scheduler (the guard's drop).
        let unwinding = Release {
            task: me,
            local,
            large: Self::OWN_COUNT,
        };
        // User code (drops) runs with no borrow held.
        let body = self
            .stage()
            .map(|mut stage| mem::replace(&mut *stage, Stage::Taken));
        drop(body);
        if core.flags.get() & DETACHED == 0
            && let Some(mut stage) = self.stage()
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

    /// # Safety
    ///
    /// `me` is a reference to a `Task<C>`, on its scheduler's thread.
    unsafe fn run(me: TaskRef, local: &Local) {
        // SAFETY: per the contract. The task outlives this call: `me` holds it until the end.
        let task = unsafe { Self::of(me.core) };
        let core = &task.core;
        core.flags.set(core.flags.get() & !SCHEDULED);
        let outcome = {
            let Some(mut stage) = task.stage() else {
                return;
            };
            let Stage::Running(coroutine) = &mut *stage else {
                return;
            };
            // A timer of an earlier resume is no longer needed: if the task still sleeps, its
            // poll sets the timer again.
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
                if core.refs.get() == 1 && core.count.load(Ordering::Acquire) == 1 {
                    let ptr = me.into_raw();
                    // SAFETY: `me` was the last reference and its count the only one: nothing
                    // else refers to the task, and we are on its scheduler's thread.
                    unsafe { Self::free(ptr, true) };
                }
            }
            Err(payload) => {
                let error = JoinError::panicked(core.id, &*payload);
                task.finish(&me, local, Err(error));
            }
        }
    }

    /// # Safety
    ///
    /// `ptr` is the core of a `Task<C>` (as for [`Task::of`]), on its scheduler's thread.
    unsafe fn cancel(ptr: NonNull<Core>) {
        // SAFETY: per the contract.
        let task = unsafe { Self::of(ptr) };
        let core = &task.core;
        core.flags
            .set(core.flags.get() | COMPLETE | IN_SELECT | DECIDED);
        let Some(mut stage) = task.stage() else {
            return;
        };
        if !matches!(*stage, Stage::Running(_)) {
            return;
        }
        let body = mem::replace(&mut *stage, Stage::Cancelled);
        drop(stage);
        drop(body);
        let waker = core.take_extras();
        if core.flags.get() & DETACHED != 0
            && let Some(mut stage) = task.stage()
        {
            *stage = Stage::Taken;
        }
        if let Some(waker) = waker {
            waker.wake();
        }
    }

    /// # Safety
    ///
    /// `ptr` is the core of a `Task<C>` (as for [`Task::of`]), on its scheduler's thread.
    unsafe fn detach(ptr: NonNull<Core>) {
        // SAFETY: per the contract.
        let task = unsafe { Self::of(ptr) };
        let core = &task.core;
        let flags = core.flags.get();
        core.flags.set(flags | DETACHED);
        if flags & (COMPLETE | EXTRAS) == 0 {
            // The usual case, a handle dropped at once: no result yet, no join waker.
            return;
        }
        let waker = core.take_join_waker();
        let result = match task.stage() {
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
    /// `core` points to the core of a `Task<C>` whose last local reference just went, on
    /// its scheduler's thread; the local references owned one count.
    unsafe fn release(core: NonNull<Core>) {
        {
            // SAFETY: the task is alive until the count below is released.
            let task = unsafe { Self::of(core) };
            // What may not leave this thread goes now. (The stage is `Running` only if the
            // task was neither finished nor cancelled: it cannot be, the scheduler holds a
            // reference until then.)
            let stage = task
                .stage()
                .map(|mut stage| mem::replace(&mut *stage, Stage::Taken));
            let waker = task.core.take_extras();
            drop(stage);
            drop(waker);
        }
        // SAFETY: the local references owned this count; they are all gone. `TaskRef`s
        // live on the scheduler's thread.
        unsafe { Self::release_count(core, true) };
    }

    /// # Safety
    ///
    /// `ptr` is the core of a `Task<C>` (as for [`Task::of`]), on its scheduler's thread.
    unsafe fn poll_join(ptr: NonNull<Core>, waker: &Waker) -> Poll<Result<C::Return, JoinError>> {
        // SAFETY: per the contract.
        let task = unsafe { Self::of(ptr) };
        let core = &task.core;
        // Borrowed only while the task itself runs: a task joining itself waits forever
        // (and a deadlock report says so).
        let Some(mut stage) = task.stage() else {
            return Poll::Pending;
        };
        let id = core.id;
        match &*stage {
            Stage::Running(_) => {
                drop(stage);
                let waker = waker.clone();
                let old = core.with_extras(|extras| extras.join_waker.replace(waker));
                drop(old);
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

/// An owned permission to wait for a task and take its result.
///
/// Returned by [`Scheduler::spawn`](super::Scheduler::spawn) and
/// [`sched::spawn`](super::spawn). Inside a task, `join!(handle)` waits for the task and
/// evaluates to its `Result<T, JoinError>`; from plain code, after
/// [`run`](super::Scheduler::run), [`try_join`](JoinHandle::try_join) takes the result.
///
/// Dropping the handle detaches the task: it keeps running and its result is dropped.
///
/// # Examples
///
/// ```
/// use coro_core::sched::{self, Scheduler};
///
/// let sched = Scheduler::new();
/// let parent = sched.spawn(coro_core::coro!(|| {
///     let children: Vec<_> = (1..=3u64).map(|i| sched::spawn(coro_core::coro!(move || i * 10))).collect();
///     let mut sum = 0;
///     for child in children {
///         sum += join!(child).unwrap();
///     }
///     sum
/// }));
/// sched.run().unwrap();
/// assert_eq!(parent.try_join(), Some(Ok(60)));
/// ```
pub struct JoinHandle<T> {
    task: TaskRef,
    /// `Task::<C>::poll_join` of the task's coroutine type.
    poll: PollJoin<T>,
}

/// The type of `Task::<C>::poll_join` for `C::Return == T`.
type PollJoin<T> = unsafe fn(NonNull<Core>, &Waker) -> Poll<Result<T, JoinError>>;

impl<T> JoinHandle<T> {
    pub(crate) fn new<C>(task: TaskRef) -> JoinHandle<T>
    where
        C: Coroutine<(), Yield = (), Return = T> + 'static,
    {
        JoinHandle {
            task,
            poll: Task::<C>::poll_join,
        }
    }

    /// The task's id.
    #[must_use]
    pub fn id(&self) -> TaskId {
        self.task.core().id
    }

    /// Whether the task has finished (returned, panicked, or was cancelled).
    ///
    /// # Examples
    ///
    /// ```
    /// use coro_core::sched::Scheduler;
    ///
    /// let sched = Scheduler::new();
    /// let handle = sched.spawn(coro_core::coro!(|| ()));
    /// assert!(!handle.is_finished());
    /// sched.run().unwrap();
    /// assert!(handle.is_finished());
    /// ```
    #[must_use]
    pub fn is_finished(&self) -> bool {
        self.task.core().flags() & COMPLETE != 0
    }

    /// Takes the task's result if it has finished: `Some(Ok(value))`, `Some(Err(..))` if it
    /// panicked, was cancelled, or its result was already taken; `None` while it runs.
    ///
    /// # Examples
    ///
    /// ```
    /// use coro_core::sched::{JoinError, Scheduler};
    ///
    /// let sched = Scheduler::new();
    /// let handle = sched.spawn(coro_core::coro!(|| String::from("result")));
    /// assert_eq!(handle.try_join(), None); // not run yet
    /// sched.run().unwrap();
    /// assert_eq!(handle.try_join(), Some(Ok(String::from("result"))));
    /// assert_eq!(handle.try_join(), Some(Err(JoinError::Taken { task: handle.id() })));
    /// ```
    #[must_use]
    pub fn try_join(&self) -> Option<Result<T, JoinError>> {
        match self.poll_waker(Waker::noop()) {
            Poll::Ready(result) => Some(result),
            Poll::Pending => None,
        }
    }

    /// Polls for the task's result, registering `cx`'s waker to be woken when it finishes
    /// (what `join!` does inside a task).
    ///
    /// # Examples
    ///
    /// ```
    /// use coro_core::sched::{self, Scheduler};
    ///
    /// let sched = Scheduler::new();
    /// let parent = sched.spawn(coro_core::coro!(|| {
    ///     let child = sched::spawn(coro_core::coro!(|| 21));
    ///     // What `join!(child)` expands to, by hand:
    ///     let v = wait!(|cx| child.poll_join(cx));
    ///     v.unwrap() * 2
    /// }));
    /// sched.run().unwrap();
    /// assert_eq!(parent.try_join(), Some(Ok(42)));
    /// ```
    pub fn poll_join(&self, cx: &mut core::task::Context<'_>) -> Poll<Result<T, JoinError>> {
        self.poll_waker(cx.waker())
    }

    fn poll_waker(&self, waker: &Waker) -> Poll<Result<T, JoinError>> {
        // SAFETY: `poll` was made for the coroutine type of this task; a `JoinHandle` stays
        // on the scheduler's thread (it holds a `TaskRef`).
        unsafe { (self.poll)(self.task.core, waker) }
    }
}

impl<T> Drop for JoinHandle<T> {
    fn drop(&mut self) {
        let detach = self.task.core().vtable.detach;
        // SAFETY: the vtable belongs to the task's coroutine type; we are on its thread.
        unsafe { detach(self.task.core) };
    }
}

impl<T> fmt::Debug for JoinHandle<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("JoinHandle")
            .field("task", &self.id())
            .field("finished", &self.is_finished())
            .finish()
    }
}

/// Wakes the task at `ptr` from a waker, on any thread: when its scheduler runs on this
/// thread, straight into its run queue; anywhere else through the remote queue.
///
/// # Safety
///
/// `ptr` is a waker's data: the core of a live task, with the provenance of the whole task.
unsafe fn schedule(ptr: NonNull<Core>) {
    // SAFETY: per the contract; any thread may read a core's immutable fields.
    let core = unsafe { ptr.as_ref() };
    let here = context::with_scheduler_of(core.shared(), |_| {
        if core.flags() & (SCHEDULED | COMPLETE) == 0 {
            // SAFETY: the task's scheduler runs on this thread, and the waker calling this
            // keeps the task alive.
            unsafe { TaskRef::from_core(ptr) }.wake();
        }
    });
    if here.is_none() {
        // SAFETY: per this function's contract.
        unsafe { core.wake_remote(ptr) };
    }
}

/// The waker vtable of `Task<C>`: the data pointer is the task's address
/// ([`TaskRef::addr`]), and each waker owns one unit of the task's count.
struct Vtable<C>(core::marker::PhantomData<C>);

impl<C> Vtable<C>
where
    C: Coroutine<(), Yield = ()> + 'static,
{
    const VTABLE: &'static RawWakerVTable = &RawWakerVTable::new(
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

#[cfg(test)]
mod tests {
    use super::*;

    /// A coroutine of 16 bytes, like a task parked on a channel receive.
    struct Sixteen(#[allow(dead_code, reason = "only its size matters")] [u64; 2]);

    impl Coroutine for Sixteen {
        type Yield = ();
        type Return = ();
        fn resume(&mut self, (): ()) -> CoroutineState<(), ()> {
            CoroutineState::Complete(())
        }
    }

    /// A finished task's state whose drop panics: the panic reaches `run`'s caller, and the
    /// task still leaves the scheduler, which then goes with all its memory.
    #[test]
    fn a_panic_dropping_a_finished_tasks_state_leaks_nothing() {
        struct Bomb;
        impl Drop for Bomb {
            fn drop(&mut self) {
                panic!("boom in drop");
            }
        }
        impl Coroutine for Bomb {
            type Yield = ();
            type Return = u32;
            fn resume(&mut self, (): ()) -> CoroutineState<(), u32> {
                CoroutineState::Complete(1)
            }
        }
        let sched = super::super::Scheduler::new();
        let shared = Arc::downgrade(&sched.local.shared);
        let handle = sched.spawn(Bomb);
        let ran = panic::catch_unwind(AssertUnwindSafe(|| sched.run()));
        assert_eq!(
            ran.unwrap_err().downcast_ref::<&str>(),
            Some(&"boom in drop")
        );
        assert_eq!(sched.task_count(), 0);
        assert!(sched.run().is_ok(), "no task is left to wait for");
        drop(handle);
        drop(sched);
        assert!(
            shared.upgrade().is_none(),
            "the scheduler's memory is freed"
        );
    }

    /// What a task adds to its coroutine: the core (with the reference count) and the
    /// stage's tag; nothing else, as the slab's blocks have no header. Kept small because a
    /// million parked tasks pay it a million times.
    #[test]
    #[cfg(target_pointer_width = "64")]
    fn task_overhead() {
        assert_eq!(mem::size_of::<Core>(), 48);
        // `Sixteen` has no spare bit for the stage's tag, so the tag takes a word.
        let overhead = mem::size_of::<Task<Sixteen>>() - mem::size_of::<Sixteen>();
        assert_eq!(overhead, 48 + 8);
    }
}
