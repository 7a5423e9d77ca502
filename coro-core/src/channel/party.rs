//! Who waits in a channel: [`Party`], owned by a registration, and [`PartyRef`], the one
//! polling.

use core::task::Waker;

/// Who waits in a channel: a task of a scheduler on this thread, counted without atomic
/// operations (what `recv!`, `send!` and `select!` register), or any waker (the `poll_`
/// methods).
pub(crate) enum Party {
    Waker(Waker),
    #[cfg(feature = "std")]
    Task(crate::sched::TaskRef),
}

/// A borrowed [`Party`]: the one polling.
#[derive(Clone, Copy)]
pub(crate) enum PartyRef<'a> {
    Waker(&'a Waker),
    #[cfg(feature = "std")]
    Task(&'a crate::sched::TaskRef),
}

impl Clone for Party {
    #[inline]
    fn clone(&self) -> Party {
        self.as_ref().to_owned()
    }
}

impl Party {
    #[inline]
    pub(super) fn wake(self) {
        match self {
            Party::Waker(waker) => waker.wake(),
            #[cfg(feature = "std")]
            Party::Task(task) => task.wake(),
        }
    }

    #[inline]
    pub(super) fn is(&self, other: PartyRef<'_>) -> bool {
        self.as_ref().same(other)
    }

    pub(super) fn as_ref(&self) -> PartyRef<'_> {
        match self {
            Party::Waker(waker) => PartyRef::Waker(waker),
            #[cfg(feature = "std")]
            Party::Task(task) => PartyRef::Task(task),
        }
    }
}

impl PartyRef<'_> {
    /// Whether a registration of this party without a [`Pick`](super::choice::Pick) may still complete: a
    /// waker's always; a task's unless it is in a decided `select!` (or ended).
    #[inline]
    pub(super) fn registration_is_live(self) -> bool {
        match self {
            PartyRef::Waker(_) => true,
            #[cfg(feature = "std")]
            PartyRef::Task(task) => task.core().registration_is_live(),
        }
    }

    /// Whether this party may have a registration on a channel that it does not know of: a
    /// waker always may; a task once its waker went to `wait!`, which may have left a
    /// registration of that waker behind (a task and its wakers are one party).
    #[inline]
    pub(crate) fn lent_its_waker(self) -> bool {
        match self {
            PartyRef::Waker(_) => true,
            #[cfg(feature = "std")]
            PartyRef::Task(task) => task.core().has_lent_its_waker(),
        }
    }

    /// Decides the `select!` of a task that is in one.
    pub(super) fn decide_select(self) {
        match self {
            PartyRef::Waker(_) => {}
            #[cfg(feature = "std")]
            PartyRef::Task(task) => task.core().select_decide(),
        }
    }

    #[expect(
        clippy::inline_always,
        reason = "measured: left to the compiler it is called, on every hop"
    )]
    #[inline(always)]
    pub(super) fn to_owned(self) -> Party {
        match self {
            PartyRef::Waker(waker) => Party::Waker(waker.clone()),
            #[cfg(feature = "std")]
            PartyRef::Task(task) => Party::Task(task.clone()),
        }
    }

    /// A task's wakers carry the task's address: a task is the same party whether it
    /// registered itself or its waker.
    pub(super) fn addr(self) -> *const () {
        match self {
            PartyRef::Waker(waker) => waker.data(),
            #[cfg(feature = "std")]
            PartyRef::Task(task) => task.addr(),
        }
    }

    /// Whether two parties are one. Wakers are compared by data pointer too:
    /// `Waker::will_wake` also compares vtable addresses, which differ between copies of the
    /// same vtable (a clone of a waker may carry another copy), and a receiver must find its
    /// registration.
    pub(super) fn same(self, other: PartyRef<'_>) -> bool {
        match (self, other) {
            (PartyRef::Waker(a), PartyRef::Waker(b)) if a.will_wake(b) => true,
            _ => self.addr() == other.addr(),
        }
    }
}
