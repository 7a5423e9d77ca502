//! [`Core`]: the part of a task that does not depend on its coroutine, first in every task;
//! [`LocalCore`], the view of a core that reaches its thread-bound parts, with a
//! [`ThreadToken`]; and [`TaskVtable`], what depends on the coroutine, reached from a core.

use core::cell::Cell;
use core::ops::Deref;
use core::ptr::{self, NonNull};
use core::sync::atomic::{AtomicBool, AtomicU32, Ordering};
use core::task::{RawWaker, RawWakerVTable, Waker};

use super::id::TaskId;
use super::state::{Flags, Parked, WaitKind};
use super::task_ref::TaskRef;
use crate::channel::ChannelId;
use crate::sched::extras::Extras;
use crate::sched::token::ThreadToken;
use crate::sched::{Local, Shared, WaitingOn};

/// What depends on a task's coroutine type, reached from its [`Core`].
pub(crate) struct TaskVtable {
    /// Resumes the task once, then requeues it, parks it or completes it.
    pub(super) run: unsafe fn(TaskRef, &Local),
    /// Drops the coroutine of a task that has not finished (the scheduler is going away).
    pub(super) cancel: unsafe fn(NonNull<Core>, ThreadToken),
    /// The join handle is gone: drops a result nobody will take.
    pub(super) detach: unsafe fn(NonNull<Core>, ThreadToken),
    /// Empties the thread-bound parts and releases the count the local references shared
    /// (the last one went).
    pub(super) release: unsafe fn(NonNull<Core>, ThreadToken),
    /// The vtable of the task's wakers.
    pub(super) waker: &'static RawWakerVTable,
}

/// The part of a task that does not depend on its coroutine; first in every task.
///
/// `vtable`, `id`, `shared` never change, and `count` and `remote` are atomic: a waker on
/// any thread may read them. The `Cell`s belong to the scheduler's thread, and only a
/// [`LocalCore`] reaches them.
///
/// `repr(C)` with `vtable` first: the first word of a task's block is its vtable's address,
/// which is never tagged as a free block's link is
/// ([`Slab::blocks_in_use`](crate::sched::slab::Slab::blocks_in_use)).
#[repr(C)]
pub(crate) struct Core {
    pub(super) vtable: &'static TaskVtable,
    pub(crate) id: TaskId,
    /// The scheduler's shared part, which outlives the task without a count per task (an
    /// atomic read-modify-write at each spawn and each free): the scheduler holds it while
    /// it lives; once it is gone, the tasks left in its slab hold one count together, which
    /// the free of the last one releases
    /// ([`Slab::close`](crate::sched::slab::Slab::close)); and a task too large for the
    /// slab holds a count of its own.
    pub(super) shared: NonNull<Shared>,
    /// While the task is in the run queue (scheduled), the next task there; otherwise the
    /// second part of what it waits on. (A queued task waits on nothing, and the run queue
    /// needs no memory of its own.)
    link: Cell<Link>,
    /// The task's reference count: one per waker, plus one for all the local references
    /// while there are any. The task is freed when it reaches zero.
    pub(super) count: AtomicU32,
    /// How many [`TaskRef`]s point here, the scheduler's own among them until the task
    /// ends (see [`TaskRef`]).
    refs: Cell<u32>,
    /// Set while a wake-up from elsewhere than the scheduler's thread is queued in
    /// `shared` (so that a task woken there many times is queued once).
    pub(crate) remote: AtomicBool,
    flags: Cell<Flags>,
    /// What the task waits on, in two parts (so that the kind fits beside the flags):
    /// the kind and, in `link`, its channel, task or count.
    waiting_kind: Cell<WaitKind>,
    /// Set once the task's waker went to code that may register it anywhere (`wait!`): a
    /// registration of that waker may then be left on a channel, and the task's receives
    /// look for it instead of registering a second time.
    lent_waker: Cell<bool>,
}

// A core is paid for by every task, a million times by a million parked ones: the flags and
// the wait kind take a byte each, and the core its 48 bytes on 64-bit targets.
const _: () = assert!(size_of::<Flags>() == 1 && size_of::<WaitKind>() == 1);
#[cfg(target_pointer_width = "64")]
const _: () = assert!(size_of::<Core>() == 48);

/// A task's [`Core::link`]: the run queue's next task, or a number (a channel, a task).
/// Both are plain data, valid for any bits; which one is there follows from the scheduled
/// flag.
#[derive(Clone, Copy)]
union Link {
    next: Option<NonNull<Core>>,
    what: u64,
}

