//! What a task's [`Core`](super::Core) keeps of its state in two bytes: its [`Flags`], and
//! the [`WaitKind`] of what it waits on.

use crate::sched::WaitingOn;

/// A task's flags, one bit each. Read them with the `is_`/`has_` methods, and change a copy
/// with the `with_`/`without_` ones.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) struct Flags(u8);

/// Set while the task is in the run queue.
const SCHEDULED: u8 = 1;
/// Set once the task has completed (or was cancelled): wake-ups are ignored.
const COMPLETE: u8 = 2;
/// Set when the join handle was dropped: nobody will take the result.
const DETACHED: u8 = 4;
/// Set while the task's stage is borrowed (a `RefCell`'s flag, kept here to save its word).
const BORROWED: u8 = 8;
/// Set when the task was spawned with a name (kept by the scheduler until it ends).
const NAMED: u8 = 16;
/// Set while the task has an entry in its scheduler's
/// [`ExtrasTable`](crate::sched::extras::ExtrasTable).
const EXTRAS: u8 = 32;
/// Set while the task is in a `select!`, from its start until its losing arms are
/// withdrawn: the task's channel registrations then belong to the `select!`.
const IN_SELECT: u8 = 64;
/// Set once an arm of the task's current `select!` completed (or it took its default or
/// timeout arm): its other registrations can no longer complete. Set with `IN_SELECT` when
/// the task ends, so that registrations it left behind are dead too.
const DECIDED: u8 = 128;

impl Flags {
    /// A task just spawned: in the run queue, nothing else.
    pub(crate) const SPAWNED: Flags = Flags(SCHEDULED);

    #[inline]
    const fn has(self, bits: u8) -> bool {
        self.0 & bits != 0
    }

    #[inline]
    const fn with(self, bits: u8) -> Flags {
        Flags(self.0 | bits)
    }

    #[inline]
    const fn without(self, bits: u8) -> Flags {
        Flags(self.0 & !bits)
    }

    /// Whether the task is in the run queue.
    #[inline]
    pub(crate) const fn is_scheduled(self) -> bool {
        self.has(SCHEDULED)
    }

    /// Whether the task has completed (or was cancelled).
    #[inline]
    pub(crate) const fn is_complete(self) -> bool {
        self.has(COMPLETE)
    }

    /// Whether a wake-up queues the task: it is neither queued already nor complete.
    #[inline]
    pub(crate) const fn is_wakeable(self) -> bool {
        !self.has(SCHEDULED | COMPLETE)
    }

    /// Whether the join handle was dropped.
    #[inline]
    pub(crate) const fn is_detached(self) -> bool {
        self.has(DETACHED)
    }

    /// Whether the task's stage is borrowed.
    #[inline]
    pub(crate) const fn is_stage_borrowed(self) -> bool {
        self.has(BORROWED)
    }

    /// Whether the task was spawned with a name.
    #[inline]
    pub(crate) const fn is_named(self) -> bool {
        self.has(NAMED)
    }

    /// Whether the task has an entry in its scheduler's extras table.
    #[inline]
    pub(crate) const fn has_extras(self) -> bool {
        self.has(EXTRAS)
    }

    /// Whether the task is in a `select!`: its registrations belong to it.
    #[inline]
    pub(crate) const fn in_select(self) -> bool {
        self.has(IN_SELECT)
    }

    /// Whether the task's current `select!` is decided.
    #[inline]
    pub(crate) const fn is_select_decided(self) -> bool {
        self.has(DECIDED)
    }

    /// Whether a registration of the task in a channel may still complete: not one of a
    /// decided `select!` (nor one left behind by a task that ended).
    #[inline]
    pub(crate) const fn registration_is_live(self) -> bool {
        self.0 & (IN_SELECT | DECIDED) != IN_SELECT | DECIDED
    }

    /// Queued.
    #[inline]
    pub(crate) const fn with_scheduled(self) -> Flags {
        self.with(SCHEDULED)
    }