impl Core {
    /// The core of a task just spawned: queued, with one local reference, which owns the
    /// one count.
    pub(super) fn new(vtable: &'static TaskVtable, id: TaskId, shared: NonNull<Shared>) -> Core {
        Core {
            vtable,
            id,
            shared,
            link: Cell::new(Link { what: 0 }),
            count: AtomicU32::new(1),
            refs: Cell::new(1),
            remote: AtomicBool::new(false),
            flags: Cell::new(Flags::SPAWNED),
            waiting_kind: Cell::new(WaitKind::None),
            lent_waker: Cell::new(false),
        }
    }

    /// The scheduler's shared part.
    #[inline]
    pub(crate) fn shared(&self) -> &Shared {
        // SAFETY: the shared part outlives every task of its scheduler (see `shared`), and
        // so this borrow of the task.
        unsafe { self.shared.as_ref() }
    }

    /// The core on the thread that `on` proves this is; the task belongs to a scheduler of
    /// this thread (see [`ThreadToken`]).
    #[inline]
    pub(crate) fn on(&self, on: ThreadToken) -> LocalCore<'_> {
        LocalCore { core: self, on }
    }

    /// A wake-up from elsewhere than the scheduler's thread (or while it does not run):
    /// queued in the scheduler's remote queue with a waker of its own, unless one is queued
    /// already. Touches only the core's atomics and immutable fields.
    ///
    /// # Safety
    ///
    /// `ptr` points to this core, with the provenance of the whole task, which the caller's
    /// waker keeps alive.
    pub(super) unsafe fn wake_remote(&self, ptr: NonNull<Core>) {
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

/// A task's core on its scheduler's thread: the view that reaches the thread-bound parts
/// (the core's `Cell`s, and the task's extras), made by [`Core::on`] with a
/// [`ThreadToken`] or by [`TaskRef::core`]. It dereferences to the [`Core`].
#[derive(Clone, Copy)]
pub(crate) struct LocalCore<'a> {
    core: &'a Core,
    on: ThreadToken,
}

impl Deref for LocalCore<'_> {
    type Target = Core;

    #[inline]
    fn deref(&self) -> &Core {
        self.core
    }
}

impl LocalCore<'_> {
    /// Whether the task's waker went to code that may have left a registration of it on a
    /// channel (see [`lend_waker`](Self::lend_waker)).
    #[inline]
    pub(crate) fn has_lent_its_waker(self) -> bool {
        self.core.lent_waker.get()
    }

    /// Records that the task's waker goes to code that may register it on a channel and
    /// leave it there. From then on, the task's first poll of a receive searches the
    /// channel's queues for a registration of its own (which a task that never lent its
    /// waker skips, registering in constant time).
    #[inline]
    pub(crate) fn lend_waker(self) {
        self.core.lent_waker.set(true);
    }

    #[inline]
    pub(crate) fn flags(self) -> Flags {
        self.core.flags.get()
    }

    #[inline]
    pub(crate) fn set_flags(self, flags: Flags) {
        self.core.flags.set(flags);
    }

    /// How many [`TaskRef`]s point here.
    #[inline]
    pub(super) fn refs(self) -> u32 {
        self.core.refs.get()
    }

    #[inline]
    pub(super) fn set_refs(self, refs: u32) {
        self.core.refs.set(refs);
    }

    /// What the task waits on, if it is suspended in a blocking operation (not queued);
    /// `io` resolves a socket wait's token (see [`IoWait`](crate::net::IoWait)).
    pub(crate) fn waiting_on(
        self,
        #[cfg_attr(not(feature = "net"), expect(unused_variables, reason = "no sockets"))]
        io: impl FnOnce(u64) -> Option<WaitingOn>,
    ) -> Option<WaitingOn> {
        let kind = self.core.waiting_kind.get();
        if kind == WaitKind::None || self.flags().is_scheduled() {
            return None;
        }
        // SAFETY: the kind is not `None`, so `set_waiting_on` wrote the link since the task
        // last left the run queue (`set_next` resets the kind): it holds a number.
        let what = unsafe { self.core.link.get().what };
        Some(match kind {
            WaitKind::None => return None,
            WaitKind::Recv => WaitingOn::Recv(ChannelId::from_number(what)),
            WaitKind::Send => WaitingOn::Send(ChannelId::from_number(what)),
            WaitKind::Sleep => WaitingOn::Sleep,
            WaitKind::Join => WaitingOn::Join(TaskId(what)),
            WaitKind::Select => WaitingOn::Select(usize::try_from(what).unwrap_or(usize::MAX)),
            WaitKind::Other => WaitingOn::Other,
            WaitKind::SyncRecv => WaitingOn::SyncRecv(ChannelId::from_number(what)),
            WaitKind::SyncSend => WaitingOn::SyncSend(ChannelId::from_number(what)),
            WaitKind::SyncSelect => {
                WaitingOn::SyncSelect(usize::try_from(what).unwrap_or(usize::MAX))
            }
            #[cfg(feature = "net")]
            WaitKind::Io => io(what).unwrap_or(WaitingOn::Other),
        })
    }

    /// Records what the task waits on, unless it is queued already (woken during the
    /// resume that parked it, or before it finished): then it waits on nothing, and its
    /// link belongs to the run queue.
    #[inline]
    pub(super) fn set_waiting_on(self, on: Option<Parked>) {
        if self.flags().is_scheduled() {
            return;
        }
        let (kind, what) = on.map_or((WaitKind::None, 0), |on| (on.kind, on.what));
        self.core.waiting_kind.set(kind);
        self.core.link.set(Link { what });
    }

    /// The next task in the run queue.
    ///
    /// # Safety
    ///
    /// The task is in the run queue (scheduled), so its link was set by
    /// [`set_next`](LocalCore::set_next).
    #[inline]
    pub(crate) unsafe fn next(self) -> Option<NonNull<Core>> {
        // SAFETY: per the contract, `next` is the field last written.
        unsafe { self.core.link.get().next }
    }

    /// Links the task to the next one in the run queue (the task is queued, so it waits
    /// on nothing).
    #[inline]
    pub(crate) fn set_next(self, next: Option<NonNull<Core>>) {
        self.core.waiting_kind.set(WaitKind::None);
        self.core.link.set(Link { next });
    }

    /// The task's address, its key in the
    /// [`ExtrasTable`](crate::sched::extras::ExtrasTable).
    fn key(self) -> usize {
        ptr::from_ref(self.core).addr()
    }

    /// Runs `f` on the task's extras, made now if it has none.
    pub(super) fn with_extras<R>(self, f: impl FnOnce(&mut Extras) -> R) -> R {
        self.set_flags(self.flags().with_extras());
        self.shared().extras.with(self.on, self.key(), f)
    }

    /// Runs `f` on the task's extras, if it has some (most tasks never have).
    #[inline]
    fn extras<R>(self, f: impl FnOnce(&mut Extras) -> R) -> Option<R> {
        if !self.flags().has_extras() {
            return None;
        }
        self.shared().extras.get(self.on, self.key(), f)
    }

    /// The sequence number of the task's current timer (never 0).
    pub(crate) fn timer(self) -> Option<u64> {
        self.extras(|extras| extras.timer).filter(|&seq| seq != 0)
    }

    /// Records the task's timer (`seq` is never 0).
    pub(crate) fn set_timer(self, seq: u64) {
        self.with_extras(|extras| extras.timer = seq);
    }

    /// Forgets the task's timer, if it has one (most tasks never had).
    #[inline]
    pub(crate) fn clear_timer(self) {
        self.extras(|extras| extras.timer = 0);
    }

    /// Starts a `select!`: the task's registrations from now on belong to it, and it is
    /// undecided.
    #[inline]
    pub(crate) fn select_begin(self) {
        self.set_flags(self.flags().with_select_begun());
    }

    /// Whether the task's current `select!` is decided.
    #[inline]
    pub(crate) fn select_is_decided(self) -> bool {
        self.flags().is_select_decided()
    }

    /// Decides the task's current `select!`, if it is in one.
    #[inline]
    pub(crate) fn select_decide(self) {
        if let Some(flags) = self.flags().with_select_decided() {
            self.set_flags(flags);
        }
    }

    /// Ends the task's `select!`, once its losing arms are withdrawn: its registrations
    /// from now on are plain ones.
    #[inline]
    pub(crate) fn select_end(self) {
        self.set_flags(self.flags().without_select());
    }

    /// Whether a registration of this task in a channel may still complete: not one of a
    /// decided `select!` (nor one left behind by a task that ended).
    #[inline]
    pub(crate) fn registration_is_live(self) -> bool {
        self.flags().registration_is_live()
    }

    /// Whether the task is in a `select!`: its registrations belong to it.
    #[inline]
    pub(crate) fn in_select(self) -> bool {
        self.flags().in_select()
    }

    /// Takes the extras of a task that is done out of the table: its join waker (its timer
    /// is forgotten).
    pub(super) fn take_extras(self) -> Option<Waker> {
        let flags = self.flags();
        if !flags.has_extras() {
            return None;
        }
        self.set_flags(flags.without_extras());
        self.shared().extras.remove(self.on, self.key())?.join_waker
    }

    pub(super) fn take_join_waker(self) -> Option<Waker> {
        self.extras(|extras| extras.join_waker.take()).flatten()
    }
}