    /// Out of the run queue.
    #[inline]
    pub(crate) const fn without_scheduled(self) -> Flags {
        self.without(SCHEDULED)
    }

    /// Complete, and its registrations dead: as if in a decided `select!`.
    #[inline]
    pub(crate) const fn with_complete(self) -> Flags {
        self.with(COMPLETE | IN_SELECT | DECIDED)
    }

    /// Detached.
    #[inline]
    pub(crate) const fn with_detached(self) -> Flags {
        self.with(DETACHED)
    }

    /// The stage borrowed.
    #[inline]
    pub(crate) const fn with_stage_borrowed(self) -> Flags {
        self.with(BORROWED)
    }

    /// The stage's borrow released.
    #[inline]
    pub(crate) const fn without_stage_borrowed(self) -> Flags {
        self.without(BORROWED)
    }

    /// Named.
    #[inline]
    pub(crate) const fn with_named(self) -> Flags {
        self.with(NAMED)
    }

    /// With an entry in the extras table.
    #[inline]
    pub(crate) const fn with_extras(self) -> Flags {
        self.with(EXTRAS)
    }

    /// Without an entry in the extras table.
    #[inline]
    pub(crate) const fn without_extras(self) -> Flags {
        self.without(EXTRAS)
    }

    /// In a `select!` that is not decided.
    #[inline]
    pub(crate) const fn with_select_begun(self) -> Flags {
        self.with(IN_SELECT).without(DECIDED)
    }

    /// The current `select!` decided, if the task is in one (`None` otherwise: nothing
    /// changes).
    #[inline]
    pub(crate) const fn with_select_decided(self) -> Option<Flags> {
        if self.in_select() {
            Some(self.with(DECIDED))
        } else {
            None
        }
    }

    /// Out of the `select!`: its registrations are plain ones.
    #[inline]
    pub(crate) const fn without_select(self) -> Flags {
        self.without(IN_SELECT | DECIDED)
    }
}

/// The kind of what a task waits on ([`WaitingOn`](crate::sched::WaitingOn) without its
/// channel, task or count, which the core keeps in its link).
#[repr(u8)]
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum WaitKind {
    /// Nothing: the task runs, is queued, or finished.
    None,
    Recv,
    Send,
    Sleep,
    Join,
    Select,
    Other,
    SyncRecv,
    SyncSend,
    SyncSelect,
    /// A socket: the link holds the wait's token, which the reactor resolves.
    #[cfg(feature = "net")]
    Io,
}

/// What a task parked on, in the form its core keeps: the kind, and a number (a channel's
/// or a task's, a count of `select!` arms, a socket wait's token). Smaller than
/// [`WaitingOn`], which a socket wait makes 48 bytes: every blocking operation that parks
/// writes one.
#[derive(Clone, Copy)]
pub(crate) struct Parked {
    pub(crate) kind: WaitKind,
    pub(crate) what: u64,
}

impl From<WaitingOn> for Parked {
    #[inline]
    fn from(on: WaitingOn) -> Parked {
        let (kind, what) = match on {
            WaitingOn::Recv(channel) => (WaitKind::Recv, channel.number()),
            WaitingOn::Send(channel) => (WaitKind::Send, channel.number()),
            WaitingOn::Sleep => (WaitKind::Sleep, 0),
            WaitingOn::Join(task) => (WaitKind::Join, task.0),
            WaitingOn::Select(arms) => (WaitKind::Select, arms as u64),
            WaitingOn::Other => (WaitKind::Other, 0),
            WaitingOn::SyncRecv(channel) => (WaitKind::SyncRecv, channel.number()),
            WaitingOn::SyncSend(channel) => (WaitKind::SyncSend, channel.number()),
            WaitingOn::SyncSelect(arms) => (WaitKind::SyncSelect, arms as u64),
            #[cfg(feature = "net")]
            WaitingOn::Io(wait) => (WaitKind::Io, wait.token()),
        };
        Parked { kind, what }
    }
}
